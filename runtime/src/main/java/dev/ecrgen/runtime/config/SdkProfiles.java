package dev.ecrgen.runtime.config;

import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The parsed shared config and credentials files, through the SDK's {@code profiles} module. The only class here that
 * touches it, so the module's classes load only when a file exists. A property in the credentials file wins over the
 * same property in the config file, as in the SDK's merged profile file.
 */
final class SdkProfiles {
    private final Path configPath;
    private final ProfileFile config;
    private final Path credentialsPath;
    private final ProfileFile credentials;

    private SdkProfiles(Path configPath, ProfileFile config, Path credentialsPath, ProfileFile credentials) {
        this.configPath = configPath;
        this.config = config;
        this.credentialsPath = credentialsPath;
        this.credentials = credentials;
    }

    /** Parses the files that exist; a null path is a file that does not. */
    static SdkProfiles load(Path configPath, Path credentialsPath) {
        return new SdkProfiles(configPath, parse(configPath, ProfileFile.Type.CONFIGURATION), credentialsPath,
                parse(credentialsPath, ProfileFile.Type.CREDENTIALS));
    }

    private static ProfileFile parse(Path path, ProfileFile.Type type) {
        if (path == null) {
            return null;
        }
        try {
            return ProfileFile.builder().content(path).type(type).build();
        } catch (RuntimeException e) {
            throw SdkClientException.create("Unable to read the AWS " + (type == ProfileFile.Type.CONFIGURATION
                    ? "config" : "credentials") + " file " + path + ": " + e.getMessage(), e);
        }
    }

    /** A property of the profile, with the file it came from; null when neither file has it. */
    ConfigValue<String> property(String profileName, String key) {
        String value = value(credentials, profileName, key);
        if (value != null) {
            return new ConfigValue<>(value, key + " in profile '" + profileName + "' of " + credentialsPath);
        }
        value = value(config, profileName, key);
        return value == null ? null
                : new ConfigValue<>(value, key + " in profile '" + profileName + "' of " + configPath);
    }

    /** {@code <serviceKey>.endpoint_url} in the {@code services} section the profile names; null when absent. */
    ConfigValue<String> servicesEndpoint(String profileName, String serviceKey) {
        ConfigValue<String> section = property(profileName, "services");
        if (section == null || config == null) {
            return null;
        }
        String key = serviceKey + ".endpoint_url";
        Optional<Profile> services = config.getSection("services", section.value());
        String value = services.flatMap(s -> s.property(key)).orElse(null);
        return value == null ? null
                : new ConfigValue<>(value, key + " in services section '" + section.value() + "' of " + configPath);
    }

    private static String value(ProfileFile file, String profileName, String key) {
        if (file == null) {
            return null;
        }
        return file.profile(profileName).flatMap(p -> p.property(key)).orElse(null);
    }
}
