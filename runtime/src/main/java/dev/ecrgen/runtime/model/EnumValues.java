package dev.ecrgen.runtime.model;

import java.util.HashMap;
import java.util.Map;

/** The lookup behind a generated enum's {@code fromValue}: each constant by the value the service spells. */
public final class EnumValues {
    private EnumValues() {}

    /**
     * Indexes the constants by their {@code toString()}, which for a generated enum is the value as the service
     * spells it.
     *
     * @param constants every constant, from {@code values()}
     * @param unknown the constant for values the model does not list, left out of the index
     * @param <E> the enum type
     * @return a new map from value to constant
     */
    public static <E extends Enum<E>> Map<String, E> byValue(E[] constants, E unknown) {
        Map<String, E> byValue = new HashMap<>();
        for (E constant : constants) {
            if (constant != unknown) {
                byValue.put(constant.toString(), constant);
            }
        }
        return byValue;
    }
}
