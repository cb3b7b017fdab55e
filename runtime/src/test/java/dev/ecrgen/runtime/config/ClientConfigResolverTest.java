package dev.ecrgen.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.retry.RetryMode;
import dev.ecrgen.runtime.retry.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;

/** Precedence, sources, errors and laziness of the resolver, on fixed environments and temporary profile files. */
class ClientConfigResolverTest {
    @TempDir
    Path home;

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    private ClientConfig resolve() {
        return resolve(BuilderValues.none());
    }

    private ClientConfig resolve(BuilderValues builder) {
        environment.putIfAbsent("HOME", home.toString());
        return ClientConfigResolver.resolve("ECR", builder, ConfigSource.of(properties, environment));
    }

    private Path config(String text) throws IOException {
        Path file = Files.createDirectories(home.resolve(".aws")).resolve("config");
        Files.writeString(file, text);
        return file;
    }

    private Path credentials(String text) throws IOException {
        Path file = Files.createDirectories(home.resolve(".aws")).resolve("credentials");
        Files.writeString(file, text);
        return file;
    }

    private String failure(BuilderValues builder) {
        return assertThrows(SdkClientException.class, () -> resolve(builder)).getMessage();
    }

    @Test
    void nothingConfiguredGivesTheSdkDefaults() {
        ClientConfig config = resolve();
        assertNull(config.endpoint());
        assertFalse(config.endpointFromConfiguration());
        assertEquals(new ConfigValue<>(false, "the default"), config.useFips());
        assertEquals(new ConfigValue<>(false, "the default"), config.useDualStack());
        assertNull(config.accountIdEndpointMode());
        assertEquals(new ConfigValue<>(RetryMode.LEGACY, "the default"), config.retryMode());
        assertEquals(new ConfigValue<>(4, "the default"), config.maxAttempts());
        assertEquals(4, config.retryPolicy().maxAttempts());
        assertEquals(RetryPolicy.defaults().baseDelay(), config.retryPolicy().baseDelay());
        assertEquals(new ConfigValue<>(DefaultsMode.LEGACY, "the default"), config.defaultsMode());
        assertNull(config.connectTimeout());
    }

    @Test
    void endpointUrlPrecedence() throws IOException {
        config("[default]\nendpoint_url = http://profile\necr =\n  endpoint_url = http://sub\nservices = s\n"
                + "[services s]\necr =\n  endpoint_url = http://services\n");
        assertEquals("ecr.endpoint_url in services section 's' of " + home.resolve(".aws/config"),
                resolve().endpoint().source());
        environment.put("AWS_ENDPOINT_URL", "http://env");
        assertEquals(new ConfigValue<>(URI.create("http://env"), "the environment variable AWS_ENDPOINT_URL"),
                resolve().endpoint());
        environment.put("AWS_ENDPOINT_URL_ECR", "http://env-ecr");
        assertEquals(URI.create("http://env-ecr"), resolve().endpointUrl());
        properties.put("aws.endpointUrl", "http://prop");
        assertEquals(new ConfigValue<>(URI.create("http://prop"), "the system property aws.endpointUrl"),
                resolve().endpoint());
        properties.put("aws.endpointUrlEcr", "http://prop-ecr");
        assertEquals(URI.create("http://prop-ecr"), resolve().endpointUrl());
        assertTrue(resolve().endpointFromConfiguration());
        ClientConfig fromBuilder = resolve(BuilderValues.builder().endpointOverride(URI.create("http://b")).build());
        assertEquals(new ConfigValue<>(URI.create("http://b"), "endpointOverride on the client builder"),
                fromBuilder.endpoint());
        assertFalse(fromBuilder.endpointFromConfiguration());
    }

    @Test
    void profileEndpointSourcesInOrder() throws IOException {
        Path file = config("[default]\nendpoint_url = http://profile\necr =\n  endpoint_url = http://sub\n");
        assertEquals(new ConfigValue<>(URI.create("http://sub"), "ecr.endpoint_url in profile 'default' of " + file),
                resolve().endpoint());
        config("[default]\nendpoint_url = http://profile\nservices = s\n[services s]\ndynamodb =\n"
                + "  endpoint_url = http://ddb\n");
        assertEquals(new ConfigValue<>(URI.create("http://profile"), "endpoint_url in profile 'default' of " + file),
                resolve().endpoint());
        Path creds = credentials("[default]\nendpoint_url = http://creds\n");
        assertEquals(new ConfigValue<>(URI.create("http://creds"), "endpoint_url in profile 'default' of " + creds),
                resolve().endpoint(), "the credentials file wins over the config file");
    }

