package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.transport.AsyncTransport;
import dev.ecrgen.runtime.transport.UrlConnectionAsyncTransport;
import java.util.concurrent.Executor;

/**
 * The base of generated asynchronous client builders; without a transport of its own the client uses an
 * {@link UrlConnectionAsyncTransport}: the JDK's {@code HttpURLConnection} on a bounded pool of the client's own
 * threads, started by the first requests.
 *
 * @param <B> the concrete builder type
 * @param <C> the client type built
 */
public abstract class AsyncClientBuilder<B extends AsyncClientBuilder<B, C>, C> extends ClientBuilder<B, C, AsyncTransport> {

    private Integer maxConcurrency;
    private Executor futureCompletionExecutor;

    /** For generated builders. */
    protected AsyncClientBuilder() {
    }

    /**
     * Sets the non-blocking HTTP transport; without one an {@link UrlConnectionAsyncTransport} is used. The client
     * closes it when it is closed; {@link #maxConcurrency} and {@link #futureCompletionExecutor} do not apply to it.
     *
     * @param httpTransport the transport, or null for the default one
     * @return this builder
     */
    public B httpTransport(AsyncTransport httpTransport) {
        return transport(httpTransport);
    }

    /**
     * Sets how many requests the default transport sends at once: the most threads and connections it uses. Further
     * calls wait in its queue without blocking their caller, and the wait counts against their timeouts.
     *
     * @param maxConcurrency at least 1, or null for {@value UrlConnectionAsyncTransport#DEFAULT_MAX_CONCURRENCY}
     * @return this builder
     */
    public B maxConcurrency(Integer maxConcurrency) {
        if (maxConcurrency != null && maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + maxConcurrency);
        }
        this.maxConcurrency = maxConcurrency;
        return self();
    }

    /**
     * Completes the calls' futures through this executor, as the official SDK's {@code FUTURE_COMPLETION_EXECUTOR}
     * does, instead of on the transport's thread that received the response; work chained on the futures then runs
     * there. The application owns the executor and shuts it down.
     *
     * @param executor the executor, or null to complete on the transport's threads
     * @return this builder
     */
    public B futureCompletionExecutor(Executor executor) {
        this.futureCompletionExecutor = executor;
        return self();
    }

    /**
     * Resolves the settings, filling in every default that was not set.
     *
     * @param service the service the client talks to
     * @return the resolved settings
     * @throws software.amazon.awssdk.core.exception.SdkClientException when no region is set and none can be found
     */
    protected final AsyncClientSettings resolveSettings(ServiceInfo service) {
        CommonSettings common = resolveCommon(service);
        AsyncTransport transport = configuredTransport();
        if (transport == null) {
            UrlConnectionAsyncTransport.Builder pool = UrlConnectionAsyncTransport.builder()
                    .completionExecutor(futureCompletionExecutor)
                    .proxyConfiguration(resolvedProxy());
            common.configuredConnectTimeout().ifPresent(pool::connectTimeout);
            if (maxConcurrency != null) {
                pool.maxConcurrency(maxConcurrency);
            }
            transport = pool.build();
        }
        return new AsyncClientSettings(common, transport);
    }
}
