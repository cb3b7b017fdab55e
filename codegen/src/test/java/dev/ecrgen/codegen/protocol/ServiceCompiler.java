package dev.ecrgen.codegen.protocol;

import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Compiles the generated clients of many models in one compiler run (they live in separate packages), which is much
 * faster than one run per model. When that run fails, each model is compiled alone so that only the cases of the
 * models whose code does not compile fail, with that model's diagnostics.
 */
final class ServiceCompiler {
    private ServiceCompiler() {}

    static void compile(Collection<GeneratedService> services) {
        List<GeneratedService> usable = new ArrayList<>();
        List<GeneratedSource> sources = new ArrayList<>();
        for (GeneratedService service : services) {
            if (service.problem() == null) {
                usable.add(service);
                sources.addAll(service.sources());
            }
        }
        if (usable.isEmpty()) {
            return;
        }
        try {
            ClassLoader loader = InMemoryCompiler.compile(sources);
            usable.forEach(service -> service.compiled(loader));
        } catch (AssertionError together) {
            for (GeneratedService service : usable) {
                try {
                    service.compiled(InMemoryCompiler.compile(service.sources()));
                } catch (AssertionError alone) {
                    service.failed(alone.getMessage());
                }
            }
        }
    }
}
