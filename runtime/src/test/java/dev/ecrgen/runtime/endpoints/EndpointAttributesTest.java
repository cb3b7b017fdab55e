package dev.ecrgen.runtime.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.endpoints.AwsEndpointAttribute;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.endpoints.EndpointUrl;

class EndpointAttributesTest {

    @Test
    void attributesTravelOnAnEndpoint() {
        List<Map<String, Object>> authSchemes = List.of(Map.of("name", "sigv4", "signingName", "ecr",
                "signingRegion", "us-east-1"));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("authSchemes", authSchemes);
        properties.put("backend", "S3Express");
        Endpoint endpoint = Endpoint.builder()
                .endpointUrl(EndpointUrl.fromString("https://api.ecr.us-east-1.amazonaws.com"))
                .putAttribute(EndpointAttributes.AUTH_SCHEMES, EndpointAuthScheme.listFrom(authSchemes))
                .putAttribute(EndpointAttributes.METRIC_VALUES, List.of("O"))
                .putAttribute(EndpointAttributes.PROPERTIES, EndpointAttributes.properties(properties))
                .build();
        assertEquals("ecr", endpoint.attribute(EndpointAttributes.AUTH_SCHEMES).get(0).signingName());
        assertEquals(List.of("O"), endpoint.attribute(EndpointAttributes.METRIC_VALUES));
        assertEquals(properties, endpoint.attribute(EndpointAttributes.PROPERTIES));
        // the SDK's own key of the same meaning is another key
        assertNull(endpoint.attribute(AwsEndpointAttribute.AUTH_SCHEMES));
        assertNotEquals(AwsEndpointAttribute.AUTH_SCHEMES, EndpointAttributes.AUTH_SCHEMES);
    }

    @Test
    void propertiesAreCopiedInOrderAndUnmodifiableAllTheWayDown() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("z", 1);
        nested.put("a", List.of(true, "x"));
        List<Object> list = new ArrayList<>(List.of("first", nested));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("zeta", list);
        properties.put("alpha", Boolean.FALSE);
        properties.put("mid", "text");
        Map<String, Object> copy = EndpointAttributes.properties(properties);
        list.add("added later");
        nested.put("b", 2);
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(copy.keySet()));
        List<?> copiedList = (List<?>) copy.get("zeta");
        assertEquals(2, copiedList.size());
        Map<?, ?> copiedNested = (Map<?, ?>) copiedList.get(1);
        assertEquals(List.of("z", "a"), List.copyOf(copiedNested.keySet()));
        assertSame(Boolean.FALSE, copy.get("alpha"));
        assertThrows(UnsupportedOperationException.class, () -> copy.put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> copiedList.remove(0));
        assertThrows(UnsupportedOperationException.class, copiedNested::clear);
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) copiedNested.get("a")).remove(0));
    }

    @Test
    void propertiesRejectValuesOfOtherTypesNamingThePath() {
        assertEquals("endpoint properties.a[1].b must be a string, boolean, integer, list or map, was java.lang.Long",
                assertThrows(IllegalArgumentException.class, () -> EndpointAttributes.properties(
                        Map.of("a", List.of("x", Map.of("b", 5L))))).getMessage());
        assertEquals("endpoint properties.a[0] must be a string, boolean, integer, list or map, was null",
                assertThrows(IllegalArgumentException.class, () -> EndpointAttributes.properties(
                        Map.of("a", Arrays.asList((Object) null)))).getMessage());
        assertEquals("endpoint properties.m has a key that is not a string: 1", assertThrows(
                IllegalArgumentException.class, () -> EndpointAttributes.properties(Map.of("m", Map.of(1, "x"))))
                .getMessage());
        assertEquals("endpoint properties must be a map, was null", assertThrows(IllegalArgumentException.class,
                () -> EndpointAttributes.properties(null)).getMessage());
    }
}
