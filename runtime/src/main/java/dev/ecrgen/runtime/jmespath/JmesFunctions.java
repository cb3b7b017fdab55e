package dev.ecrgen.runtime.jmespath;

import dev.ecrgen.runtime.protocol.JsonOutput;
import dev.ecrgen.runtime.protocol.JsonWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * JMESPath's built-in functions, for the code generated from expressions that call them. The generator has already
 * checked the argument types against the model; where a value's type is only known at run time and does not fit (or
 * a required value is null), a function yields null instead of raising JMESPath's type error.
 */
public final class JmesFunctions {

    private JmesFunctions() {
    }

    /**
     * {@code abs()}.
     *
     * @param number the number, may be null
     * @param <N> its type
     * @return its absolute value, of the same type, or null
     */
    @SuppressWarnings("unchecked")
    public static <N extends Number> N abs(N number) {
        if (number instanceof Integer) {
            return (N) Integer.valueOf(Math.abs(number.intValue()));
        }
        if (number instanceof Long) {
            return (N) Long.valueOf(Math.abs(number.longValue()));
        }
        if (number instanceof Short) {
            return (N) Short.valueOf((short) Math.abs(number.shortValue()));
        }
        if (number instanceof Byte) {
            return (N) Byte.valueOf((byte) Math.abs(number.byteValue()));
        }
        if (number instanceof Float) {
            return (N) Float.valueOf(Math.abs(number.floatValue()));
        }
        if (number instanceof Double) {
            return (N) Double.valueOf(Math.abs(number.doubleValue()));
        }
        if (number instanceof BigDecimal) {
            return (N) ((BigDecimal) number).abs();
        }
        if (number instanceof BigInteger) {
            return (N) ((BigInteger) number).abs();
        }
        return null;
    }

    /**
     * {@code ceil()}: the smallest whole number not below the number.
     *
     * @param number the number, may be null
     * @param <N> its type
     * @return the whole number, of the same type, or null
     */
    public static <N extends Number> N ceil(N number) {
        return round(number, RoundingMode.CEILING);
    }

    /**
     * {@code floor()}: the largest whole number not above the number.
     *
     * @param number the number, may be null
     * @param <N> its type
     * @return the whole number, of the same type, or null
     */
    public static <N extends Number> N floor(N number) {
        return round(number, RoundingMode.FLOOR);
    }

    @SuppressWarnings("unchecked")
    private static <N extends Number> N round(N number, RoundingMode mode) {
        boolean up = mode == RoundingMode.CEILING;
        if (number instanceof Double) {
            return (N) Double.valueOf(up ? Math.ceil(number.doubleValue()) : Math.floor(number.doubleValue()));
        }
        if (number instanceof Float) {
            return (N) Float.valueOf((float) (up ? Math.ceil(number.floatValue()) : Math.floor(number.floatValue())));
        }
        if (number instanceof BigDecimal) {
            return (N) ((BigDecimal) number).setScale(0, mode);
        }
        return number;
    }

    /**
     * {@code avg()}.
     *
     * @param numbers the numbers, may be null
     * @return their mean, or null when there are none or one is not a number
     */
    public static Double avg(List<?> numbers) {
        BigDecimal sum = sumDecimal(numbers);
        return sum == null || numbers.isEmpty() ? null
                : sum.divide(BigDecimal.valueOf(numbers.size()), MathContext.DECIMAL64).doubleValue();
    }

    /**
     * {@code sum()} of whole numbers.
     *
     * @param numbers the numbers, may be null
     * @return their sum (0 for none), or null when the list is null or one is not a number
     */
    public static Long sumLong(List<?> numbers) {
        if (!allNumbers(numbers)) {
            return null;
        }
        long sum = 0;
        for (Object number : numbers) {
            sum += ((Number) number).longValue();
        }
        return sum;
    }

