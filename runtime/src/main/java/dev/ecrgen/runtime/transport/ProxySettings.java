package dev.ecrgen.runtime.transport;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The proxy values the Java system properties or the environment name, read as the AWS SDK reads them: the system
 * properties of the proxy's scheme when any of them is set, else the environment. A proxy URL from the environment is
 * never logged, since it may hold a password.
 */
final class ProxySettings {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyConfiguration.class);

    String host;
    int port;
    String username;
    String password;
    Set<String> nonProxyHosts = Set.of();

    private ProxySettings() {
    }

    /**
     * Reads the settings of a scheme.
     *
     * @param properties the system properties, or null not to read them
     * @param environment the environment variables, or null not to read them
     * @param scheme {@code http} or {@code https}
     * @return the settings, or null when neither source is read
     */
    static ProxySettings read(Function<String, String> properties, Function<String, String> environment,
            String scheme) {
        if (properties != null) {
            ProxySettings fromProperties = fromProperties(properties, scheme);
            if (fromProperties != null) {
                return fromProperties;
            }
        }
        return environment != null ? fromEnvironment(environment, scheme) : null;
    }

    private static ProxySettings fromProperties(Function<String, String> properties, String scheme) {
        String host = blankToNull(properties.apply(scheme + ".proxyHost"));
        String port = blankToNull(properties.apply(scheme + ".proxyPort"));
        String user = blankToNull(properties.apply(scheme + ".proxyUser"));
        String password = blankToNull(properties.apply(scheme + ".proxyPassword"));
        String nonProxy = blankToNull(properties.apply("http.nonProxyHosts"));
        if (host == null && port == null && user == null && password == null && nonProxy == null) {
            return null;
        }
        ProxySettings settings = new ProxySettings();
        settings.host = host;
        settings.port = host == null ? 0
                : parsePort(port, scheme + ".proxyPort", ProxyConfiguration.defaultPort(scheme));
        settings.username = user;
        settings.password = password;
        settings.nonProxyHosts = split(nonProxy, "\\|");
        return settings;
    }

    private static ProxySettings fromEnvironment(Function<String, String> environment, String scheme) {
        String name = "https".equals(scheme) ? "HTTPS_PROXY" : "HTTP_PROXY";
        ProxySettings settings = new ProxySettings();
        settings.nonProxyHosts = split(variable(environment, "NO_PROXY"), "[,|]");
        String url = variable(environment, name);
        if (url == null) {
            return settings;
        }
        URI uri;
        try {
            uri = new URI(url.contains("://") ? url : "http://" + url);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null) {
            // the value may hold a password: it is not repeated
            LOG.warn("The {} environment variable is not a proxy URL such as http://host:port; no proxy is"
                    + " taken from it", name);
            return settings;
        }
        settings.host = uri.getHost();
        settings.port = uri.getPort() > 0 ? uri.getPort()
                : ProxyConfiguration.defaultPort(uri.getScheme().toLowerCase(Locale.ROOT));
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            settings.username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            settings.password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        return settings;
    }

    /** The lower-case name first, then the upper-case one, as the AWS SDK reads them. */
    private static String variable(Function<String, String> environment, String upperCase) {
        String lower = blankToNull(environment.apply(upperCase.toLowerCase(Locale.ROOT)));
        return lower != null ? lower : blankToNull(environment.apply(upperCase));
    }

    private static int parsePort(String value, String name, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warn("The {} system property is not a port number: {}; {} is used", name, value, fallback);
        return fallback;
    }

    private static Set<String> split(String value, String separator) {
        if (value == null) {
            return Set.of();
        }
        Set<String> hosts = new LinkedHashSet<>();
        for (String part : value.split(separator)) {
            if (!part.trim().isEmpty()) {
                hosts.add(part.trim());
            }
        }
        return hosts;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.trim().isEmpty() ? null : value;
    }
}
