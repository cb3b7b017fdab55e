package dev.ecrgen.runtime.paginate;

import java.util.Collection;
import java.util.Map;

/** When a page token means "there is another page". */
final class Tokens {

    private Tokens() {
    }

    /**
     * A token is present unless it is null, an empty string, an empty map, or a collection (the tokens of a paginator
     * with several) none of whose elements is present.
     */
    static boolean present(Object token) {
        if (token == null) {
            return false;
        }
        if (token instanceof CharSequence) {
            return ((CharSequence) token).length() > 0;
        }
        if (token instanceof Map) {
            return !((Map<?, ?>) token).isEmpty();
        }
        if (token instanceof Collection) {
            for (Object part : (Collection<?>) token) {
                if (present(part)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }
}
