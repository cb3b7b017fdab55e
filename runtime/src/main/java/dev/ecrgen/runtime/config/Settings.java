package dev.ecrgen.runtime.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Reads one setting the way the AWS SDK does: system property, then environment variable (both trimmed), then the
 * profile (which the SDK's parser trims); and turns bad values into errors that name the setting, the value, where it
 * came from and what is accepted. Endpoint URLs are the exception: the SDK reads them untrimmed.
 */
final class Settings {
    private final ConfigSource source;
    private final ProfileLookup profile;

    Settings(ConfigSource source, ProfileLookup profile) {
        this.source = source;
        this.profile = profile;
    }

    ProfileLookup profile() {
        return profile;
    }

    /** The system property, else the environment variable, trimmed; null when neither is set. */
    ConfigValue<String> system(SdkSystemSetting setting) {
        String value = trimmed(source.systemProperty(setting.property()));
        if (value != null) {
            return new ConfigValue<>(value, "the system property " + setting.property());
        }
        value = trimmed(source.environmentVariable(setting.environmentVariable()));
        return value == null ? null : new ConfigValue<>(value, "the environment variable " + setting.environmentVariable());
    }

    /** A system property as set, untrimmed; null when not set. */
    ConfigValue<String> rawProperty(String name) {
        String value = source.systemProperty(name);
        return value == null ? null : new ConfigValue<>(value, "the system property " + name);
    }

    /** An environment variable as set, untrimmed; null when not set. */
    ConfigValue<String> rawVariable(String name) {
        String value = source.environmentVariable(name);
        return value == null ? null : new ConfigValue<>(value, "the environment variable " + name);
    }

    /** {@code true} or {@code false} in any case, from the system setting, else the profile key (when not null). */
    ConfigValue<Boolean> bool(SdkSystemSetting setting, String profileKey) {
        ConfigValue<String> raw = system(setting);
        if (raw == null && profileKey != null) {
            raw = profile.property(profileKey);
        }
        if (raw == null) {
            return null;
        }
        if (raw.value().equalsIgnoreCase("true")) {
            return new ConfigValue<>(Boolean.TRUE, raw.source());
        }
        if (raw.value().equalsIgnoreCase("false")) {
            return new ConfigValue<>(Boolean.FALSE, raw.source());
        }
        throw invalid(raw, "true or false");
    }

    /** A whole number of at least 1. */
    static ConfigValue<Integer> positiveInt(ConfigValue<String> raw) {
        int value;
        try {
            value = Integer.parseInt(raw.value());
        } catch (NumberFormatException e) {
            throw invalid(raw, "a whole number of at least 1");
        }
        if (value < 1) {
            throw invalid(raw, "a whole number of at least 1");
        }
        return new ConfigValue<>(value, raw.source());
    }

    /** An absolute http or https URL with a host. */
    static ConfigValue<URI> endpointUrl(ConfigValue<String> raw) {
        URI uri;
        try {
            uri = new URI(raw.value());
        } catch (URISyntaxException e) {
            throw invalid(raw, "an absolute http or https URL such as https://ecr.example.com");
        }
        String scheme = uri.getScheme();
        boolean http = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
        if (!http || uri.getHost() == null) {
            throw invalid(raw, "an absolute http or https URL such as https://ecr.example.com");
        }
        return new ConfigValue<>(uri, raw.source());
    }

    /** The error for a bad value: {@code The environment variable AWS_MAX_ATTEMPTS is 'many'; expected ...}. */
    static SdkClientException invalid(ConfigValue<String> raw, String accepted) {
        String where = raw.source();
        StringBuilder message = new StringBuilder(96 + where.length());
        if (where.startsWith("the ")) {
            message.append('T').append(where, 1, where.length());
        } else {
            message.append(where);
        }
        message.append(" is '").append(raw.value()).append("'; expected ").append(accepted);
        return SdkClientException.create(message.toString());
    }

    /** Null stays null; anything else loses surrounding whitespace (an empty value stays empty). */
    static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    /** Lower case for comparing configured words. */
    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
