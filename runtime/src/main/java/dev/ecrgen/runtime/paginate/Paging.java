package dev.ecrgen.runtime.paginate;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * How one operation pages: where the token is in a request and in a response, and how the next request is made from
 * the previous one and a token. Paging stops after a page whose token is missing or empty (or, for operations with a
 * "more results" flag, whose flag is not set), and fails, naming the operation, when a page hands back the very token
 * that requested it, which would otherwise repeat forever. Immutable and thread-safe.
 *
 * @param <Q> the request type
 * @param <P> the response (page) type
 * @param <T> the token type: the token's own type, or a list for operations with several tokens
 */
public final class Paging<Q, P, T> {

    private final String serviceName;
    private final String operationName;
    private final String tokenName;
    private final Function<? super Q, ? extends T> requestToken;
    private final Function<? super P, ? extends T> responseToken;
    private final BiFunction<? super Q, ? super T, ? extends Q> withToken;
    private final Predicate<? super P> moreResults;

    private Paging(String serviceName, String operationName, String tokenName,
            Function<? super Q, ? extends T> requestToken, Function<? super P, ? extends T> responseToken,
            BiFunction<? super Q, ? super T, ? extends Q> withToken, Predicate<? super P> moreResults) {
        this.serviceName = requireText(serviceName, "serviceName");
        this.operationName = requireText(operationName, "operationName");
        this.tokenName = requireText(tokenName, "tokenName");
        this.requestToken = Objects.requireNonNull(requestToken, "requestToken");
        this.responseToken = Objects.requireNonNull(responseToken, "responseToken");
        this.withToken = Objects.requireNonNull(withToken, "withToken");
        this.moreResults = moreResults;
    }

    /**
     * Describes an operation's paging.
     *
     * @param serviceName the service's short name, for messages, e.g. {@code Ecr}
     * @param operationName the operation, for messages, e.g. {@code DescribeImages}
     * @param tokenName the token's name in the model, for messages, e.g. {@code nextToken}
     * @param requestToken reads the token a request carries
     * @param responseToken reads the token a page hands back
     * @param withToken makes the next request: the previous one with the new token
     * @param <Q> the request type
     * @param <P> the response type
     * @param <T> the token type
     * @return the description
     */
    public static <Q, P, T> Paging<Q, P, T> of(String serviceName, String operationName, String tokenName,
            Function<? super Q, ? extends T> requestToken, Function<? super P, ? extends T> responseToken,
            BiFunction<? super Q, ? super T, ? extends Q> withToken) {
        return new Paging<>(serviceName, operationName, tokenName, requestToken, responseToken, withToken, null);
    }

    /**
     * Returns a copy that also requires the page's "more results" flag before asking for another page.
     *
     * @param flag reads the flag from a page; null or false ends the paging
     * @return the copy
     */
    public Paging<Q, P, T> moreResults(Predicate<? super P> flag) {
        return new Paging<>(serviceName, operationName, tokenName, requestToken, responseToken, withToken,
                Objects.requireNonNull(flag, "flag"));
    }

    /**
     * Returns the request for the page after {@code page}, or null when {@code page} was the last.
     *
     * @param sent the request that fetched {@code page}
     * @param page the page
     * @param pageNumber the page's number, from 1, for messages
     * @return the next request, or null
     * @throws SdkClientException when the page repeats the token that requested it
     */
    public Q nextRequest(Q sent, P page, int pageNumber) {
        if (page == null) {
            throw SdkClientException.create(label() + " returned no response for page " + pageNumber);
        }
        if (moreResults != null && !moreResults.test(page)) {
            return null;
        }
        T token = responseToken.apply(page);
        if (!Tokens.present(token)) {
            return null;
        }
        if (Objects.equals(token, requestToken.apply(sent))) {
            throw SdkClientException.create(label() + " returned the same " + tokenName + " that requested page "
                    + pageNumber + "; paging stops here because following it would repeat that page forever");
        }
        Q next = withToken.apply(sent, token);
        if (next == null) {
            throw new IllegalStateException(label() + " paging made no request for page " + (pageNumber + 1));
        }
        return next;
    }

    /**
     * Names the operation in messages, e.g. {@code Ecr DescribeImages}.
     *
     * @return the label
     */
    public String label() {
        return serviceName + " " + operationName;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Paging needs a " + name + ", got " + value);
        }
        return value;
    }
}
