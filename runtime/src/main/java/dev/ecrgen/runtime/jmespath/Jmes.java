package dev.ecrgen.runtime.jmespath;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The value semantics of JMESPath over the typed objects of a generated client: navigation, projections, comparisons
 * and truthiness. Generated code compiles each expression into calls of these methods over the model's accessors, so
 * nothing is looked up by name at run time; the functions ({@code length()}, {@code sort_by()}, ...) are in
 * {@link JmesFunctions}.
 *
 * <p>Values follow JMESPath's data model: {@code null}, strings, numbers (any {@link Number}), booleans, lists
 * ({@link List}), objects ({@link Map} or a model class). Every method accepts {@code null} and yields what JMESPath
 * yields for it; where JMESPath would raise a type error, these methods yield null.
 */
public final class Jmes {

    private Jmes() {
    }

    /**
     * A field of a value: {@code null} when the value is {@code null}.
     *
     * @param target the value holding the field, may be null
     * @param accessor reads the field
     * @param <T> the type of the value
     * @param <R> the type of the field
     * @return the field's value, or null
     */
    public static <T, R> R get(T target, Function<? super T, ? extends R> accessor) {
        return target == null ? null : accessor.apply(target);
    }

    /**
     * A key of a map, JMESPath's field on an object.
     *
     * @param map the map, may be null
     * @param key the key
     * @param <V> the value type
     * @return the value, or null
     */
    public static <V> V key(Map<String, V> map, String key) {
        return map == null ? null : map.get(key);
    }

    /**
     * Element {@code index} of a list; a negative index counts from the end.
     *
     * @param list the list, may be null
     * @param index the index
     * @param <E> the element type
     * @return the element, or null when the list is null or too short
     */
    public static <E> E index(List<E> list, int index) {
        if (list == null) {
            return null;
        }
        int at = index < 0 ? list.size() + index : index;
        return at < 0 || at >= list.size() ? null : list.get(at);
    }

    /**
     * A slice {@code [start:stop:step]}, as Python slices lists: negative bounds count from the end, out-of-range
     * bounds are clamped, a negative step walks backwards.
     *
     * @param list the list, may be null
     * @param start the first index, or null for the start (the end when stepping backwards)
     * @param stop the index to stop before, or null for the end (the start when stepping backwards)
     * @param step the step, or null for 1; never 0
     * @param <E> the element type
     * @return the elements, or null when the list is null
     * @throws IllegalArgumentException when the step is 0
     */
    public static <E> List<E> slice(List<E> list, Integer start, Integer stop, Integer step) {
        if (list == null) {
            return null;
        }
        int by = step == null ? 1 : step;
        if (by == 0) {
            throw new IllegalArgumentException("A slice step cannot be 0");
        }
        int size = list.size();
        int from = start == null ? (by > 0 ? 0 : size - 1) : bound(start, size, by);
        int to = stop == null ? (by > 0 ? size : -1) : bound(stop, size, by);
        List<E> slice = new ArrayList<>();
        for (int i = from; by > 0 ? i < to : i > to; i += by) {
            slice.add(list.get(i));
        }
        return slice;
    }

    private static int bound(int index, int size, int step) {
        int at = index < 0 ? index + size : index;
        if (at < 0) {
            return step > 0 ? 0 : -1;
        }
        if (at >= size) {
            return step > 0 ? size : size - 1;
        }
        return at;
    }

    /**
     * A projection: the expression applied to every element, null results left out.
     *
     * @param list the projected list, may be null
     * @param expression evaluated for each element
     * @param <E> the element type
     * @param <R> the result type
     * @return the results, or null when the list is null
     */
    public static <E, R> List<R> project(List<E> list, Function<? super E, ? extends R> expression) {
        if (list == null) {
            return null;
        }
        List<R> results = new ArrayList<>(list.size());
        for (E element : list) {
            R result = expression.apply(element);
            if (result != null) {
                results.add(result);
            }
        }
        return results;
    }

    /**
     * A projection that keeps the elements as they are ({@code a[*]}): the list without its null elements.
     *
     * @param list the list, may be null
     * @param <E> the element type
     * @return the list itself when it has no null element, else a copy without them; null when the list is null
     */
    public static <E> List<E> compact(List<E> list) {
        if (list == null || !list.contains(null)) {
            return list;
        }
        List<E> kept = new ArrayList<>(list.size());
        for (E element : list) {
            if (element != null) {
                kept.add(element);
            }
        }
        return kept;
    }

    /**
     * A filter: the elements for which the condition is truthy.
     *
     * @param list the list, may be null
     * @param condition evaluated for each element
     * @param <E> the element type
     * @return the kept elements, or null when the list is null
     */
    public static <E> List<E> filter(List<E> list, Function<? super E, ?> condition) {
        if (list == null) {
            return null;
        }
        List<E> kept = new ArrayList<>(list.size());
        for (E element : list) {
            if (truthy(condition.apply(element))) {
                kept.add(element);
            }
        }
        return kept;
    }