    /**
     * {@code sum()} of floating-point numbers.
     *
     * @param numbers the numbers, may be null
     * @return their sum (0 for none), or null when the list is null or one is not a number
     */
    public static Double sumDouble(List<?> numbers) {
        if (!allNumbers(numbers)) {
            return null;
        }
        double sum = 0;
        for (Object number : numbers) {
            sum += ((Number) number).doubleValue();
        }
        return sum;
    }

    /**
     * {@code sum()} of numbers of any kind.
     *
     * @param numbers the numbers, may be null
     * @return their sum (0 for none), or null when the list is null or one is not a finite number
     */
    public static BigDecimal sumDecimal(List<?> numbers) {
        if (!allNumbers(numbers)) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Object number : numbers) {
            if ((number instanceof Double || number instanceof Float)
                    && !Double.isFinite(((Number) number).doubleValue())) {
                return null;
            }
            sum = sum.add(Jmes.decimal((Number) number));
        }
        return sum;
    }

    private static boolean allNumbers(List<?> values) {
        if (values == null) {
            return false;
        }
        for (Object value : values) {
            if (!(value instanceof Number)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code contains()}: whether a list holds an equal element, or a string the given substring.
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
                if (Jmes.equal(element, search)) {
                    return true;
                }
            }
            return false;
        }
        return null;
    }

    /**
     * {@code starts_with()}.
     *
     * @param subject the string
     * @param prefix the prefix
     * @return whether the string starts with the prefix, or null when either is not a string
     */
    public static Boolean startsWith(Object subject, Object prefix) {
        if (!(subject instanceof CharSequence) || !(prefix instanceof CharSequence)) {
            return null;
        }
        return subject.toString().startsWith(prefix.toString());
    }

    /**
     * {@code ends_with()}.
     *
     * @param subject the string
     * @param suffix the suffix
     * @return whether the string ends with the suffix, or null when either is not a string
     */
    public static Boolean endsWith(Object subject, Object suffix) {
        if (!(subject instanceof CharSequence) || !(suffix instanceof CharSequence)) {
            return null;
        }
        return subject.toString().endsWith(suffix.toString());
    }

    /**
     * {@code join()}.
     *
     * @param glue the separator
     * @param strings the strings
     * @return the strings joined by the separator, or null when the separator is not a string or an element is not
     *     a string
     */
    public static String join(Object glue, Object strings) {
        if (!(glue instanceof CharSequence) || !(strings instanceof List)) {
            return null;
        }
        List<?> elements = (List<?>) strings;
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            Object element = elements.get(i);
            if (!(element instanceof CharSequence)) {
                return null;
            }
            if (i > 0) {
                joined.append((CharSequence) glue);
            }
            joined.append((CharSequence) element);
        }
        return joined.toString();
    }

    /**
     * {@code keys()}, in the order {@link Jmes#values(Map)} gives the values.
     *
     * @param map the map
     * @return its keys, or null when it is not a map
     */
    public static List<String> keys(Object map) {
        if (!(map instanceof Map)) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        for (Object key : Jmes.inKeyOrder((Map<?, ?>) map).keySet()) {
            keys.add(String.valueOf(key));
        }
        return keys;
    }

    /**
     * {@code values()} of a map.
     *
     * @param map the map, may be null
     * @param <V> the value type
     * @return its values, or null
     */
    public static <V> List<V> values(Map<String, V> map) {
        return Jmes.values(map);
    }

    /**
     * {@code values()} of a value that may be a map.
     *
     * @param map the value
     * @return its values, or null when it is not a map
     */
    public static List<Object> valuesOf(Object map) {
        return map instanceof Map ? new ArrayList<>(Jmes.inKeyOrder((Map<?, ?>) map).values()) : null;
    }

    /**
     * {@code length()}: characters of a string, elements of a list, entries of a map.
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
     * {@code map()}: the expression applied to every element; unlike a projection, null results are kept.
     *
     * @param list the list, may be null
     * @param expression evaluated for each element
     * @param <E> the element type
     * @param <R> the result type
     * @return the results, or null when the list is null
     */
    public static <E, R> List<R> map(List<E> list, Function<? super E, ? extends R> expression) {
        if (list == null) {
            return null;
        }
        List<R> results = new ArrayList<>(list.size());
        for (E element : list) {
            results.add(expression.apply(element));
        }
        return results;
    }

    /**
     * {@code max()} of numbers or of strings.
     *
     * @param list the list
     * @param <E> the element type
     * @return the largest element, or null when the list is empty, null, or not all numbers or all strings
     */
    public static <E> E max(List<E> list) {
        return extreme(list, Function.identity(), true);
    }

    /**
     * {@code min()} of numbers or of strings.
     *
     * @param list the list
     * @param <E> the element type
     * @return the smallest element, or null when the list is empty, null, or not all numbers or all strings
     */
    public static <E> E min(List<E> list) {
        return extreme(list, Function.identity(), false);
    }

    /**
     * {@code max_by()}.
     *
     * @param list the list
     * @param key gives each element's number or string
     * @param <E> the element type
     * @return the first element with the largest key, or null when the list is empty or null, or the keys are not all
     *     numbers or all strings
     */
    public static <E> E maxBy(List<E> list, Function<? super E, ?> key) {
        return extreme(list, key, true);
    }

    /**
     * {@code min_by()}.
     *
     * @param list the list
     * @param key gives each element's number or string
     * @param <E> the element type
     * @return the first element with the smallest key, or null as for {@link #maxBy}
     */
    public static <E> E minBy(List<E> list, Function<? super E, ?> key) {
        return extreme(list, key, false);
    }

    /**
     * {@code sort()} of numbers or of strings.
     *
     * @param list the list
     * @param <E> the element type
     * @return a sorted copy, or null when the list is null or not all numbers or all strings
     */
    public static <E> List<E> sort(List<E> list) {
        return sortBy(list, Function.identity());
    }

    /**
     * {@code sort_by()}: a stable sort by a key.
     *
     * @param list the list
     * @param key gives each element's number or string
     * @param <E> the element type
     * @return a sorted copy, or null when the list is null or the keys are not all numbers or all strings
     */
    public static <E> List<E> sortBy(List<E> list, Function<? super E, ?> key) {
        List<Object> keys = keys(list, key);
        if (keys == null) {
            return null;
        }
        List<Integer> order = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(keys::get, JmesFunctions::compareKeys));
        List<E> sorted = new ArrayList<>(list.size());
        for (int i : order) {
            sorted.add(list.get(i));
        }
        return sorted;
    }

    private static <E> E extreme(List<E> list, Function<? super E, ?> key, boolean max) {
        List<Object> keys = keys(list, key);
        if (keys == null || keys.isEmpty()) {
            return null;
        }
        int best = 0;
        for (int i = 1; i < keys.size(); i++) {
            int order = compareKeys(keys.get(i), keys.get(best));
            if (max ? order > 0 : order < 0) {
                best = i;
            }
        }
        return list.get(best);
    }

    /** The keys of the elements when they are all numbers or all strings, else null. */
    private static <E> List<Object> keys(List<E> list, Function<? super E, ?> key) {
        if (list == null) {
            return null;
        }
        List<Object> keys = new ArrayList<>(list.size());
        boolean numbers = false;
        boolean strings = false;
        for (E element : list) {
            Object value = key.apply(element);
            numbers |= value instanceof Number;
            strings |= value instanceof CharSequence;
            if (!(value instanceof Number || value instanceof CharSequence) || numbers && strings) {
                return null;
            }
            keys.add(value);
        }
        return keys;
    }

    private static int compareKeys(Object left, Object right) {
        if (left instanceof Number) {
            return Jmes.order((Number) left, (Number) right);
        }
        return left.toString().compareTo(right.toString());
    }

    /**
     * {@code merge()}: the maps' entries, later maps winning.
     *
     * @param maps the maps
     * @param <V> the value type
     * @return the merged map, or null when one of them is null
     */
    @SafeVarargs
    public static <V> Map<String, V> merge(Map<String, ? extends V>... maps) {
        Map<String, V> merged = new LinkedHashMap<>();
        for (Map<String, ? extends V> map : maps) {
            if (map == null) {
                return null;
            }
            merged.putAll(map);
        }
        return merged;
    }

    /**
     * {@code not_null()}.
     *
     * @param values the values
     * @param <T> their type
     * @return the first that is not null, or null
     */
    @SafeVarargs
    public static <T> T notNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * {@code reverse()} of a string, by code points.
     *
     * @param text the string, may be null
     * @return the string reversed, or null
     */
    public static String reverse(String text) {
        return text == null ? null : new StringBuilder(text).reverse().toString();
    }

    /**
     * {@code reverse()} of a list.
     *
     * @param list the list, may be null
     * @param <E> the element type
     * @return a reversed copy, or null
     */
    public static <E> List<E> reverse(List<E> list) {
        if (list == null) {
            return null;
        }
        List<E> reversed = new ArrayList<>(list);
        Collections.reverse(reversed);
        return reversed;
    }

    /**
     * {@code to_array()} of a value that may be a list.
     *
     * @param value the value
     * @return the value when it is a list, else a list of it alone
     */
    @SuppressWarnings("unchecked")
    public static List<Object> toArray(Object value) {
        return value instanceof List ? (List<Object>) value : Collections.singletonList(value);
    }

    /**
     * {@code to_array()} of a value that is not a list.
     *
     * @param value the value, may be null
     * @param <T> its type
     * @return a list of it alone
     */
    public static <T> List<T> arrayOf(T value) {
        return Collections.singletonList(value);
    }

    /**
     * {@code to_number()}.
     *
     * @param value a number, or a string in JSON number form
     * @return the number, or null for anything else
     */
    public static BigDecimal toNumber(Object value) {
        if (value instanceof Number) {
            Number number = (Number) value;
            boolean floating = number instanceof Double || number instanceof Float;
            return floating && !Double.isFinite(number.doubleValue()) ? null : Jmes.decimal(number);
        }
        if (value instanceof CharSequence && JsonNumbers.valid(value.toString())) {
            return new BigDecimal(value.toString());
        }
        return null;
    }

    /**
     * {@code to_string()}: a string as it is, anything else as compact JSON.
     *
     * @param value the value
     * @return the string, or the JSON text ({@code null} for null); null for a value without a JSON form
     */
    public static String toJson(Object value) {
        if (value instanceof CharSequence) {
            return value.toString();
        }
        JsonOutput out = new JsonOutput(64);
        return write(new JsonWriter(out), value) ? new String(out.toByteArray(), StandardCharsets.UTF_8) : null;
    }

    private static boolean write(JsonWriter writer, Object value) {
        if (value == null) {
            writer.writeNull();
        } else if (value instanceof CharSequence) {
            writer.writeString(value.toString());
        } else if (value instanceof Boolean) {
            writer.writeBoolean((Boolean) value);
        } else if (value instanceof Double || value instanceof Float) {
            if (!Double.isFinite(((Number) value).doubleValue())) {
                return false;
            }
            writer.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Number) {
            writer.writeNumber(Jmes.decimal((Number) value));
        } else if (value instanceof List) {
            writer.writeStartArray();
            for (Object element : (List<?>) value) {
                if (!write(writer, element)) {
                    return false;
                }
            }
            writer.writeEndArray();
        } else if (value instanceof Map) {
            writer.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                writer.writeFieldName(String.valueOf(entry.getKey()));
                if (!write(writer, entry.getValue())) {
                    return false;
                }
            }
            writer.writeEndObject();
        } else {
            return false;
        }
        return true;
    }

    /**
     * {@code type()}.
     *
     * @param value the value
     * @return {@code null}, {@code string}, {@code number}, {@code boolean}, {@code array} or {@code object}
     */
    public static String type(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence) {
            return "string";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof List) {
            return "array";
        }
        return "object";
    }
}
