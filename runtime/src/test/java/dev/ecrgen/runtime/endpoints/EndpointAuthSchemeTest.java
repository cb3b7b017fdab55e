package dev.ecrgen.runtime.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointAuthSchemeTest {

    @Test
    void sigv4WithEveryKnownKey() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "sigv4");
        value.put("signingName", "ecr");
        value.put("signingRegion", "us-east-1");
        value.put("disableDoubleEncoding", true);
        value.put("disableNormalizePath", false);
        value.put("unknownKey", List.of(1, 2));
        EndpointAuthScheme scheme = EndpointAuthScheme.from(value);
        assertEquals("sigv4", scheme.name());
        assertEquals("ecr", scheme.signingName());
        assertEquals("us-east-1", scheme.signingRegion());
        assertNull(scheme.signingRegionSet());
        assertEquals(Boolean.TRUE, scheme.disableDoubleEncoding());
        assertEquals(Boolean.FALSE, scheme.disableNormalizePath());
        assertEquals("EndpointAuthScheme(name=sigv4, signingName=ecr, signingRegion=us-east-1,"
                + " disableDoubleEncoding=true, disableNormalizePath=false)", scheme.toString());
    }

    @Test
    void sigv4aWithARegionSetThatIsCopied() {
        List<String> regions = new ArrayList<>(List.of("us-east-1", "us-west-2"));
        EndpointAuthScheme scheme = EndpointAuthScheme.from(Map.of("name", "sigv4a", "signingName", "s3",
                "signingRegionSet", regions));
        regions.add("eu-west-1");
        assertEquals(List.of("us-east-1", "us-west-2"), scheme.signingRegionSet());
        assertThrows(UnsupportedOperationException.class, () -> scheme.signingRegionSet().add("x"));
        assertNull(scheme.signingRegion());
        assertNull(scheme.disableDoubleEncoding());
        assertEquals("EndpointAuthScheme(name=sigv4a, signingName=s3, signingRegionSet=[us-east-1, us-west-2])",
                scheme.toString());
    }

    @Test
    void listInOrder() {
        List<Map<String, Object>> value = List.of(
                Map.of("name", "sigv4a", "signingRegionSet", List.of("*")),
                Map.of("name", "sigv4", "signingRegion", "us-east-1"));
        List<EndpointAuthScheme> schemes = EndpointAuthScheme.listFrom(value);
        assertEquals(List.of("sigv4a", "sigv4"), schemes.stream().map(EndpointAuthScheme::name).toList());
        assertThrows(UnsupportedOperationException.class, () -> schemes.add(schemes.get(0)));
        assertEquals(List.of(), EndpointAuthScheme.listFrom(List.of()));
    }

    @Test
    void valueEquality() {
        EndpointAuthScheme a = EndpointAuthScheme.from(Map.of("name", "sigv4", "signingName", "ecr"));
        EndpointAuthScheme b = EndpointAuthScheme.from(Map.of("name", "sigv4", "signingName", "ecr", "x", "y"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, EndpointAuthScheme.from(Map.of("name", "sigv4", "signingName", "ecr",
                "disableDoubleEncoding", false)));
    }

    @Test
    void rejectsEntriesItCannotUseNamingTheKey() {
        assertEquals("authSchemes: an entry has no name: {signingName=ecr}", assertThrows(
                IllegalArgumentException.class, () -> EndpointAuthScheme.from(Map.of("signingName", "ecr")))
                .getMessage());
        assertEquals("authSchemes: signingRegion of sigv4 must be a string, was 7", assertThrows(
                IllegalArgumentException.class,
                () -> EndpointAuthScheme.from(Map.of("name", "sigv4", "signingRegion", 7))).getMessage());
        assertEquals("authSchemes: disableDoubleEncoding of sigv4 must be a boolean, was true", assertThrows(
                IllegalArgumentException.class,
                () -> EndpointAuthScheme.from(Map.of("name", "sigv4", "disableDoubleEncoding", "true"))).getMessage());
        assertEquals("authSchemes: signingRegionSet of sigv4a must be a list of strings, was [us-east-1, null]",
                assertThrows(IllegalArgumentException.class, () -> EndpointAuthScheme.from(Map.of("name", "sigv4a",
                        "signingRegionSet", Arrays.asList("us-east-1", null)))).getMessage());
        assertEquals("authSchemes: signingRegionSet of sigv4a must be a list of strings, was *", assertThrows(
                IllegalArgumentException.class,
                () -> EndpointAuthScheme.from(Map.of("name", "sigv4a", "signingRegionSet", "*"))).getMessage());
        assertEquals("authSchemes: an entry is null; each entry must be an object", assertThrows(
                IllegalArgumentException.class, () -> EndpointAuthScheme.listFrom(Arrays.asList(
                        Map.of("name", "sigv4"), null))).getMessage());
        assertEquals("authSchemes: the property is null; it must be a list of objects", assertThrows(
                IllegalArgumentException.class, () -> EndpointAuthScheme.listFrom(null)).getMessage());
        Map<String, Object> nullName = new HashMap<>();
        nullName.put("name", null);
        assertEquals("authSchemes: an entry has no name: {name=null}", assertThrows(IllegalArgumentException.class,
                () -> EndpointAuthScheme.from(nullName)).getMessage());
    }
}
