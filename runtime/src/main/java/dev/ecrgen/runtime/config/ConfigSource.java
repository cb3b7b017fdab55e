package dev.ecrgen.runtime.config;

import java.util.Map;

/**
 * Where configuration is read from: system properties and environment variables. The shared config and credentials
 * files are found from these too ({@code aws.configFile} / {@code AWS_CONFIG_FILE}, {@code aws.sharedCredentialsFile}
 * / {@code AWS_SHARED_CREDENTIALS_FILE}, else {@code .aws/config} and {@code .aws/credentials} under {@code HOME} or,
 * without it, {@code user.home}). {@link #system()} reads the running process on demand; {@link #of} serves fixed maps
 * for tests.
 */
public abstract class ConfigSource {

    /** For the two implementations here and test doubles. */
    protected ConfigSource() {
    }

    /**
     * Returns a system property.
     *
     * @param name the property name
     * @return its value, or null when it is not set
     */
    public abstract String systemProperty(String name);

    /**
     * Returns an environment variable.
     *
     * @param name the variable name
     * @return its value, or null when it is not set
     */
    public abstract String environmentVariable(String name);

    /**
     * Returns the source that reads this process's system properties and environment when asked.
     *
     * @return the process's configuration
     */
    public static ConfigSource system() {
        return SystemConfigSource.INSTANCE;
    }

    /**
     * Returns a source serving fixed values.
     *
     * @param systemProperties the system properties
     * @param environment the environment variables
     * @return a source that reads nothing else
     */
    public static ConfigSource of(Map<String, String> systemProperties, Map<String, String> environment) {
        Map<String, String> properties = Map.copyOf(systemProperties);
        Map<String, String> variables = Map.copyOf(environment);
        return new ConfigSource() {
            @Override
            public String systemProperty(String name) {
                return properties.get(name);
            }

            @Override
            public String environmentVariable(String name) {
                return variables.get(name);
            }
        };
    }

    /** Reads the running process. */
    private static final class SystemConfigSource extends ConfigSource {
        static final SystemConfigSource INSTANCE = new SystemConfigSource();

        @Override
        public String systemProperty(String name) {
            return System.getProperty(name);
        }

        @Override
        public String environmentVariable(String name) {
            return System.getenv(name);
        }
    }
}
