package dev.ecrgen.codegen.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.c2j.Paginators;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Waiters;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A member marked sensitive (on the shape or on the reference) never shows in a generated toString. */
class SensitiveToStringTest {
    private static final String SECRET = "Zq7SECRETVALUE";
    private static final String MODEL = """
            {"version":"2.0","metadata":{"apiVersion":"2020-01-01","endpointPrefix":"vault","jsonVersion":"1.1",
             "protocol":"json","serviceId":"Vault","signatureVersion":"v4","signingName":"vault",
             "targetPrefix":"Vault_20200101","uid":"vault-2020-01-01"},
             "operations":{"PutSecret":{"name":"PutSecret","http":{"method":"POST","requestUri":"/"},
               "input":{"shape":"PutSecretInput"},"output":{"shape":"PutSecretOutput"}}},
             "shapes":{
              "PutSecretInput":{"type":"structure","members":{"name":{"shape":"Name"},"value":{"shape":"SecretString"},
                "pin":{"shape":"Name","sensitive":true},"nested":{"shape":"Holder"}}},
              "PutSecretOutput":{"type":"structure","members":{"token":{"shape":"SecretString"}}},
              "Holder":{"type":"structure","members":{"inner":{"shape":"SecretString"}}},
              "Name":{"type":"string"},
              "SecretString":{"type":"string","sensitive":true}}}
            """;

    @Test
    void generatedToStringRedactsSensitiveMembers() throws Exception {
        ServiceModel service = ModelLoader.parse(MODEL.getBytes(StandardCharsets.UTF_8), "vault.json", ServiceModel.class);
        ClassLoader loader = InMemoryCompiler.compile(CodegenRunner.generate(
                new ModelBundle(service, Paginators.none(), Waiters.none(), "vault.json"), "test.vault", null));

        Object holder = build(loader, "test.vault.model.Holder", "inner", SECRET + "3");
        Object input = build(loader, "test.vault.model.PutSecretRequest", "name", "visible-name");
        Object builder = input.getClass().getMethod("toBuilder").invoke(input);
        set(builder, "value", String.class, SECRET + "1");
        set(builder, "pin", String.class, SECRET + "2");
        set(builder, "nested", holder.getClass(), holder);
        Object full = builder.getClass().getMethod("build").invoke(builder);
        Object output = build(loader, "test.vault.model.PutSecretResponse", "token", SECRET + "4");

        String text = full + " " + holder + " " + output;
        assertFalse(text.contains(SECRET), "a sensitive value leaked: " + text);
        assertTrue(text.contains("visible-name"), "an ordinary member is shown: " + text);
        assertTrue(full.toString().contains("*** Sensitive Data Redacted ***"), full.toString());
    }

    private static Object build(ClassLoader loader, String className, String member, String value) throws Exception {
        Object builder = loader.loadClass(className).getMethod("builder").invoke(null);
        set(builder, member, String.class, value);
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static void set(Object builder, String member, Class<?> type, Object value) throws Exception {
        var method = builder.getClass().getMethod(member, type);
        method.setAccessible(true);
        method.invoke(builder, value);
    }
}
