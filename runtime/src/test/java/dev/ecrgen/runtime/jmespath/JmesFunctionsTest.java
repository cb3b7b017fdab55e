package dev.ecrgen.runtime.jmespath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class JmesFunctionsTest {

    record Item(String name, Integer size) {}

    private static final List<Item> ITEMS = List.of(new Item("b", 2), new Item("a", 3), new Item("c", 2));

    @Test
    void lengthOfStringsListsAndMaps() {
        assertEquals(3, JmesFunctions.length("abc"));
        assertEquals(1, JmesFunctions.length("\uD83D\uDE00"), "a code point outside the BMP counts once");
        assertEquals(2, JmesFunctions.length(List.of(1, 2)));
        assertEquals(1, JmesFunctions.length(Map.of("k", "v")));
        assertNull(JmesFunctions.length(5));
        assertNull(JmesFunctions.length(null));
    }

    @Test
    void containsLooksInListsAndStrings() {
        assertTrue(JmesFunctions.contains(List.of("a", "b"), "b"));
        assertTrue(JmesFunctions.contains(List.of(1L, 2L), 2));
        assertFalse(JmesFunctions.contains(List.of("a"), "c"));
        assertTrue(JmesFunctions.contains("foobar", "oba"));
        assertFalse(JmesFunctions.contains("foobar", 1));
        assertNull(JmesFunctions.contains(5, 5));
    }

    @Test
    void numbersKeepTheirType() {
        assertEquals(3, JmesFunctions.abs(-3));
        assertEquals(3L, JmesFunctions.abs(-3L));
        assertEquals(1.5, JmesFunctions.abs(-1.5));
        assertEquals(new BigDecimal("2.5"), JmesFunctions.abs(new BigDecimal("-2.5")));
        assertEquals(BigInteger.TEN, JmesFunctions.abs(BigInteger.TEN.negate()));
        assertNull(JmesFunctions.abs((Integer) null));
        assertEquals(2.0, JmesFunctions.ceil(1.2));
        assertEquals(-1.0, JmesFunctions.ceil(-1.5));
        assertEquals(1.0, JmesFunctions.floor(1.8));
        assertEquals(2.0f, JmesFunctions.ceil(1.2f));
        assertEquals(new BigDecimal("2"), JmesFunctions.ceil(new BigDecimal("1.01")));
        assertEquals(new BigDecimal("-2"), JmesFunctions.floor(new BigDecimal("-1.01")));
        assertEquals(7, JmesFunctions.floor(7));
        assertNull(JmesFunctions.ceil((Double) null));
    }

    @Test
    void sumsAndAverages() {
        assertEquals(6L, JmesFunctions.sumLong(List.of(1, 2, 3)));
        assertEquals(0L, JmesFunctions.sumLong(List.of()));
        assertEquals(2.0, JmesFunctions.sumDouble(List.of(1.5, 0.5)));
        assertEquals(new BigDecimal("3.5"), JmesFunctions.sumDecimal(List.of(1, new BigDecimal("2.5"))));
        assertNull(JmesFunctions.sumLong(List.of(1, "2")));
        assertNull(JmesFunctions.sumDecimal(Arrays.asList(1, null)));
        assertNull(JmesFunctions.sumDecimal(List.of(Double.NaN)));
        assertNull(JmesFunctions.sumLong(null));
        assertEquals(2.5, JmesFunctions.avg(List.of(2, 3)));
        assertEquals(1.0 / 3, JmesFunctions.avg(List.of(0, 0, 1)));
        assertNull(JmesFunctions.avg(List.of()));
        assertNull(JmesFunctions.avg(null));
    }

    @Test
    void stringFunctions() {
        assertTrue(JmesFunctions.startsWith("prefix", "pre"));
        assertFalse(JmesFunctions.startsWith("prefix", "fix"));
        assertTrue(JmesFunctions.endsWith("prefix", "fix"));
        assertNull(JmesFunctions.startsWith(null, "x"));
        assertNull(JmesFunctions.endsWith("x", 1));
        assertEquals("a, b", JmesFunctions.join(", ", List.of("a", "b")));
        assertEquals("", JmesFunctions.join(", ", List.of()));
        assertEquals("a", JmesFunctions.join(", ", List.of("a")));
        assertNull(JmesFunctions.join(", ", List.of("a", 1)));
        assertNull(JmesFunctions.join(1, List.of("a")));
        assertEquals("cba", JmesFunctions.reverse("abc"));
        assertEquals("\uD83D\uDE00a", JmesFunctions.reverse("a\uD83D\uDE00"), "code points stay whole");
    }

    @Test
    void mapKeepsNullsUnlikeAProjection() {
        assertEquals(Arrays.asList("b", null), JmesFunctions.map(Arrays.asList(new Item("b", 1), new Item(null, 1)),
                Item::name));
        assertNull(JmesFunctions.map((List<Item>) null, Item::name));
    }

    @Test
    void maxMinAndSortNeedAllNumbersOrAllStrings() {
        assertEquals(3, JmesFunctions.max(List.of(1, 3, 2)));
        assertEquals("a", JmesFunctions.min(List.of("b", "a")));
        assertEquals(2.5, JmesFunctions.max(Arrays.<Number>asList(1, 2.5, 2L)));
        assertNull(JmesFunctions.max(List.of()));
        assertNull(JmesFunctions.max(List.<Object>of(1, "a")));
        assertNull(JmesFunctions.min(Arrays.asList(1, null)));
        assertEquals(List.of(1, 2, 3), JmesFunctions.sort(List.of(3, 1, 2)));
        assertEquals(List.of("a", "b"), JmesFunctions.sort(List.of("b", "a")));
        assertNull(JmesFunctions.sort(List.<Object>of("b", 1)));
        assertEquals(List.of(), JmesFunctions.sort(List.of()));
    }

    @Test
    void byKeyFunctionsAreStableAndTakeTheFirstExtreme() {
        assertEquals(List.of("b", "c", "a"), names(JmesFunctions.sortBy(ITEMS, Item::size)));
        assertEquals(List.of("a", "b", "c"), names(JmesFunctions.sortBy(ITEMS, Item::name)));
        assertEquals("a", JmesFunctions.maxBy(ITEMS, Item::size).name());
        assertEquals("b", JmesFunctions.minBy(ITEMS, Item::size).name(), "the first of equal keys");
        assertNull(JmesFunctions.maxBy(List.of(new Item(null, 1)), Item::name));
        assertNull(JmesFunctions.sortBy(ITEMS, (Function<Item, Object>) item -> item.size() == 3 ? "x" : 1));
        assertNull(JmesFunctions.minBy(List.<Item>of(), Item::size));
    }

    @Test
    void mergeNotNullAndArrays() {
        Map<String, Integer> first = new LinkedHashMap<>(Map.of("a", 1));
        Map<String, Integer> second = Map.of("a", 2);
        assertEquals(Map.of("a", 2), JmesFunctions.merge(first, second));
        assertNull(JmesFunctions.merge(first, null));
        assertEquals("x", JmesFunctions.notNull(null, "x", "y"));
        assertNull(JmesFunctions.notNull((Object) null));
        assertEquals(List.of(1, 2), JmesFunctions.toArray(List.of(1, 2)));
        assertEquals(List.of("x"), JmesFunctions.toArray("x"));
        assertEquals(Arrays.asList((Object) null), JmesFunctions.toArray(null));
        assertEquals(List.of(5), JmesFunctions.arrayOf(5));
        assertEquals(List.of(3, 2), JmesFunctions.reverse(List.of(2, 3)));
        assertEquals(List.of("a"), JmesFunctions.valuesOf(Map.of("k", "a")));
        assertNull(JmesFunctions.valuesOf("a"));
        assertNull(JmesFunctions.keys(List.of()));
    }

    @Test
    void conversions() {
        assertEquals(new BigDecimal("12"), JmesFunctions.toNumber("12"));
        assertEquals(new BigDecimal("-1.5e3"), JmesFunctions.toNumber("-1.5e3"));
        assertEquals(new BigDecimal("3"), JmesFunctions.toNumber(3));
        assertNull(JmesFunctions.toNumber("012"), "not a JSON number");
        assertNull(JmesFunctions.toNumber("1."));
        assertNull(JmesFunctions.toNumber(" 1"));
        assertNull(JmesFunctions.toNumber("abc"));
        assertNull(JmesFunctions.toNumber(true));
        assertNull(JmesFunctions.toNumber(Double.NaN));
        assertEquals("x", JmesFunctions.toJson("x"));
        assertEquals("null", JmesFunctions.toJson(null));
        assertEquals("[1,\"a\\\"\",true,null,2.5]", JmesFunctions.toJson(Arrays.asList(1, "a\"", true, null, 2.5)));
        assertEquals("{\"k\":{\"n\":2.0}}", JmesFunctions.toJson(Map.of("k", Map.of("n", 2.0))));
        assertNull(JmesFunctions.toJson(new Item("a", 1)), "a model object has no JSON form here");
        assertNull(JmesFunctions.toJson(List.of(Double.POSITIVE_INFINITY)));
        assertEquals("null", JmesFunctions.type(null));
        assertEquals("string", JmesFunctions.type("x"));
        assertEquals("number", JmesFunctions.type(1.5));
        assertEquals("boolean", JmesFunctions.type(false));
        assertEquals("array", JmesFunctions.type(List.of()));
        assertEquals("object", JmesFunctions.type(Map.of()));
        assertEquals("object", JmesFunctions.type(new Item("a", 1)));
    }

    private static List<String> names(List<Item> items) {
        return items.stream().map(Item::name).toList();
    }
}