    /**
     * JMESPath's {@code a[]} of a list of lists: one level of nesting removed, and null elements left out as the
     * projection {@code []} starts leaves them out.
     *
     * @param list the list of lists, may be null
     * @param <E> the element type of the inner lists
     * @return the merged list, or null when the list is null
     */
    public static <E> List<E> flatten(List<? extends List<? extends E>> list) {
        if (list == null) {
            return null;
        }
        List<E> merged = new ArrayList<>();
        for (List<? extends E> inner : list) {
            if (inner != null) {
                for (E element : inner) {
                    if (element != null) {
                        merged.add(element);
                    }
                }
            }
        }
        return merged;
    }

    /**
     * Like {@link #flatten}, for a list whose elements may or may not be lists: lists are merged, other elements kept.
     *
     * @param list the list, may be null
     * @return the merged list, or null when the list is null
     */
    public static List<Object> flattenAny(List<?> list) {
        if (list == null) {
            return null;
        }
        List<Object> merged = new ArrayList<>();
        for (Object element : list) {
            if (element instanceof List) {
                for (Object inner : (List<?>) element) {
                    if (inner != null) {
                        merged.add(inner);
                    }
                }
            } else if (element != null) {
                merged.add(element);
            }
        }
        return merged;
    }

    /**
     * The values of a map, as {@code map.*} and {@code values()} give them: in the order {@code keys()} gives the keys.
     *
     * @param map the map, may be null
     * @param <V> the value type
     * @return the values, or null when the map is null
     */
    public static <V> List<V> values(Map<String, V> map) {
        return map == null ? null : new ArrayList<>(inKeyOrder(map).values());
    }

    /**
     * A map in the order JMESPath's {@code keys()}, {@code values()} and {@code *} give its entries. JMESPath leaves
     * the order open; this is the order the AWS SDK for Java v2 gives (that of a {@link HashMap} copy of the map), so
     * that a request yields the same endpoint parameters with either client.
     */
    static <K, V> Map<K, V> inKeyOrder(Map<K, V> map) {
        return new HashMap<>(map);
    }

    /**
     * Applies an expression to a value that may be null, as a multi-select list or hash is applied: null stays null.
     *
     * @param value the value, may be null
     * @param expression what to make of it
     * @param <T> the value type
     * @param <R> the result type
     * @return the result, or null when the value is null
     */
    public static <T, R> R select(T value, Function<? super T, ? extends R> expression) {
        return value == null ? null : expression.apply(value);
    }

    /**
     * Applies an expression to a value that it reads more than once, so that the value is computed once.
     *
     * @param value the value, may be null
     * @param expression what to make of it
     * @param <T> the value type
     * @param <R> the result type
     * @return the result
     */
    public static <T, R> R with(T value, Function<? super T, ? extends R> expression) {
        return expression.apply(value);
    }

    /**
     * A multi-select list's result: the values in order, nulls kept.
     *
     * @param values the values
     * @param <E> the element type
     * @return an unmodifiable list
     */
    @SafeVarargs
    public static <E> List<E> listOf(E... values) {
        return Collections.unmodifiableList(Arrays.asList(values.clone()));
    }

