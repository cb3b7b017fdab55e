package dev.ecrgen.runtime.config;

import dev.ecrgen.runtime.retry.RetryMode;
import dev.ecrgen.runtime.retry.RetryPolicy;
import java.net.URI;
import software.amazon.awssdk.core.SdkSystemSetting;

/**
 * Resolves the shared configuration for one client, with the names, values and precedence of the AWS SDK for Java v2
 * 2.57.8: the builder's value, else the system property, else the environment variable, else the chosen profile.
 *
 * <ul>
 *   <li>Endpoint URL: the builder's {@code endpointOverride}; else, unless {@code aws.ignoreConfiguredEndpointUrls} /
 *       {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} / {@code ignore_configured_endpoint_urls} is true, the first of
 *       the service's system property ({@code aws.endpointUrlEcr}), {@code aws.endpointUrl}, the service's environment
 *       variable ({@code AWS_ENDPOINT_URL_ECR}), {@code AWS_ENDPOINT_URL}, {@code <key>.endpoint_url} in the
 *       {@code services} section the profile names, {@code <key>.endpoint_url} in the profile itself and the
 *       profile's {@code endpoint_url} ({@link ServiceConfigNames}). Values are used untrimmed.</li>
 *   <li>FIPS, dual-stack: {@code aws.useFipsEndpoint} / {@code AWS_USE_FIPS_ENDPOINT} / {@code use_fips_endpoint},
 *       {@code aws.useDualstackEndpoint} / {@code AWS_USE_DUALSTACK_ENDPOINT} / {@code use_dualstack_endpoint};
 *       {@code true} or {@code false} in any case, false by default.</li>
 *   <li>Retries: the builder's policy as given; else the builder's retry mode or the mode from {@code aws.retryMode} / {@code AWS_RETRY_MODE} /
 *       {@code retry_mode} ({@code legacy}, {@code standard}, {@code adaptive}; empty counts as unset), else the
 *       defaults mode's, else {@code standard} when {@code aws.newRetries2026} / {@code AWS_NEW_RETRIES_2026} is true
 *       and {@code legacy} otherwise; attempts from {@code aws.maxAttempts} / {@code AWS_MAX_ATTEMPTS} in every mode,
 *       from the profile's {@code max_attempts} only with {@code AWS_NEW_RETRIES_2026} in the standard and adaptive
 *       modes, else the mode's default (4 legacy, 3 otherwise).</li>
 *   <li>Defaults mode: {@code aws.defaultsMode} / {@code AWS_DEFAULTS_MODE} / {@code defaults_mode}, {@code legacy}
 *       by default; {@code auto} becomes {@code in-region} or {@code cross-region} when {@code AWS_EXECUTION_ENV} is
 *       set (comparing the client's region with {@code AWS_REGION}, else {@code AWS_DEFAULT_REGION}) and
 *       {@code standard} otherwise (instance metadata is not asked).</li>
 *   <li>Account-ID endpoint mode, only when the builder says the rule set uses it: {@code aws.accountIdEndpointMode} /
 *       {@code AWS_ACCOUNT_ID_ENDPOINT_MODE} / {@code account_id_endpoint_mode}, {@code preferred} by default.</li>
 * </ul>
 *
 * <p>A bad value of any of these is a {@link software.amazon.awssdk.core.exception.SdkClientException} naming the
 * setting, its value, where it came from and what is accepted. Settings the SDK does not read in a situation (the
 * ignore switch beside a builder endpoint, a builder-overridden flag's other sources, {@code max_attempts} in the
 * profile without {@code AWS_NEW_RETRIES_2026}) are not read here either, so their bad values pass unnoticed there too.
 */
public final class ClientConfigResolver {
    static final String BUILDER_ENDPOINT = "endpointOverride on the client builder";
    private static final String GLOBAL_ENDPOINT_PROPERTY = "aws.endpointUrl";
    private static final String GLOBAL_ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL";
    private static final String ENDPOINT_URL = "endpoint_url";

    private ClientConfigResolver() {
    }

    /**
     * Resolves the configuration of this process for a client.
     *
     * @param serviceId the model's {@code serviceId}, e.g. {@code ECR}
     * @param builder what the client builder was given
     * @return the resolved configuration
     * @throws software.amazon.awssdk.core.exception.SdkClientException when a configured value is not valid
     */
    public static ClientConfig resolve(String serviceId, BuilderValues builder) {
        return resolve(serviceId, builder, ConfigSource.system());
    }

