package dev.ecrgen.runtime.jmespath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JmesTest {

    record Task(String status, Integer count, List<String> tags) {}

    @Test
    void getIsNullSafe() {
        Task task = new Task("RUNNING", 2, List.of());
        assertEquals("RUNNING", Jmes.get(task, Task::status));
        assertNull(Jmes.get((Task) null, Task::status));
        assertNull(Jmes.get(new Task(null, null, null), Task::status));
    }

    @Test
    void keyReadsMaps() {
        assertEquals(1, Jmes.key(Map.of("a", 1), "a"));
        assertNull(Jmes.key(Map.of("a", 1), "b"));
        assertNull(Jmes.key(null, "a"));
    }

    @Test
    void indexCountsNegativeIndexesFromTheEnd() {
        List<String> letters = List.of("a", "b", "c");
        assertEquals("a", Jmes.index(letters, 0));
        assertEquals("c", Jmes.index(letters, -1));
        assertEquals("a", Jmes.index(letters, -3));
        assertNull(Jmes.index(letters, 3));
        assertNull(Jmes.index(letters, -4));
        assertNull(Jmes.index(null, 0));
    }

    @Test
    void projectionLeavesOutNullResults() {
        List<Task> tasks = List.of(new Task("A", 1, null), new Task(null, 2, null), new Task("C", 3, null));
        assertEquals(List.of("A", "C"), Jmes.project(tasks, Task::status));
        assertEquals(List.of(), Jmes.project(List.<Task>of(), Task::status));
        assertNull(Jmes.project((List<Task>) null, Task::status));
    }

    @Test
    void filterKeepsElementsWithATruthyCondition() {
        List<Task> tasks = List.of(new Task("A", 1, null), new Task("B", 0, null), new Task("C", 5, null));
        assertEquals(List.of("A", "C"), Jmes.project(
                Jmes.filter(tasks, t -> Jmes.compare(t.count(), ">", 0)), Task::status));
        assertEquals(List.of(), Jmes.filter(tasks, t -> null));
        assertNull(Jmes.filter((List<Task>) null, t -> true));
    }

    @Test
    void flattenRemovesOneLevelOfNestingAndTheNullsTheProjectionDrops() {
        List<List<Integer>> nested = Arrays.asList(List.of(1, 2), null, List.of(), Arrays.asList(3, null));
        assertEquals(List.of(1, 2, 3), Jmes.flatten(nested));
        assertNull(Jmes.flatten(null));
        assertEquals(List.of(1, "a", 2), Jmes.flattenAny(Arrays.asList(1, null, List.of("a"), Arrays.asList(null, 2))));
        assertNull(Jmes.flattenAny(null));
    }

    @Test
    void compactDropsNulls() {
        assertEquals(List.of("a", "b"), Jmes.compact(Arrays.asList("a", null, "b")));
        assertNull(Jmes.compact(null));
    }

    @Test
    void slicesFollowPython() {
        List<Integer> list = List.of(0, 1, 2, 3, 4);
        assertEquals(List.of(1, 2), Jmes.slice(list, 1, 3, null));
        assertEquals(List.of(3, 4), Jmes.slice(list, -2, null, null));
        assertEquals(List.of(4, 3, 2, 1, 0), Jmes.slice(list, null, null, -1));
        assertEquals(List.of(0, 2, 4), Jmes.slice(list, null, null, 2));
        assertEquals(List.of(4, 2, 0), Jmes.slice(list, 10, -10, -2), "bounds out of range are clamped");
        assertEquals(List.of(), Jmes.slice(list, 3, 1, null));
        assertEquals(List.of(0, 1, 2, 3, 4), Jmes.slice(list, -10, 10, null));
        assertEquals(List.of(), Jmes.slice(list, 5, null, null));
        assertNull(Jmes.slice(null, 0, 1, null));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> Jmes.slice(list, 0, 1, 0));
        assertEquals("A slice step cannot be 0", zero.getMessage());
    }

    @Test
    void valuesComeInTheOrderOfTheSdksKeys() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (String key : List.of("zeta", "alpha", "Mid", "table-10", "table-2", "b", "a", "Table")) {
            map.put(key, key.length());
        }
        // the order the AWS SDK for Java v2 2.57.8 gives for this map, whose keys it copies into a HashMap
        assertEquals(List.of("zeta", "a", "b", "table-2", "Table", "alpha", "Mid", "table-10"),
                JmesFunctions.keys(map));
        assertEquals(List.of(4, 1, 1, 7, 5, 5, 3, 8), Jmes.values(map));
        assertNull(Jmes.values(null));
    }

    @Test
    void multiSelectsKeepNulls() {
        assertEquals(Arrays.asList("a", null), Jmes.listOf("a", null));
        Map<String, Object> hash = Jmes.hashOf(List.of("x", "y"), 1, null);
        assertEquals(List.of("x", "y"), List.copyOf(hash.keySet()));
        assertNull(hash.get("y"));
        assertEquals("A", Jmes.select("a", s -> s.toUpperCase(java.util.Locale.ROOT)));
        assertNull(Jmes.select((String) null, s -> "never"));
        assertEquals("null!", Jmes.with((String) null, s -> s + "!"), "unlike select, with applies to null too");
    }

    @Test
    void stringListsAreNeverNullAndHaveNoNulls() {
        assertEquals(List.of("a", "b"), Jmes.stringList(Arrays.asList("a", null, "b")));
        assertEquals(List.of(), Jmes.stringList((List<String>) null));
        assertEquals(List.of("a"), Jmes.stringList("a"));
        assertEquals(List.of(), Jmes.stringList((String) null));
    }

    @Test
    void equalityComparesNumbersByValue() {
        assertTrue(Jmes.equal(1, 1L));
        assertTrue(Jmes.equal(1, 1.0));
        assertTrue(Jmes.equal(new BigDecimal("2.50"), 2.5));
        assertFalse(Jmes.equal(1, 2));
        assertFalse(Jmes.equal(1, "1"));
        assertTrue(Jmes.equal(null, null));
        assertFalse(Jmes.equal(null, "x"));
        assertFalse(Jmes.equal(Double.NaN, 1.0));
        assertTrue(Jmes.equal(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertTrue(Jmes.equal(List.of(1, "a"), List.of(1L, "a")));
        assertFalse(Jmes.equal(List.of(1), List.of(1, 2)));
        assertTrue(Jmes.equal(Map.of("a", 1), Map.of("a", 1.0)));
        assertFalse(Jmes.equal(Map.of("a", 1), Map.of("b", 1)));
        assertTrue(Jmes.equal(new StringBuilder("x"), "x"));
    }

    @Test
    void orderingIsDefinedForNumbersOnly() {
        assertEquals(Boolean.TRUE, Jmes.compare(1, "<", 2));
        assertEquals(Boolean.TRUE, Jmes.compare(2, "<=", 2.0));
        assertEquals(Boolean.FALSE, Jmes.compare(1, ">", 2L));
        assertEquals(Boolean.TRUE, Jmes.compare(3.5, ">=", 3));
        assertNull(Jmes.compare("a", "<", "b"));
        assertNull(Jmes.compare(null, "<", 1));
        assertThrows(IllegalArgumentException.class, () -> Jmes.compare(1, "==", 1));
    }

    @Test
    void truthinessFollowsJmesPath() {
        assertFalse(Jmes.truthy(null));
        assertFalse(Jmes.truthy(false));
        assertFalse(Jmes.truthy(""));
        assertFalse(Jmes.truthy(List.of()));
        assertFalse(Jmes.truthy(Map.of()));
        assertTrue(Jmes.truthy(0), "zero is true in JMESPath");
        assertTrue(Jmes.truthy("x"));
        assertTrue(Jmes.truthy(List.of(false)));
        assertTrue(Jmes.truthy(new Object()));
    }

    @Test
    void andOrNotReturnJmesPathValues() {
        assertEquals("", Jmes.and("", "right"));
        assertEquals("right", Jmes.and("left", "right"));
        assertEquals("left", Jmes.or("left", "right"));
        assertEquals("right", Jmes.or(List.of(), "right"));
        assertTrue(Jmes.not(null));
        assertFalse(Jmes.not("x"));
    }

    @Test
    void allAndAnyNeedANonEmptyList() {
        assertTrue(Jmes.all(List.of("ok", "ok"), "ok"));
        assertFalse(Jmes.all(List.of("ok", "no"), "ok"));
        assertFalse(Jmes.all(List.of(), "ok"), "an empty list never matches pathAll");
        assertFalse(Jmes.all("ok", "ok"), "a non-list never matches pathAll");
        assertTrue(Jmes.any(List.of("no", "ok"), "ok"));
        assertFalse(Jmes.any(List.of("no"), "ok"));
        assertFalse(Jmes.any(List.of(), "ok"));
        assertTrue(Jmes.all(List.of(1, 1L), 1));
    }

    @Test
    void literalsParseToJmesPathValues() {
        assertEquals(List.of(1, "a", true), Jmes.literal("[1, \"a\", true]"));
        assertEquals(Map.of("k", List.of()), Jmes.literal("{\"k\": []}"));
        assertTrue(Jmes.equal(new BigDecimal("1.5"), Jmes.literal("1.5")));
        assertNull(Jmes.literal("null"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Jmes.literal("[1,"));
        assertTrue(bad.getMessage().startsWith("Not a JSON literal: [1,"), bad.getMessage());
        IllegalArgumentException trailing = assertThrows(IllegalArgumentException.class, () -> Jmes.literal("1 2"));
        assertTrue(trailing.getMessage().endsWith("(line 1, column 3))"), trailing.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> Jmes.literal(""));
        assertTrue(empty.getMessage().startsWith("Not a JSON literal:  (Expected a value"), empty.getMessage());
        assertEquals(List.of(1, "a"), Jmes.literalList("[1, \"a\"]"));
        assertEquals(Map.of("k", "v"), Jmes.literalMap("{\"k\": \"v\"}"));
        assertEquals("Not a JSON array: {}", assertThrows(IllegalArgumentException.class,
                () -> Jmes.literalList("{}")).getMessage());
        assertEquals("Not a JSON object: []", assertThrows(IllegalArgumentException.class,
                () -> Jmes.literalMap("[]")).getMessage());
    }
}
