package dev.ecrgen.runtime.transport;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The HTTP proxy the default transports send requests through, resolved as the AWS SDK's {@code ProxyConfiguration}
 * of its URL-connection and Apache clients resolves it: each value set here wins; a value not set comes from the Java
 * system properties of the proxy's scheme ({@code http.proxyHost}, {@code http.proxyPort}, {@code http.proxyUser},
 * {@code http.proxyPassword}, {@code http.nonProxyHosts}; {@code https.*} when the scheme is {@code https}) when any of
 * them is set, else from the environment ({@code HTTP_PROXY} or {@code http_proxy}, {@code HTTPS_PROXY} or
 * {@code https_proxy} when the scheme is {@code https}, and {@code NO_PROXY} or {@code no_proxy}). As in the AWS SDK
 * the scheme, {@code http} unless set, picks which settings are read, whatever the scheme of the service's endpoint.
 * When no proxy host results, the transports leave the choice to the JVM's default proxy selector, which honours the
 * JDK's own {@code http.proxyHost} and {@code https.proxyHost} per request scheme.
 *
 * <p>Requests go to the proxy over plain HTTP ({@code CONNECT} for https endpoints). The password is never shown by
 * {@link #toString()} or logged, nor is a proxy URL from the environment.
 */
public final class ProxyConfiguration {

    private final String scheme;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final Set<String> nonProxyHosts;

    private ProxyConfiguration(Builder builder) {
        this.scheme = builder.endpoint != null ? builder.endpoint.getScheme().toLowerCase(Locale.ROOT) : builder.scheme;
        ProxySettings source = ProxySettings.read(builder.useSystemPropertyValues ? builder.properties : null,
                builder.useEnvironmentVariableValues ? builder.environment : null, scheme);
        if (builder.endpoint != null) {
            this.host = builder.endpoint.getHost();
            this.port = builder.endpoint.getPort() > 0 ? builder.endpoint.getPort() : defaultPort(scheme);
        } else {
            this.host = source == null ? null : source.host;
            this.port = source == null ? 0 : source.port;
        }
        this.username = builder.username != null || source == null ? builder.username : source.username;
        this.password = builder.password != null || source == null ? builder.password : source.password;
        Set<String> hosts = builder.nonProxyHosts != null || source == null ? builder.nonProxyHosts : source.nonProxyHosts;
        this.nonProxyHosts = hosts == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(hosts));
    }

    /**
     * Starts a builder: scheme {@code http}, system properties and environment variables read.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the proxy the default transports use when none is set on the client builder: the one the system
     * properties or the environment name, as the AWS SDK's default HTTP clients resolve it.
     *
     * @return the configuration
     */
    public static ProxyConfiguration fromEnvironment() {
        return builder().build();
    }

    /**
     * Returns the proxy's host.
     *
     * @return the host, or null when no proxy is configured
     */
    public String host() {
        return host;
    }

    /**
     * Returns the proxy's port.
     *
     * @return the port, 0 when no proxy is configured
     */
    public int port() {
        return port;
    }

    /**
     * Returns the scheme whose settings were read.
     *
     * @return {@code http} or {@code https}
     */
    public String scheme() {
        return scheme;
    }

    /**
     * Returns the user name sent to the proxy.
     *
     * @return the user name, or null for none
     */
    public String username() {
        return username;
    }

    /**
     * Returns the hosts reached without the proxy: names compared without regard to case, {@code *} matching any
     * characters, and a name starting with {@code .} matching that domain and its subdomains.
     *
     * @return the patterns, empty when every host goes through the proxy
     */
    public Set<String> nonProxyHosts() {
        return nonProxyHosts;
    }

    /**
     * Tells whether a proxy host was configured or found.
     *
     * @return true when requests go through a proxy (unless their host is excluded)
     */
    public boolean enabled() {
        return host != null;
    }

    /**
     * Returns how to reach a URI: through the proxy, or directly when its host is one of the non-proxy hosts.
     *
     * @param target the request URI
     * @return the proxy, {@link Proxy#NO_PROXY}, or null when no proxy is configured and the JVM's default applies
     */
    public Proxy select(URI target) {
        if (host == null) {
            return null;
        }
        if (bypasses(target.getHost())) {
            return Proxy.NO_PROXY;
        }
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
    }

    /** Tells whether a host is reached without the proxy. */
    boolean bypasses(String targetHost) {
        if (targetHost == null) {
            return false;
        }
        String name = stripBrackets(targetHost.toLowerCase(Locale.ROOT));
        for (String pattern : nonProxyHosts) {
            String p = stripBrackets(pattern.trim().toLowerCase(Locale.ROOT));
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith(".") && (name.endsWith(p) || name.equals(p.substring(1)))) {
                return true;
            }
            if (p.indexOf('*') >= 0 ? glob(p, name) : p.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code Proxy-Authorization} value for Basic authentication, or null without a user name. */
    String basicAuthorization() {
        if (username == null) {
            return null;
        }
        String pair = username + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers the proxy's authentication requests (and only the proxy's) with the user name and password. */
    Authenticator authenticator() {
        if (username == null) {
            return null;
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        String proxyHost = host;
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                if (getRequestorType() == RequestorType.PROXY && proxyHost.equalsIgnoreCase(getRequestingHost())) {
                    return new PasswordAuthentication(username, secret.clone());
                }
                return null;
            }
        };
    }

    /** The proxy's address and settings; never the password. */
    @Override
    public String toString() {
        if (host == null) {
            return "ProxyConfiguration(none)";
        }
        return "ProxyConfiguration(" + scheme + "://" + host + ":" + port + (username == null ? "" : ", with credentials")
                + (nonProxyHosts.isEmpty() ? "" : ", nonProxyHosts=" + nonProxyHosts) + ")";
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean glob(String pattern, String name) {
        int p = 0;
        int n = 0;
        int star = -1;
        int mark = 0;
        while (n < name.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = n;
            } else if (p < pattern.length() && pattern.charAt(p) == name.charAt(n)) {
                p++;
                n++;
            } else if (star >= 0) {
                p = star + 1;
                n = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /** The port of a proxy given without one. */
    static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    /** The JVM's system properties (a class rather than a lambda: no lambda is spun up when a client is built). */
    private static final Function<String, String> SYSTEM_PROPERTIES = new Function<>() {
        @Override
        public String apply(String name) {
            return System.getProperty(name);
        }
    };

    /** The process's environment variables. */
    private static final Function<String, String> ENVIRONMENT = new Function<>() {
        @Override
        public String apply(String name) {
            return System.getenv(name);
        }
    };

    /** Configures a {@link ProxyConfiguration}; not thread-safe. */
    public static final class Builder {
        private URI endpoint;
        private String scheme = "http";
        private String username;
        private String password;
        private Set<String> nonProxyHosts;
        private boolean useSystemPropertyValues = true;
        private boolean useEnvironmentVariableValues = true;
        private Function<String, String> properties = SYSTEM_PROPERTIES;
        private Function<String, String> environment = ENVIRONMENT;

        private Builder() {
        }

        /**
         * Sets the proxy, e.g. {@code http://proxy.example.com:3128}: a scheme, host and port only, as in the AWS SDK.
         *
         * @param endpoint the proxy, or null to take it from the system properties or the environment
         * @return this builder
         */
        public Builder endpoint(URI endpoint) {
            if (endpoint != null) {
                String s = endpoint.getScheme();
                if (s == null || !(s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https")) || endpoint.getHost() == null) {
                    throw new IllegalArgumentException("proxy endpoint must be an http or https URI with a host, was: "
                            + endpoint.getScheme() + "://" + endpoint.getHost());
                }
                if (endpoint.getRawUserInfo() != null) {
                    throw new IllegalArgumentException("proxy endpoint must not hold a user name or password; set"
                            + " username and password instead");
                }
                String path = endpoint.getRawPath();
                if ((path != null && !path.isEmpty() && !path.equals("/")) || endpoint.getRawQuery() != null
                        || endpoint.getRawFragment() != null) {
                    throw new IllegalArgumentException("proxy endpoint must be a scheme, host and port only, was: "
                            + endpoint);
                }
            }
            this.endpoint = endpoint;
            return this;
        }

        /**
         * Sets which settings are read when no endpoint is set: {@code http} ({@code http.proxyHost},
         * {@code HTTP_PROXY}) or {@code https} ({@code https.proxyHost}, {@code HTTPS_PROXY}).
         *
         * @param scheme {@code http} or {@code https}
         * @return this builder
         */
        public Builder scheme(String scheme) {
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                throw new IllegalArgumentException("proxy scheme must be http or https, was: " + scheme);
            }
            this.scheme = scheme;
            return this;
        }

        /**
         * Sets the user name for the proxy's Basic authentication.
         *
         * @param username the user name, or null to take it from the system properties or the environment
         * @return this builder
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * Sets the password for the proxy's Basic authentication.
         *
         * @param password the password, or null to take it from the system properties or the environment
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Sets the hosts reached without the proxy (see {@link ProxyConfiguration#nonProxyHosts()}).
         *
         * @param nonProxyHosts the patterns, or null to take them from the system properties or the environment
         * @return this builder
         */
        public Builder nonProxyHosts(Set<String> nonProxyHosts) {
            this.nonProxyHosts = nonProxyHosts == null ? null : new LinkedHashSet<>(nonProxyHosts);
            return this;
        }

        /**
         * Adds a host reached without the proxy.
         *
         * @param nonProxyHost a host name or pattern
         * @return this builder
         */
        public Builder addNonProxyHost(String nonProxyHost) {
            if (nonProxyHosts == null) {
                nonProxyHosts = new LinkedHashSet<>();
            }
            nonProxyHosts.add(nonProxyHost);
            return this;
        }

        /**
         * Sets whether values not set here are read from the Java system properties (true unless set).
         *
         * @param useSystemPropertyValues whether to read them
         * @return this builder
         */
        public Builder useSystemPropertyValues(boolean useSystemPropertyValues) {
            this.useSystemPropertyValues = useSystemPropertyValues;
            return this;
        }

        /**
         * Sets whether values not set here, nor in the system properties, are read from the environment (true unless
         * set).
         *
         * @param useEnvironmentVariableValues whether to read them
         * @return this builder
         */
        public Builder useEnvironmentVariableValues(boolean useEnvironmentVariableValues) {
            this.useEnvironmentVariableValues = useEnvironmentVariableValues;
            return this;
        }

        /** Reads environment variables from the function instead of the process; for tests. */
        Builder environment(Function<String, String> environment) {
            this.environment = environment;
            return this;
        }

        /** Reads system properties from the function instead of the JVM; for tests. */
        Builder properties(Function<String, String> properties) {
            this.properties = properties;
            return this;
        }

        /**
         * Resolves the configuration, reading the system properties and environment now.
         *
         * @return the configuration
         */
        public ProxyConfiguration build() {
            return new ProxyConfiguration(this);
        }
    }
}