    /**
     * Resolves the configuration a source holds for a client.
     *
     * @param serviceId the model's {@code serviceId}, e.g. {@code ECR}
     * @param builder what the client builder was given
     * @param source the system properties and environment to read
     * @return the resolved configuration
     * @throws software.amazon.awssdk.core.exception.SdkClientException when a configured value is not valid
     */
    public static ClientConfig resolve(String serviceId, BuilderValues builder, ConfigSource source) {
        if (builder == null || source == null) {
            throw new IllegalArgumentException("ClientConfigResolver needs BuilderValues and a ConfigSource");
        }
        ServiceConfigNames names = ServiceConfigNames.of(serviceId);
        Settings settings = new Settings(source, new ProfileLookup(source));
        ConfigValue<URI> endpoint = endpoint(names, builder, settings);
        ConfigValue<Boolean> fips = flag(builder.fipsEnabled(), "fipsEnabled", settings,
                SdkSystemSetting.AWS_USE_FIPS_ENDPOINT, "use_fips_endpoint");
        ConfigValue<Boolean> dualStack = flag(builder.dualstackEnabled(), "dualstackEnabled", settings,
                SdkSystemSetting.AWS_USE_DUALSTACK_ENDPOINT, "use_dualstack_endpoint");
        ConfigValue<AccountIdEndpointMode> accountIdMode = builder.usesAccountIdEndpointMode()
                ? accountIdEndpointMode(builder, settings) : null;
        ConfigValue<DefaultsMode> defaultsMode = defaultsMode(builder, settings, source);
        if (builder.retryPolicy() != null) {
            return new ClientConfig(endpoint, fips, dualStack, accountIdMode, null, null, builder.retryPolicy(),
                    defaultsMode);
        }
        ConfigValue<Boolean> newRetries = settings.bool(SdkSystemSetting.AWS_NEW_RETRIES_2026, null);
        boolean v2026 = newRetries != null && newRetries.value();
        ConfigValue<RetryMode> mode = builder.retryMode() != null
                ? new ConfigValue<>(builder.retryMode(), "retryMode on the client builder")
                : retryMode(settings, defaultsMode, newRetries);
        ConfigValue<Integer> attempts = maxAttempts(settings, mode.value(), v2026);
        RetryPolicy policy = RetryPolicy.forMode(mode.value(), v2026).toBuilder().maxAttempts(attempts.value()).build();
        return new ClientConfig(endpoint, fips, dualStack, accountIdMode, mode, attempts, policy, defaultsMode);
    }

    private static ConfigValue<URI> endpoint(ServiceConfigNames names, BuilderValues builder, Settings settings) {
        if (builder.endpointOverride() != null) {
            return new ConfigValue<>(builder.endpointOverride(), BUILDER_ENDPOINT);
        }
        ConfigValue<Boolean> ignore = settings.bool(SdkSystemSetting.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS,
                "ignore_configured_endpoint_urls");
        if (ignore != null && ignore.value()) {
            return null;
        }
        ConfigValue<String> raw = settings.rawProperty(names.systemProperty());
        if (raw == null) {
            raw = settings.rawProperty(GLOBAL_ENDPOINT_PROPERTY);
        }
        if (raw == null) {
            raw = settings.rawVariable(names.environmentVariable());
        }
        if (raw == null) {
            raw = settings.rawVariable(GLOBAL_ENDPOINT_VARIABLE);
        }
        if (raw == null) {
            raw = settings.profile().servicesEndpoint(names.profileKey());
        }
        if (raw == null) {
            raw = settings.profile().property(names.profileKey() + "." + ENDPOINT_URL);
        }
        if (raw == null) {
            raw = settings.profile().property(ENDPOINT_URL);
        }
        return raw == null ? null : Settings.endpointUrl(raw);
    }

    private static ConfigValue<Boolean> flag(Boolean builderValue, String builderName, Settings settings,
            SdkSystemSetting setting, String profileKey) {
        if (builderValue != null) {
            return new ConfigValue<>(builderValue, builderName + " on the client builder");
        }
        ConfigValue<Boolean> configured = settings.bool(setting, profileKey);
        return configured != null ? configured : new ConfigValue<>(Boolean.FALSE, ConfigValue.DEFAULT);
    }