    @Test
    void theProfileIsChosenByAwsProfile() throws IOException {
        Path file = config("[default]\nuse_fips_endpoint = false\n[profile dev]\nuse_fips_endpoint = TRUE\n"
                + "[profile ops]\nuse_fips_endpoint = false\n");
        environment.put("AWS_PROFILE", "dev");
        assertEquals(new ConfigValue<>(true, "use_fips_endpoint in profile 'dev' of " + file), resolve().useFips());
        properties.put("aws.profile", "ops");
        assertEquals(new ConfigValue<>(false, "use_fips_endpoint in profile 'ops' of " + file), resolve().useFips());
        environment.put("AWS_CONFIG_FILE", home.resolve("missing").toString());
        assertEquals(new ConfigValue<>(false, "the default"), resolve().useFips());
    }

    @Test
    void theIgnoreSwitchDropsConfiguredUrlsButNotTheBuilders() throws IOException {
        config("[default]\nendpoint_url = http://profile\nignore_configured_endpoint_urls = true\n");
        environment.put("AWS_ENDPOINT_URL", "http://env");
        assertNull(resolve().endpoint());
        properties.put("aws.ignoreConfiguredEndpointUrls", "false");
        assertEquals(URI.create("http://env"), resolve().endpointUrl());
        environment.put("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "maybe");
        properties.put("aws.ignoreConfiguredEndpointUrls", "maybe");
        assertEquals(URI.create("http://b"), resolve(BuilderValues.builder().endpointOverride(URI.create("http://b"))
                .build()).endpointUrl(), "not read beside a builder endpoint, as in the SDK");
    }

    @Test
    void flagsFromEachSourceWithTheBuilderFirst() throws IOException {
        config("[default]\nuse_dualstack_endpoint = true\n");
        environment.put("AWS_USE_FIPS_ENDPOINT", " True ");
        ClientConfig config = resolve();
        assertEquals(new ConfigValue<>(true, "the environment variable AWS_USE_FIPS_ENDPOINT"), config.useFips());
        assertTrue(config.useDualStack().value());
        properties.put("aws.useFipsEndpoint", "false");
        assertEquals(new ConfigValue<>(false, "the system property aws.useFipsEndpoint"), resolve().useFips());
        environment.put("AWS_USE_FIPS_ENDPOINT", "maybe");
        properties.clear();
        assertEquals(new ConfigValue<>(true, "fipsEnabled on the client builder"),
                resolve(BuilderValues.builder().fipsEnabled(true).build()).useFips());
    }

    @Test
    void badValuesNameTheSettingTheValueTheSourceAndWhatIsAccepted() throws IOException {
        environment.put("AWS_USE_FIPS_ENDPOINT", "maybe");
        assertEquals("The environment variable AWS_USE_FIPS_ENDPOINT is 'maybe'; expected true or false",
                failure(BuilderValues.none()));
        environment.put("AWS_USE_FIPS_ENDPOINT", "");
        assertEquals("The environment variable AWS_USE_FIPS_ENDPOINT is ''; expected true or false",
                failure(BuilderValues.none()));
        environment.remove("AWS_USE_FIPS_ENDPOINT");
        environment.put("AWS_MAX_ATTEMPTS", "many");
        assertEquals("The environment variable AWS_MAX_ATTEMPTS is 'many'; expected a whole number of at least 1",
                failure(BuilderValues.none()));
        environment.put("AWS_MAX_ATTEMPTS", "0");
        assertEquals("The environment variable AWS_MAX_ATTEMPTS is '0'; expected a whole number of at least 1",
                failure(BuilderValues.none()));
        environment.remove("AWS_MAX_ATTEMPTS");
        Path file = config("[profile dev]\nretry_mode = fast\n");
        environment.put("AWS_PROFILE", "dev");
        assertEquals("retry_mode in profile 'dev' of " + file + " is 'fast'; expected legacy, standard or adaptive",
                failure(BuilderValues.none()));
        environment.remove("AWS_PROFILE");
        properties.put("aws.endpointUrl", "http://bad host/");
        assertEquals("The system property aws.endpointUrl is 'http://bad host/'; expected an absolute http or https"
                + " URL such as https://ecr.example.com", failure(BuilderValues.none()));
        properties.put("aws.endpointUrl", "");
        assertEquals("The system property aws.endpointUrl is ''; expected an absolute http or https URL such as"
                + " https://ecr.example.com", failure(BuilderValues.none()));
        properties.clear();
        environment.put("AWS_DEFAULTS_MODE", "bogus");
        assertEquals("The environment variable AWS_DEFAULTS_MODE is 'bogus'; expected legacy, standard, mobile,"
                + " cross-region, in-region or auto", failure(BuilderValues.none()));
        environment.remove("AWS_DEFAULTS_MODE");
        config("[default\n");
        assertEquals("Unable to read the AWS config file " + file + ": Profile definition must end with ']' on line 1",
                failure(BuilderValues.none()));
    }

    @Test
    void retryModeAndAttempts() throws IOException {
        config("[default]\nretry_mode = standard\nmax_attempts = 2\n");
        ClientConfig config = resolve();
        assertEquals(RetryMode.STANDARD, config.retryMode().value());
        assertEquals(new ConfigValue<>(3, "the default"), config.maxAttempts(),
                "max_attempts in the profile is not read without AWS_NEW_RETRIES_2026");
        environment.put("AWS_NEW_RETRIES_2026", "true");
        config = resolve();
        assertEquals(2, config.retryPolicy().maxAttempts());
        assertEquals(Duration.ofMillis(50), config.retryPolicy().baseDelay());
        environment.put("AWS_RETRY_MODE", "adaptive");
        environment.put("AWS_MAX_ATTEMPTS", "5");
        config = resolve();
        assertEquals(new ConfigValue<>(RetryMode.ADAPTIVE, "the environment variable AWS_RETRY_MODE"),
                config.retryMode());
        assertEquals(5, config.retryPolicy().maxAttempts());
        assertTrue(config.retryPolicy().clientRateLimiting());
        properties.put("aws.retryMode", " ");
        assertEquals(RetryMode.STANDARD, resolve().retryMode().value(), "an empty value falls through to the profile");
        ClientConfig withMode = resolve(BuilderValues.builder().retryMode(RetryMode.LEGACY).build());
        assertEquals(new ConfigValue<>(RetryMode.LEGACY, "retryMode on the client builder"), withMode.retryMode());
        assertEquals(5, withMode.retryPolicy().maxAttempts(), "the configured attempts apply to the builder's mode");
        RetryPolicy mine = RetryPolicy.none();
        ClientConfig withPolicy = resolve(BuilderValues.builder().retryPolicy(mine).build());
        assertSame(mine, withPolicy.retryPolicy());
        assertNull(withPolicy.retryMode());
        assertNull(withPolicy.maxAttempts());
    }

    @Test
    void newRetries2026MakesStandardTheDefault() {
        environment.put("AWS_NEW_RETRIES_2026", "true");
        assertEquals(new ConfigValue<>(RetryMode.STANDARD, "the environment variable AWS_NEW_RETRIES_2026"),
                resolve().retryMode());
    }

    @Test
    void defaultsModeSetsRetryModeAndTimeouts() throws IOException {
        config("[default]\ndefaults_mode = In-Region\n");
        ClientConfig config = resolve();
        assertEquals(DefaultsMode.IN_REGION, config.defaultsMode().value());
        assertEquals(Duration.ofMillis(1100), config.connectTimeout());
        assertEquals(RetryMode.STANDARD, config.retryMode().value());
        assertEquals("defaults mode in-region from defaults_mode in profile 'default' of "
                + home.resolve(".aws/config"), config.retryMode().source());
        environment.put("AWS_RETRY_MODE", "legacy");
        assertEquals(RetryMode.LEGACY, resolve().retryMode().value());
        environment.put("AWS_DEFAULTS_MODE", "auto");
        assertEquals(DefaultsMode.STANDARD, resolve().defaultsMode().value());
        environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_java17");
        environment.put("AWS_REGION", "us-east-1");
        assertEquals(DefaultsMode.IN_REGION, resolve(BuilderValues.builder().region("us-east-1").build())
                .defaultsMode().value());
        assertEquals(DefaultsMode.CROSS_REGION, resolve(BuilderValues.builder().region("eu-west-1").build())
                .defaultsMode().value());
        assertEquals(Duration.ofMillis(30_000), resolve(BuilderValues.builder().defaultsMode(DefaultsMode.MOBILE)
                .build()).connectTimeout());
    }

    @Test
    void accountIdEndpointModeOnlyForRuleSetsThatUseIt() throws IOException {
        environment.put("AWS_ACCOUNT_ID_ENDPOINT_MODE", "bogus");
        assertNull(resolve().accountIdEndpointMode());
        BuilderValues uses = BuilderValues.builder().usesAccountIdEndpointMode(true).build();
        assertEquals("The environment variable AWS_ACCOUNT_ID_ENDPOINT_MODE is 'bogus'; expected preferred, disabled"
                + " or required", failure(uses));
        environment.remove("AWS_ACCOUNT_ID_ENDPOINT_MODE");
        assertEquals(new ConfigValue<>(AccountIdEndpointMode.PREFERRED, "the default"),
                resolve(uses).accountIdEndpointMode());
        Path file = config("[default]\naccount_id_endpoint_mode = REQUIRED\n");
        assertEquals(new ConfigValue<>(AccountIdEndpointMode.REQUIRED, "account_id_endpoint_mode in profile 'default' of "
                + file), resolve(uses).accountIdEndpointMode());
        properties.put("aws.accountIdEndpointMode", "disabled");
        assertEquals(AccountIdEndpointMode.DISABLED, resolve(uses).accountIdEndpointMode().value());
    }

    @Test
    void theProfileIsReadOnlyWhenNeededAndOnce() throws IOException {
        config("[default\n");
        environment.put("AWS_ENDPOINT_URL", "http://env");
        environment.put("AWS_USE_FIPS_ENDPOINT", "false");
        environment.put("AWS_USE_DUALSTACK_ENDPOINT", "false");
        environment.put("AWS_DEFAULTS_MODE", "legacy");
        environment.put("AWS_RETRY_MODE", "legacy");
        environment.put("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "false");
        assertEquals(URI.create("http://env"), resolve().endpointUrl(), "the malformed file was never parsed");

        config("[default]\nuse_fips_endpoint = true\n");
        environment.clear();
        environment.put("HOME", home.toString());
        AtomicInteger lookups = new AtomicInteger();
        ConfigSource counting = new ConfigSource() {
            @Override
            public String systemProperty(String name) {
                if (name.equals("aws.configFile")) {
                    lookups.incrementAndGet();
                }
                return null;
            }

            @Override
            public String environmentVariable(String name) {
                return environment.get(name);
            }
        };
        assertTrue(ClientConfigResolver.resolve("ECR", BuilderValues.none(), counting).useFips().value());
        assertEquals(1, lookups.get(), "the files were located and parsed once for all settings");
    }

    @Test
    void theSdkProfileClassesLoadOnlyWhenAFileExists() throws Exception {
        assertFalse(loadsProfileClasses(), "no config or credentials file");
        config("[default]\n");
        assertTrue(loadsProfileClasses(), "a config file");
    }

    /** Resolves in a class loader of its own and tells whether the SDK's ProfileFile was loaded. */
    private boolean loadsProfileClasses() throws Exception {
        String[] entries = System.getProperty("java.class.path").split(java.io.File.pathSeparator);
        java.net.URL[] urls = new java.net.URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = Path.of(entries[i]).toUri().toURL();
        }
        try (Probe probe = new Probe(urls)) {
            Class<?> source = probe.loadClass(ConfigSource.class.getName());
            Class<?> values = probe.loadClass(BuilderValues.class.getName());
            Object fixed = source.getMethod("of", Map.class, Map.class).invoke(null, Map.of(),
                    Map.of("HOME", home.toString()));
            Object none = values.getMethod("none").invoke(null);
            probe.loadClass(ClientConfigResolver.class.getName()).getMethod("resolve", String.class, values, source)
                    .invoke(null, "ECR", none, fixed);
            return probe.loaded("software.amazon.awssdk.profiles.ProfileFile");
        }
    }

    /** Loads every class itself, so what a resolution loads can be seen. */
    private static final class Probe extends java.net.URLClassLoader {
        Probe(java.net.URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void profileSettingNamesAreTheSdks() {
        assertEquals(ProfileFileSystemSetting.AWS_PROFILE.property(), ProfileLookup.PROFILE_PROPERTY);
        assertEquals(ProfileFileSystemSetting.AWS_PROFILE.environmentVariable(), ProfileLookup.PROFILE_VARIABLE);
        assertEquals(ProfileFileSystemSetting.AWS_CONFIG_FILE.property(), ProfileLookup.CONFIG_FILE_PROPERTY);
        assertEquals(ProfileFileSystemSetting.AWS_CONFIG_FILE.environmentVariable(), ProfileLookup.CONFIG_FILE_VARIABLE);
        assertEquals(ProfileFileSystemSetting.AWS_SHARED_CREDENTIALS_FILE.property(),
                ProfileLookup.CREDENTIALS_FILE_PROPERTY);
        assertEquals(ProfileFileSystemSetting.AWS_SHARED_CREDENTIALS_FILE.environmentVariable(),
                ProfileLookup.CREDENTIALS_FILE_VARIABLE);
    }
}
