package dev.ecrgen.codegen.c2j;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** The root of a {@code service-2.json} file. Maps keep the file's order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceModel(
        String version,
        Metadata metadata,
        Map<String, Operation> operations,
        Map<String, Shape> shapes,
        String documentation) {

    public ServiceModel {
        operations = operations == null ? Map.of() : operations;
        shapes = shapes == null ? Map.of() : shapes;
    }
}