    /**
     * A multi-select hash's result: the keys with their values, in order, nulls kept.
     *
     * @param keys the keys
     * @param values the values, one per key
     * @param <V> the value type
     * @return an unmodifiable map
     */
    @SafeVarargs
    public static <V> Map<String, V> hashOf(List<String> keys, V... values) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(keys.get(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * A JSON literal of an expression.
     *
     * @param json the literal's JSON text
     * @return lists, maps, strings, numbers, booleans or null
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static Object literal(String json) {
        return JsonLiterals.parse(json);
    }

    /**
     * A JSON array literal of an expression.
     *
     * @param json the literal's JSON text, an array
     * @return the elements
     * @throws IllegalArgumentException when the text is not a JSON array
     */
    public static List<Object> literalList(String json) {
        Object value = JsonLiterals.parse(json);
        if (!(value instanceof List)) {
            throw new IllegalArgumentException("Not a JSON array: " + json);
        }
        return Collections.unmodifiableList(new ArrayList<>((List<?>) value));
    }

    /**
     * A JSON object literal of an expression.
     *
     * @param json the literal's JSON text, an object
     * @return the members
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    public static Map<String, Object> literalMap(String json) {
        Object value = JsonLiterals.parse(json);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("Not a JSON object: " + json);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((k, v) -> map.put((String) k, v));
        return Collections.unmodifiableMap(map);
    }

    /**
     * JMESPath's {@code ==}: numbers by value whatever their Java type, lists element by element, maps entry by entry.
     *
     * @param left a value
     * @param right a value
     * @return whether they are equal
     */
    public static boolean equal(Object left, Object right) {
        if (left == right) {
            return true;
        }
        if (left == null || right == null) {
            return false;
        }
        if (left instanceof Number && right instanceof Number) {
            return order((Number) left, (Number) right) == 0;
        }
        if (left instanceof CharSequence && right instanceof CharSequence) {
            return left.toString().equals(right.toString());
        }
        if (left instanceof List && right instanceof List) {
            return listsEqual((List<?>) left, (List<?>) right);
        }
        if (left instanceof Map && right instanceof Map) {
            return mapsEqual((Map<?, ?>) left, (Map<?, ?>) right);
        }
        return left.equals(right);
    }

    /**
     * JMESPath's ordering comparators, defined for numbers only.
     *
     * @param left a value
     * @param operator one of {@code <}, {@code <=}, {@code >}, {@code >=}
     * @param right a value
     * @return the answer, or null when either side is not a number
     */
    public static Boolean compare(Object left, String operator, Object right) {
        if (!(left instanceof Number) || !(right instanceof Number)) {
            return null;
        }
        int order = order((Number) left, (Number) right);
        switch (operator) {
            case "<":
                return order < 0;
            case "<=":
                return order <= 0;
            case ">":
                return order > 0;
            case ">=":
                return order >= 0;
            default:
                throw new IllegalArgumentException("Not a JMESPath ordering comparator: " + operator);
        }
    }

    /**
     * JMESPath's truthiness: false, null, empty strings, lists and maps are false; everything else is true.
     *
     * @param value a value
     * @return whether it counts as true
     */
    public static boolean truthy(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof CharSequence) {
            return ((CharSequence) value).length() > 0;
        }
        if (value instanceof Collection) {
            return !((Collection<?>) value).isEmpty();
        }
        if (value instanceof Map) {
            return !((Map<?, ?>) value).isEmpty();
        }
        return true;
    }

    /**
     * JMESPath's {@code &&}: the left value when it is falsy, else the right one.
     *
     * @param left a value
     * @param right a value
     * @param <T> the type of both
     * @return one of them
     */
    public static <T> T and(T left, T right) {
        return truthy(left) ? right : left;
    }

    /**
     * JMESPath's {@code ||}: the left value when it is truthy, else the right one.
     *
     * @param left a value
     * @param right a value
     * @param <T> the type of both
     * @return one of them
     */
    public static <T> T or(T left, T right) {
        return truthy(left) ? left : right;
    }

    /**
     * JMESPath's {@code !}.
     *
     * @param value a value
     * @return true when the value is falsy
     */
    public static boolean not(Object value) {
        return !truthy(value);
    }

    /**
     * Whether every element of a list equals the expected value; false for an empty list or a non-list, as the
     * {@code pathAll} waiter matcher defines.
     *
     * @param value the result of the acceptor's expression
     * @param expected the acceptor's expected value
     * @return whether all elements match
     */
    public static boolean all(Object value, Object expected) {
        return matchElements(value, expected, true);
    }

    /**
     * Whether at least one element of a list equals the expected value, as the {@code pathAny} waiter matcher defines.
     *
     * @param value the result of the acceptor's expression
     * @param expected the acceptor's expected value
     * @return whether any element matches
     */
    public static boolean any(Object value, Object expected) {
        return matchElements(value, expected, false);
    }

    /**
     * A list of strings for an endpoint parameter of type {@code stringArray}, as the AWS SDK for Java v2 makes it:
     * null elements left out, and an empty list (never null) when there is nothing.
     *
     * @param values the strings, may be null
     * @return the non-null strings, in order
     */
    public static List<String> stringList(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>(values.size());
        for (String value : values) {
            if (value != null) {
                kept.add(value);
            }
        }
        return Collections.unmodifiableList(kept);
    }

    /**
     * A list of strings for an endpoint parameter of type {@code stringArray} made of one string, as the AWS SDK for
     * Java v2 makes it: the string alone, or an empty list when it is null.
     *
     * @param value the string, may be null
     * @return a list of it
     */
    public static List<String> stringList(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static boolean matchElements(Object value, Object expected, boolean all) {
        if (!(value instanceof Collection) || ((Collection<?>) value).isEmpty()) {
            return false;
        }
        for (Object element : (Collection<?>) value) {
            boolean match = equal(element, expected);
            if (all && !match) {
                return false;
            }
            if (!all && match) {
                return true;
            }
        }
        return all;
    }

    private static boolean listsEqual(List<?> left, List<?> right) {
        if (left.size() != right.size()) {
            return false;
        }
        Iterator<?> a = left.iterator();
        Iterator<?> b = right.iterator();
        while (a.hasNext()) {
            if (!equal(a.next(), b.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean mapsEqual(Map<?, ?> left, Map<?, ?> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (Map.Entry<?, ?> entry : left.entrySet()) {
            if (!right.containsKey(entry.getKey()) || !equal(entry.getValue(), right.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Orders two numbers by value, whatever their Java types. */
    static int order(Number left, Number right) {
        if (!finite(left) || !finite(right)) {
            return Double.compare(left.doubleValue(), right.doubleValue());
        }
        return decimal(left).compareTo(decimal(right));
    }

    private static boolean finite(Number number) {
        return !(number instanceof Double || number instanceof Float) || Double.isFinite(number.doubleValue());
    }

    /** A number as a decimal; NaN and the infinities are the caller's to keep out. */
    static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal) {
            return (BigDecimal) number;
        }
        if (number instanceof BigInteger) {
            return new BigDecimal((BigInteger) number);
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }
}
