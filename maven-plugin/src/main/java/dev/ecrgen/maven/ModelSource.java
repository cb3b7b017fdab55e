package dev.ecrgen.maven;

import java.nio.file.Path;
import java.util.Objects;

/** Where the service model comes from: a file, or a resource on a class loader (a jar among the plugin's dependencies). */
public sealed interface ModelSource {

    /** How messages and logs name the source. */
    String displayName();

    /** A {@code service-2.json} file; paginators and waiters are looked for in the same directory. */
    record File(Path path) implements ModelSource {
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String displayName() {
            return path.toString();
        }
    }

    /**
     * A classpath resource such as {@code models/ecr/2015-09-21/service-2.json}; paginators and waiters are looked for
     * beside it under the same resource folder.
     */
    record Resource(String name, ClassLoader loader) implements ModelSource {
        public Resource {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(loader, "loader");
            name = name.startsWith("/") ? name.substring(1) : name;
        }

        @Override
        public String displayName() {
            return "classpath:" + name;
        }
    }
}