    private static ConfigValue<AccountIdEndpointMode> accountIdEndpointMode(BuilderValues builder, Settings settings) {
        if (builder.accountIdEndpointMode() != null) {
            return new ConfigValue<>(builder.accountIdEndpointMode(), "accountIdEndpointMode on the client builder");
        }
        ConfigValue<String> raw = settings.system(SdkSystemSetting.AWS_ACCOUNT_ID_ENDPOINT_MODE);
        if (raw == null) {
            raw = settings.profile().property("account_id_endpoint_mode");
        }
        if (raw == null) {
            return new ConfigValue<>(AccountIdEndpointMode.PREFERRED, ConfigValue.DEFAULT);
        }
        AccountIdEndpointMode mode = AccountIdEndpointMode.fromValue(raw.value());
        if (mode == null) {
            throw Settings.invalid(raw, "preferred, disabled or required");
        }
        return new ConfigValue<>(mode, raw.source());
    }

    private static ConfigValue<DefaultsMode> defaultsMode(BuilderValues builder, Settings settings,
            ConfigSource source) {
        ConfigValue<DefaultsMode> mode;
        if (builder.defaultsMode() != null) {
            mode = new ConfigValue<>(builder.defaultsMode(), "defaultsMode on the client builder");
        } else {
            ConfigValue<String> raw = settings.system(SdkSystemSetting.AWS_DEFAULTS_MODE);
            if (raw == null) {
                raw = settings.profile().property("defaults_mode");
            }
            if (raw == null) {
                return new ConfigValue<>(DefaultsMode.LEGACY, ConfigValue.DEFAULT);
            }
            DefaultsMode parsed = DefaultsMode.fromValue(raw.value());
            if (parsed == null) {
                throw Settings.invalid(raw, "legacy, standard, mobile, cross-region, in-region or auto");
            }
            mode = new ConfigValue<>(parsed, raw.source());
        }
        return mode.value() == DefaultsMode.AUTO ? discover(mode, builder.region(), source) : mode;
    }

    /** {@code auto} as the SDK resolves it without instance metadata. */
    private static ConfigValue<DefaultsMode> discover(ConfigValue<DefaultsMode> auto, String region,
            ConfigSource source) {
        String because = "auto (from " + auto.source() + ")";
        if (source.environmentVariable("AWS_EXECUTION_ENV") == null || region == null) {
            return new ConfigValue<>(DefaultsMode.STANDARD, because);
        }
        String home = source.environmentVariable("AWS_REGION");
        if (home == null) {
            home = source.environmentVariable("AWS_DEFAULT_REGION");
        }
        if (home == null) {
            return new ConfigValue<>(DefaultsMode.STANDARD, because);
        }
        return new ConfigValue<>(region.equalsIgnoreCase(home.trim()) ? DefaultsMode.IN_REGION
                : DefaultsMode.CROSS_REGION, because);
    }

    private static ConfigValue<RetryMode> retryMode(Settings settings, ConfigValue<DefaultsMode> defaultsMode,
            ConfigValue<Boolean> newRetries) {
        ConfigValue<String> raw = settings.system(SdkSystemSetting.AWS_RETRY_MODE);
        if (raw == null || raw.value().isEmpty()) {
            raw = settings.profile().property("retry_mode");
        }
        if (raw != null && !raw.value().isEmpty()) {
            RetryMode mode = RetryMode.fromValue(raw.value());
            if (mode == null) {
                throw Settings.invalid(raw, "legacy, standard or adaptive");
            }
            return new ConfigValue<>(mode, raw.source());
        }
        RetryMode implied = defaultsMode.value().retryMode();
        if (implied != null) {
            return new ConfigValue<>(implied, "defaults mode " + defaultsMode.value().value() + " from "
                    + defaultsMode.source());
        }
        if (newRetries != null && newRetries.value()) {
            return new ConfigValue<>(RetryMode.STANDARD, newRetries.source());
        }
        return new ConfigValue<>(RetryMode.LEGACY, ConfigValue.DEFAULT);
    }

    private static ConfigValue<Integer> maxAttempts(Settings settings, RetryMode mode, boolean newRetries2026) {
        ConfigValue<String> raw = settings.system(SdkSystemSetting.AWS_MAX_ATTEMPTS);
        if (raw == null && newRetries2026 && mode != RetryMode.LEGACY) {
            raw = settings.profile().property("max_attempts");
        }
        return raw == null ? new ConfigValue<>(mode.defaultMaxAttempts(), ConfigValue.DEFAULT)
                : Settings.positiveInt(raw);
    }
}
