package dev.ecrgen.codegen.naming;

import java.util.Map;

/**
 * Member names that the AWS SDK for Java v2 takes from its per-service customizations instead of the model: its
 * {@code customization.config} can give a member another property name ({@code shapeModifiers} with
 * {@code emitPropertyName}), and every Java name of the member is then made from that name. Models do not carry
 * these, so the ones of the services ecrgen is checked against are kept here, by {@code serviceId} and shape.
 */
final class OfficialRenames {
    /** serviceId to shape to member to the property name the AWS SDK uses instead. */
    private static final Map<String, Map<String, Map<String, String>>> PROPERTY_NAMES = Map.of(
            // NULL would give the keyword-avoiding nullValue(); the SDK's DynamoDB client has nul() and fromNul(...)
            "DynamoDB", Map.of("AttributeValue", Map.of("NULL", "NUL")));

    private OfficialRenames() {}

    /** The renamed members of a shape, member to property name; empty for almost every shape. */
    static Map<String, String> of(String serviceId, String shape) {
        return PROPERTY_NAMES.getOrDefault(serviceId, Map.of()).getOrDefault(shape, Map.of());
    }
}
