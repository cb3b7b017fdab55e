package dev.ecrgen.runtime.jmespath;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The value semantics of the JMESPath subset that waiters and paginators use, over the typed objects of a generated
 * client. Generated code compiles each expression into calls of these methods over the model's accessors, so nothing
 * is looked up by name at run time.
 *
 * <p>Values follow JMESPath's data model: {@code null}, strings, numbers (any {@link Number}), booleans, lists
 * ({@link List}), objects ({@link Map} or a model class). Every method accepts {@code null} and yields what JMESPath
 * yields for it.
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
     * A JSON literal of an expression (an array or object; scalars are written as Java literals by the generator).
     *
     * @param json the literal's JSON text
     * @return lists, maps, strings, numbers, booleans or null
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static Object literal(String json) {
        return JsonLiterals.parse(json);
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
     * JMESPath's flatten ({@code []}) of a list of lists: one level of nesting removed.
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
                merged.addAll(inner);
            }
        }
        return merged;
    }

    /**
     * JMESPath's {@code length()}: characters of a string, elements of a list, entries of a map.
     *
     * @param value the value
     * @return the length, or null for values that have none
     */
    public static Integer length(Object value) {
        if (value instanceof CharSequence) {
            CharSequence text = (CharSequence) value;
            return Character.codePointCount(text, 0, text.length());
        }
        if (value instanceof Collection) {
            return ((Collection<?>) value).size();
        }
        if (value instanceof Map) {
            return ((Map<?, ?>) value).size();
        }
        return null;
    }

    /**
     * JMESPath's {@code contains()}: whether a list holds an equal element, or a string the given substring.
     *
     * @param subject a list or a string
     * @param search what to look for
     * @return the answer, or null when the subject is neither a list nor a string
     */
    public static Boolean contains(Object subject, Object search) {
        if (subject instanceof CharSequence) {
            return search instanceof CharSequence && subject.toString().contains(search.toString());
        }
        if (subject instanceof Collection) {
            for (Object element : (Collection<?>) subject) {
                if (equal(element, search)) {
                    return true;
                }
            }
            return false;
        }
        return null;
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
     * @return one of them
     */
    public static Object and(Object left, Object right) {
        return truthy(left) ? right : left;
    }

    /**
     * JMESPath's {@code ||}: the left value when it is truthy, else the right one.
     *
     * @param left a value
     * @param right a value
     * @return one of them
     */
    public static Object or(Object left, Object right) {
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

    private static int order(Number left, Number right) {
        if (!finite(left) || !finite(right)) {
            return Double.compare(left.doubleValue(), right.doubleValue());
        }
        return decimal(left).compareTo(decimal(right));
    }

    private static boolean finite(Number number) {
        return !(number instanceof Double || number instanceof Float) || Double.isFinite(number.doubleValue());
    }

    private static BigDecimal decimal(Number number) {
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
