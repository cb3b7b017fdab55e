package dev.ecrgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class MojoParametersTest {
    private final ClassLoader loader = getClass().getClassLoader();
    private final File out = new File("target/out");

    @Test
    void modelAndResourceTogetherAreRejected() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> MojoParameters.toRequest(
                new File("service-2.json"), "models/x.json", null, null, null, null, out, null, loader));
        assertTrue(e.getMessage().startsWith("ecrgen: set either <model> (a file) or <modelResource>"), e.getMessage());
    }

    @Test
    void noModelSaysWhatToSet() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> MojoParameters.toRequest(null, " ", null, null, null, null, out, null, loader));
        assertTrue(e.getMessage().startsWith("ecrgen: no model; set <model>"), e.getMessage());
    }

    @Test
    void operationsAreTrimmedSplitAndDeduplicated() throws MojoFailureException {
        GenerateRequest request = MojoParameters.toRequest(new File("service-2.json"), null, null, null, null, " ", out,
                Arrays.asList(" ListImages ", "PutImage,ListImages", "", null), loader);
        assertEquals(List.of("ListImages", "PutImage"), request.operations());
        assertNull(request.basePackage());
    }

    @Test
    void resourceNameLosesALeadingSlash() throws MojoFailureException {
        GenerateRequest request = MojoParameters.toRequest(null, "/models/a/service-2.json", null, null, null, null, out,
                null, loader);
        assertEquals("classpath:models/a/service-2.json", request.model().displayName());
    }
}
