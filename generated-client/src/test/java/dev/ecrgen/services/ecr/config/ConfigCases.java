package dev.ecrgen.services.ecr.config;

import static dev.ecrgen.services.ecr.config.ConfigCase.named;

import java.util.List;

/**
 * The expected table: what the official ECR client 2.57.8 did in each case, observed with this harness (a loopback
 * server answering {@code {}} or a retryable 500, a CONNECT proxy refusing every https attempt). Wire summaries are
 * {@link WireLog#summary()}, outcomes {@link ChildOutcome#summary()}: {@code build ...} when building the client threw,
 * {@code call io ...} for the refused CONNECT (retried as an I/O error). Where the ecrgen client refuses a bad
 * setting with its own message, {@link ConfigCase#ecrgen} holds it.
 */
final class ConfigCases {

    private ConfigCases() {
    }

    static List<ConfigCase> all() {
        return List.of(
                // baseline
                named("nothing configured")
                        .expect("4 x CONNECT api.ecr.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("builder endpointOverride").builder("endpointOverride", "{server}/builder")
                        .expect("1 x POST 127.0.0.1:{port} /builder/", "call ok"),
                // endpoint URL, each source alone
                named("AWS_ENDPOINT_URL").env("AWS_ENDPOINT_URL", "{server}/env")
                        .expect("1 x POST 127.0.0.1:{port} /env/", "call ok"),
                named("AWS_ENDPOINT_URL_ECR").env("AWS_ENDPOINT_URL_ECR", "{server}/env-ecr")
                        .expect("1 x POST 127.0.0.1:{port} /env-ecr/", "call ok"),
                named("aws.endpointUrl").prop("aws.endpointUrl", "{server}/prop")
                        .expect("1 x POST 127.0.0.1:{port} /prop/", "call ok"),
                named("aws.endpointUrlEcr").prop("aws.endpointUrlEcr", "{server}/prop-ecr")
                        .expect("1 x POST 127.0.0.1:{port} /prop-ecr/", "call ok"),
                named("profile endpoint_url").config("[default]\nendpoint_url = {server}/profile\n")
                        .expect("1 x POST 127.0.0.1:{port} /profile/", "call ok"),
                named("services section")
                        .config("[default]\nservices = s\n[services s]\necr =\n  endpoint_url = {server}/services\n")
                        .expect("1 x POST 127.0.0.1:{port} /services/", "call ok"),
                named("profile ecr sub-property").config("[default]\necr =\n  endpoint_url = {server}/sub\n")
                        .expect("1 x POST 127.0.0.1:{port} /sub/", "call ok"),
                named("credentials file endpoint_url").credentials("[default]\nendpoint_url = {server}/creds\n")
                        .expect("1 x POST 127.0.0.1:{port} /creds/", "call ok"),
                named("config vs credentials endpoint_url").config("[default]\nendpoint_url = {server}/config\n")
                        .credentials("[default]\nendpoint_url = {server}/creds\n")
                        .expect("1 x POST 127.0.0.1:{port} /creds/", "call ok"),
                named("AWS_CONFIG_FILE").env("AWS_CONFIG_FILE", "{home}/other-config")
                        .file("other-config", "[default]\nendpoint_url = {server}/other\n")
                        .config("[default]\nendpoint_url = {server}/default-file\n")
                        .expect("1 x POST 127.0.0.1:{port} /other/", "call ok"),
                // endpoint URL precedence
                named("builder over aws.endpointUrl").builder("endpointOverride", "{server}/builder")
                        .prop("aws.endpointUrl", "{server}/prop")
                        .expect("1 x POST 127.0.0.1:{port} /builder/", "call ok"),
                named("aws.endpointUrl over AWS_ENDPOINT_URL").prop("aws.endpointUrl", "{server}/prop")
                        .env("AWS_ENDPOINT_URL", "{server}/env")
                        .expect("1 x POST 127.0.0.1:{port} /prop/", "call ok"),
                named("AWS_ENDPOINT_URL over profile").env("AWS_ENDPOINT_URL", "{server}/env")
                        .config("[default]\nendpoint_url = {server}/profile\n")
                        .expect("1 x POST 127.0.0.1:{port} /env/", "call ok"),
                named("AWS_ENDPOINT_URL_ECR over AWS_ENDPOINT_URL").env("AWS_ENDPOINT_URL", "{server}/env")
                        .env("AWS_ENDPOINT_URL_ECR", "{server}/env-ecr")
                        .expect("1 x POST 127.0.0.1:{port} /env-ecr/", "call ok"),
                named("aws.endpointUrlEcr over aws.endpointUrl").prop("aws.endpointUrl", "{server}/prop")
                        .prop("aws.endpointUrlEcr", "{server}/prop-ecr")
                        .expect("1 x POST 127.0.0.1:{port} /prop-ecr/", "call ok"),
                named("aws.endpointUrl over AWS_ENDPOINT_URL_ECR").prop("aws.endpointUrl", "{server}/prop")
                        .env("AWS_ENDPOINT_URL_ECR", "{server}/env-ecr")
                        .expect("1 x POST 127.0.0.1:{port} /prop/", "call ok"),
                named("services section over profile endpoint_url")
                        .config("[default]\nendpoint_url = {server}/profile\nservices = s\n[services s]\necr =\n  endpoint_url = {server}/services\n")
                        .expect("1 x POST 127.0.0.1:{port} /services/", "call ok"),
                named("AWS_ENDPOINT_URL over services section").env("AWS_ENDPOINT_URL", "{server}/env")
                        .config("[default]\nservices = s\n[services s]\necr =\n  endpoint_url = {server}/services\n")
                        .expect("1 x POST 127.0.0.1:{port} /env/", "call ok"),
                named("services section missing")
                        .config("[default]\nendpoint_url = {server}/profile\nservices = nope\n")
                        .expect("1 x POST 127.0.0.1:{port} /profile/", "call ok"),
                named("AWS_SHARED_CREDENTIALS_FILE").env("AWS_SHARED_CREDENTIALS_FILE", "{home}/other-creds")
                        .file("other-creds", "[default]\nendpoint_url = {server}/other-creds\n")
                        .expect("1 x POST 127.0.0.1:{port} /other-creds/", "call ok"),
                named("services section for another service")
                        .config("[default]\nendpoint_url = {server}/profile\nservices = s\n[services s]\ndynamodb =\n  endpoint_url = {server}/ddb\n")
                        .expect("1 x POST 127.0.0.1:{port} /profile/", "call ok"),
                // ignore switch
                named("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS").env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
                        .env("AWS_ENDPOINT_URL", "{server}/env")
                        .expect("4 x CONNECT api.ecr.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("aws.ignoreConfiguredEndpointUrls").prop("aws.ignoreConfiguredEndpointUrls", "true")
                        .prop("aws.endpointUrl", "{server}/prop")
                        .expect("4 x CONNECT api.ecr.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("ignore_configured_endpoint_urls")
                        .config("[default]\nignore_configured_endpoint_urls = true\nendpoint_url = {server}/profile\n")
                        .expect("4 x CONNECT api.ecr.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("ignore switch keeps builder endpointOverride")
                        .env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
                        .builder("endpointOverride", "{server}/builder")
                        .expect("1 x POST 127.0.0.1:{port} /builder/", "call ok"),
                named("aws.ignoreConfiguredEndpointUrls=false over env true")
                        .prop("aws.ignoreConfiguredEndpointUrls", "false")
                        .env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true").env("AWS_ENDPOINT_URL", "{server}/env")
                        .expect("1 x POST 127.0.0.1:{port} /env/", "call ok"),
                named("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=TRUE").env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "TRUE")
                        .env("AWS_ENDPOINT_URL", "{server}/env")
                        .expect("4 x CONNECT api.ecr.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=maybe").env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "maybe")
                        .env("AWS_ENDPOINT_URL", "{server}/env")
                        .expect("none", "build client IllegalStateException Environment variable 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS' or system property 'aws.ignoreConfiguredEndpointUrls' was defined as 'maybe', but should be 'false' or 'true'")
                        .ecrgen("build client SdkClientException The environment variable AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is 'maybe'; expected true or false"),
                named("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=maybe alone")
                        .env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "maybe")
                        .expect("none", "build client IllegalStateException Environment variable 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS' or system property 'aws.ignoreConfiguredEndpointUrls' was defined as 'maybe', but should be 'false' or 'true'")
                        .ecrgen("build client SdkClientException The environment variable AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is 'maybe'; expected true or false"),
                named("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=maybe with builder endpointOverride")
                        .env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "maybe")
                        .builder("endpointOverride", "{server}/builder")
                        .expect("1 x POST 127.0.0.1:{port} /builder/", "call ok"),
                named("ignore_configured_endpoint_urls = maybe")
                        .config("[default]\nignore_configured_endpoint_urls = maybe\nendpoint_url = {server}/profile\n")
                        .expect("none", "build client IllegalStateException Profile property 'ignore_configured_endpoint_urls' must be set to 'true', 'false' or unset, but was set to 'maybe'.")
                        .ecrgen("build client SdkClientException ignore_configured_endpoint_urls in profile 'default' of {home}/.aws/config is 'maybe'; expected true or false"),
                // profile choice
                named("AWS_PROFILE").env("AWS_PROFILE", "a")
                        .config("[profile a]\nendpoint_url = {server}/a\n[default]\nendpoint_url = {server}/default\n")
                        .expect("1 x POST 127.0.0.1:{port} /a/", "call ok"),
                named("aws.profile over AWS_PROFILE").env("AWS_PROFILE", "a").prop("aws.profile", "b")
                        .config("[profile a]\nendpoint_url = {server}/a\n[profile b]\nendpoint_url = {server}/b\n")
                        .expect("1 x POST 127.0.0.1:{port} /b/", "call ok"),
                named("AWS_PROFILE names a missing profile").env("AWS_PROFILE", "nope")
                        .config("[default]\nendpoint_url = {server}/default\n")
                        .expect("4 x CONNECT api.ecr.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("[default] vs [profile default]")
                        .config("[default]\nendpoint_url = {server}/plain\n[profile default]\nendpoint_url = {server}/prefixed\n")
                        .expect("1 x POST 127.0.0.1:{port} /prefixed/", "call ok"),
                // endpoint URL values
                named("AWS_ENDPOINT_URL empty").env("AWS_ENDPOINT_URL", "")
                        .expect("none", "build client NullPointerException The URI scheme of endpointOverride must not be null.")
                        .ecrgen("build client SdkClientException The environment variable AWS_ENDPOINT_URL is ''; expected an absolute http or https URL such as https://ecr.example.com"),
                named("AWS_ENDPOINT_URL trailing slash").env("AWS_ENDPOINT_URL", "{server}/env/")
                        .expect("1 x POST 127.0.0.1:{port} /env/", "call ok"),
                named("AWS_ENDPOINT_URL no path").env("AWS_ENDPOINT_URL", "{server}")
                        .expect("1 x POST 127.0.0.1:{port} /", "call ok"),
                named("AWS_ENDPOINT_URL malformed").env("AWS_ENDPOINT_URL", "http://bad host/")
                        .expect("none", "build client SdkClientException An invalid URI was configured in environment variable AWS_ENDPOINT_URL")
                        .ecrgen("build client SdkClientException The environment variable AWS_ENDPOINT_URL is 'http://bad host/'; expected an absolute http or https URL such as https://ecr.example.com"),
                named("AWS_ENDPOINT_URL without scheme").env("AWS_ENDPOINT_URL", "127.0.0.1:1")
                        .expect("none", "build client SdkClientException An invalid URI was configured in environment variable AWS_ENDPOINT_URL")
                        .ecrgen("build client SdkClientException The environment variable AWS_ENDPOINT_URL is '127.0.0.1:1'; expected an absolute http or https URL such as https://ecr.example.com"),
                named("AWS_ENDPOINT_URL surrounding spaces").env("AWS_ENDPOINT_URL", " {server}/env ")
                        .expect("none", "build client SdkClientException An invalid URI was configured in environment variable AWS_ENDPOINT_URL")
                        .ecrgen("build client SdkClientException The environment variable AWS_ENDPOINT_URL is ' http://127.0.0.1:{port}/env '; expected an absolute http or https URL such as https://ecr.example.com"),
                named("profile endpoint_url empty").config("[default]\nendpoint_url =\n")
                        .expect("none", "build client NullPointerException The URI scheme of endpointOverride must not be null.")
                        .ecrgen("build client SdkClientException endpoint_url in profile 'default' of {home}/.aws/config is ''; expected an absolute http or https URL such as https://ecr.example.com"),
                named("aws.endpointUrl empty over AWS_ENDPOINT_URL").prop("aws.endpointUrl", "")
                        .env("AWS_ENDPOINT_URL", "{server}/env")
                        .expect("none", "build client NullPointerException The URI scheme of endpointOverride must not be null.")
                        .ecrgen("build client SdkClientException The system property aws.endpointUrl is ''; expected an absolute http or https URL such as https://ecr.example.com"),
                // FIPS and dual-stack
                named("AWS_USE_FIPS_ENDPOINT").env("AWS_USE_FIPS_ENDPOINT", "true")
                        .expect("4 x CONNECT api.ecr-fips.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("aws.useFipsEndpoint").prop("aws.useFipsEndpoint", "true")
                        .expect("4 x CONNECT api.ecr-fips.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("use_fips_endpoint").config("[default]\nuse_fips_endpoint = true\n")
                        .expect("4 x CONNECT api.ecr-fips.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("builder fipsEnabled").builder("fipsEnabled", "true")
                        .expect("4 x CONNECT api.ecr-fips.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("builder fipsEnabled=false over env").builder("fipsEnabled", "false")
                        .env("AWS_USE_FIPS_ENDPOINT", "true")
                        .expect("4 x CONNECT api.ecr.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("aws.useFipsEndpoint=false over env").prop("aws.useFipsEndpoint", "false")
                        .env("AWS_USE_FIPS_ENDPOINT", "true")
                        .expect("4 x CONNECT api.ecr.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("AWS_USE_FIPS_ENDPOINT=false over profile").env("AWS_USE_FIPS_ENDPOINT", "false")
                        .config("[default]\nuse_fips_endpoint = true\n")
                        .expect("4 x CONNECT api.ecr.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("AWS_USE_FIPS_ENDPOINT=TRUE").env("AWS_USE_FIPS_ENDPOINT", "TRUE")
                        .expect("4 x CONNECT api.ecr-fips.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("builder fipsEnabled with AWS_USE_FIPS_ENDPOINT=maybe").builder("fipsEnabled", "true")
                        .env("AWS_USE_FIPS_ENDPOINT", "maybe")
                        .expect("4 x CONNECT api.ecr-fips.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("AWS_USE_FIPS_ENDPOINT=maybe").env("AWS_USE_FIPS_ENDPOINT", "maybe")
                        .expect("none", "build client IllegalStateException Environment variable 'AWS_USE_FIPS_ENDPOINT' or system property 'aws.useFipsEndpoint' was defined as 'maybe', but should be 'false' or 'true'")
                        .ecrgen("build client SdkClientException The environment variable AWS_USE_FIPS_ENDPOINT is 'maybe'; expected true or false"),
                named("AWS_USE_FIPS_ENDPOINT empty").env("AWS_USE_FIPS_ENDPOINT", "")
                        .expect("none", "build client IllegalStateException Environment variable 'AWS_USE_FIPS_ENDPOINT' or system property 'aws.useFipsEndpoint' was defined as '', but should be 'false' or 'true'")
                        .ecrgen("build client SdkClientException The environment variable AWS_USE_FIPS_ENDPOINT is ''; expected true or false"),
                named("use_fips_endpoint = TRUE").config("[default]\nuse_fips_endpoint = TRUE\n")
                        .expect("4 x CONNECT api.ecr-fips.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("use_fips_endpoint empty").config("[default]\nuse_fips_endpoint =\n")
                        .expect("none", "build client IllegalStateException Profile property 'use_fips_endpoint' must be set to 'true', 'false' or unset, but was set to ''.")
                        .ecrgen("build client SdkClientException use_fips_endpoint in profile 'default' of {home}/.aws/config is ''; expected true or false"),
                named("use_fips_endpoint = maybe").config("[default]\nuse_fips_endpoint = maybe\n")
                        .expect("none", "build client IllegalStateException Profile property 'use_fips_endpoint' must be set to 'true', 'false' or unset, but was set to 'maybe'.")
                        .ecrgen("build client SdkClientException use_fips_endpoint in profile 'default' of {home}/.aws/config is 'maybe'; expected true or false"),
                named("AWS_USE_DUALSTACK_ENDPOINT").env("AWS_USE_DUALSTACK_ENDPOINT", "true")
                        .expect("4 x CONNECT ecr.us-east-1.api.aws:443", "call io SdkClientException"),
                named("aws.useDualstackEndpoint").prop("aws.useDualstackEndpoint", "true")
                        .expect("4 x CONNECT ecr.us-east-1.api.aws:443", "call io SdkClientException"),
                named("use_dualstack_endpoint").config("[default]\nuse_dualstack_endpoint = true\n")
                        .expect("4 x CONNECT ecr.us-east-1.api.aws:443", "call io SdkClientException"),
                named("builder dualstackEnabled").builder("dualstackEnabled", "true")
                        .expect("4 x CONNECT ecr.us-east-1.api.aws:443", "call io SdkClientException"),
                named("AWS_USE_DUALSTACK_ENDPOINT=maybe").env("AWS_USE_DUALSTACK_ENDPOINT", "maybe")
                        .expect("none", "build client IllegalStateException Environment variable 'AWS_USE_DUALSTACK_ENDPOINT' or system property 'aws.useDualstackEndpoint' was defined as 'maybe', but should be 'false' or 'true'")
                        .ecrgen("build client SdkClientException The environment variable AWS_USE_DUALSTACK_ENDPOINT is 'maybe'; expected true or false"),
                named("FIPS and dual-stack").env("AWS_USE_FIPS_ENDPOINT", "true")
                        .env("AWS_USE_DUALSTACK_ENDPOINT", "true")
                        .expect("4 x CONNECT ecr-fips.us-east-1.api.aws:443", "call io SdkClientException"),
                named("FIPS with AWS_ENDPOINT_URL").env("AWS_USE_FIPS_ENDPOINT", "true")
                        .env("AWS_ENDPOINT_URL", "{server}/env")
                        .expect("none", "call client SdkClientException Invalid Configuration: FIPS and custom endpoint are not supported"),
                named("dual-stack with AWS_ENDPOINT_URL").env("AWS_USE_DUALSTACK_ENDPOINT", "true")
                        .env("AWS_ENDPOINT_URL", "{server}/env")
                        .expect("none", "call client SdkClientException Invalid Configuration: Dualstack and custom endpoint are not supported"),
                named("FIPS with builder endpointOverride").env("AWS_USE_FIPS_ENDPOINT", "true")
                        .builder("endpointOverride", "{server}/builder")
                        .expect("none", "call client SdkClientException Invalid Configuration: FIPS and custom endpoint are not supported"),
                named("FIPS with ignored AWS_ENDPOINT_URL").env("AWS_USE_FIPS_ENDPOINT", "true")
                        .env("AWS_ENDPOINT_URL", "{server}/env").env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
                        .expect("4 x CONNECT api.ecr-fips.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("FIPS in a region without FIPS").env("AWS_USE_FIPS_ENDPOINT", "true")
                        .builder("region", "cn-north-1")
                        .expect("4 x CONNECT api.ecr-fips.cn-north-1.amazonaws.com.cn:443", "call io SdkClientException"),
                // retries
                named("retries: nothing configured").failing().builder("endpointOverride", "{server}")
                        .expect("4 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_MAX_ATTEMPTS=2").failing().builder("endpointOverride", "{server}")
                        .env("AWS_MAX_ATTEMPTS", "2")
                        .expect("2 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("aws.maxAttempts=5 over env").failing().builder("endpointOverride", "{server}")
                        .prop("aws.maxAttempts", "5").env("AWS_MAX_ATTEMPTS", "2")
                        .expect("5 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("max_attempts in profile").failing().builder("endpointOverride", "{server}")
                        .config("[default]\nmax_attempts = 2\n")
                        .expect("4 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_RETRY_MODE=standard").failing().builder("endpointOverride", "{server}")
                        .env("AWS_RETRY_MODE", "standard")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("aws.retryMode=legacy over env").failing().builder("endpointOverride", "{server}")
                        .prop("aws.retryMode", "legacy").env("AWS_RETRY_MODE", "standard")
                        .expect("4 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("retry_mode in profile").failing().builder("endpointOverride", "{server}")
                        .config("[default]\nretry_mode = standard\n")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_RETRY_MODE=adaptive").failing().builder("endpointOverride", "{server}")
                        .env("AWS_RETRY_MODE", "adaptive")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_RETRY_MODE=STANDARD").failing().builder("endpointOverride", "{server}")
                        .env("AWS_RETRY_MODE", "STANDARD")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_RETRY_MODE=adaptive_v2").failing().builder("endpointOverride", "{server}")
                        .env("AWS_RETRY_MODE", "adaptive_v2")
                        .expect("none", "build client IllegalStateException Unsupported retry policy mode configured: adaptive_v2")
                        .ecrgen("build client SdkClientException The environment variable AWS_RETRY_MODE is 'adaptive_v2'; expected legacy, standard or adaptive"),
                named("AWS_RETRY_MODE=fast").failing().builder("endpointOverride", "{server}")
                        .env("AWS_RETRY_MODE", "fast")
                        .expect("none", "build client IllegalStateException Unsupported retry policy mode configured: fast")
                        .ecrgen("build client SdkClientException The environment variable AWS_RETRY_MODE is 'fast'; expected legacy, standard or adaptive"),
                named("retry_mode = fast").failing().builder("endpointOverride", "{server}")
                        .config("[default]\nretry_mode = fast\n")
                        .expect("none", "build client IllegalStateException Unsupported retry policy mode configured: fast")
                        .ecrgen("build client SdkClientException retry_mode in profile 'default' of {home}/.aws/config is 'fast'; expected legacy, standard or adaptive"),
                named("AWS_RETRY_MODE empty").failing().builder("endpointOverride", "{server}")
                        .env("AWS_RETRY_MODE", "").config("[default]\nretry_mode = standard\n")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_MAX_ATTEMPTS=many").failing().builder("endpointOverride", "{server}")
                        .env("AWS_MAX_ATTEMPTS", "many")
                        .expect("none", "build client NumberFormatException For input string: \"many\"")
                        .ecrgen("build client SdkClientException The environment variable AWS_MAX_ATTEMPTS is 'many'; expected a whole number of at least 1"),
                named("AWS_MAX_ATTEMPTS=0").failing().builder("endpointOverride", "{server}")
                        .env("AWS_MAX_ATTEMPTS", "0")
                        .expect("none", "build client IllegalArgumentException maxAttempts must be positive")
                        .ecrgen("build client SdkClientException The environment variable AWS_MAX_ATTEMPTS is '0'; expected a whole number of at least 1"),
                named("AWS_MAX_ATTEMPTS with spaces").failing().builder("endpointOverride", "{server}")
                        .env("AWS_MAX_ATTEMPTS", " 2 ")
                        .expect("2 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_USE_FIPS_ENDPOINT with spaces").env("AWS_USE_FIPS_ENDPOINT", " true ")
                        .expect("4 x CONNECT api.ecr-fips.us-east-1.amazonaws.com:443", "call io SdkClientException"),
                named("AWS_MAX_ATTEMPTS=1").failing().builder("endpointOverride", "{server}")
                        .env("AWS_MAX_ATTEMPTS", "1")
                        .expect("1 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("max_attempts = many").failing().builder("endpointOverride", "{server}")
                        .config("[default]\nmax_attempts = many\n")
                        .expect("4 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("standard with AWS_MAX_ATTEMPTS=5").failing().builder("endpointOverride", "{server}")
                        .env("AWS_RETRY_MODE", "standard").env("AWS_MAX_ATTEMPTS", "5")
                        .expect("5 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("standard with max_attempts in profile").failing().builder("endpointOverride", "{server}")
                        .config("[default]\nretry_mode = standard\nmax_attempts = 2\n")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("builder retryMode over env").failing().builder("endpointOverride", "{server}")
                        .builder("retryMode", "STANDARD").env("AWS_RETRY_MODE", "legacy")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("builder retryMode with AWS_MAX_ATTEMPTS").failing().builder("endpointOverride", "{server}")
                        .builder("retryMode", "LEGACY").env("AWS_MAX_ATTEMPTS", "2")
                        .expect("2 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_NEW_RETRIES_2026=true").failing().builder("endpointOverride", "{server}")
                        .env("AWS_NEW_RETRIES_2026", "true")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_NEW_RETRIES_2026 with max_attempts in profile").failing()
                        .builder("endpointOverride", "{server}").env("AWS_NEW_RETRIES_2026", "true")
                        .config("[default]\nmax_attempts = 2\n")
                        .expect("2 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_NEW_RETRIES_2026 legacy with max_attempts in profile").failing()
                        .builder("endpointOverride", "{server}").env("AWS_NEW_RETRIES_2026", "true")
                        .env("AWS_RETRY_MODE", "legacy").config("[default]\nmax_attempts = 2\n")
                        .expect("4 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_NEW_RETRIES_2026 with max_attempts = many").failing()
                        .builder("endpointOverride", "{server}").env("AWS_NEW_RETRIES_2026", "true")
                        .config("[default]\nmax_attempts = many\n")
                        .expect("none", "build client NumberFormatException For input string: \"many\"")
                        .ecrgen("build client SdkClientException max_attempts in profile 'default' of {home}/.aws/config is 'many'; expected a whole number of at least 1"),
                named("aws.retryMode with spaces").failing().builder("endpointOverride", "{server}")
                        .prop("aws.retryMode", " standard ")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("retry_mode empty").failing().builder("endpointOverride", "{server}")
                        .config("[default]\nretry_mode =\n")
                        .expect("4 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_NEW_RETRIES_2026=maybe").failing().builder("endpointOverride", "{server}")
                        .env("AWS_NEW_RETRIES_2026", "maybe")
                        .expect("none", "build client IllegalStateException Environment variable 'AWS_NEW_RETRIES_2026' or system property 'aws.newRetries2026' was defined as 'maybe', but should be 'false' or 'true'")
                        .ecrgen("build client SdkClientException The environment variable AWS_NEW_RETRIES_2026 is 'maybe'; expected true or false"),
                // defaults mode
                named("AWS_DEFAULTS_MODE=standard").failing().builder("endpointOverride", "{server}")
                        .env("AWS_DEFAULTS_MODE", "standard")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_DEFAULTS_MODE=legacy").failing().builder("endpointOverride", "{server}")
                        .env("AWS_DEFAULTS_MODE", "legacy")
                        .expect("4 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("defaults_mode = in-region").failing().builder("endpointOverride", "{server}")
                        .config("[default]\ndefaults_mode = in-region\n")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_DEFAULTS_MODE=auto").failing().builder("endpointOverride", "{server}")
                        .env("AWS_DEFAULTS_MODE", "auto")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("AWS_DEFAULTS_MODE=bogus").failing().builder("endpointOverride", "{server}")
                        .env("AWS_DEFAULTS_MODE", "bogus")
                        .expect("none", "build client IllegalArgumentException The provided value is not a valid defaults mode bogus")
                        .ecrgen("build client SdkClientException The environment variable AWS_DEFAULTS_MODE is 'bogus'; expected legacy, standard, mobile, cross-region, in-region or auto"),
                named("AWS_DEFAULTS_MODE empty").failing().builder("endpointOverride", "{server}")
                        .env("AWS_DEFAULTS_MODE", "")
                        .expect("none", "build client IllegalArgumentException The provided value is not a valid defaults mode")
                        .ecrgen("build client SdkClientException The environment variable AWS_DEFAULTS_MODE is ''; expected legacy, standard, mobile, cross-region, in-region or auto"),
                named("AWS_DEFAULTS_MODE=STANDARD").failing().builder("endpointOverride", "{server}")
                        .env("AWS_DEFAULTS_MODE", "STANDARD")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("retry mode over defaults mode").failing().builder("endpointOverride", "{server}")
                        .env("AWS_DEFAULTS_MODE", "standard").env("AWS_RETRY_MODE", "legacy")
                        .expect("4 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                named("builder defaultsMode").failing().builder("endpointOverride", "{server}")
                        .builder("defaultsMode", "standard")
                        .expect("3 x POST 127.0.0.1:{port} /", "call service EcrException 500"),
                // account ID endpoint mode (ECR's rule set does not use it)
                named("AWS_ACCOUNT_ID_ENDPOINT_MODE=bogus").builder("endpointOverride", "{server}")
                        .env("AWS_ACCOUNT_ID_ENDPOINT_MODE", "bogus")
                        .expect("1 x POST 127.0.0.1:{port} /", "call ok"),
                // profile file problems
                named("malformed config file").config("[default\nendpoint_url = {server}/profile\n")
                        .expect("none", "build client IllegalArgumentException Profile definition must end with ']' on line 1")
                        .ecrgen("build client SdkClientException Unable to read the AWS config file {home}/.aws/config: Profile definition must end with ']' on line 1"),
                named("malformed config file, endpoint from env").env("AWS_ENDPOINT_URL", "{server}/env")
                        .config("[default\nendpoint_url = {server}/profile\n")
                        .expect("none", "build client IllegalArgumentException Profile definition must end with ']' on line 1")
                        .ecrgen("build client SdkClientException Unable to read the AWS config file {home}/.aws/config: Profile definition must end with ']' on line 1"));
    }
}
