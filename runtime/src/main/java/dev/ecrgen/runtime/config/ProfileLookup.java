package dev.ecrgen.runtime.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The profile chosen by {@code aws.profile} / {@code AWS_PROFILE} (else {@code default}) in the shared config and
 * credentials files, parsed on the first lookup and at most once. When neither file exists nothing is parsed and the
 * SDK's profile classes are not loaded.
 */
final class ProfileLookup {
    /** The names of the SDK's {@code ProfileFileSystemSetting}s, written out so that reading them loads nothing. */
    static final String PROFILE_PROPERTY = "aws.profile";
    static final String PROFILE_VARIABLE = "AWS_PROFILE";
    static final String CONFIG_FILE_PROPERTY = "aws.configFile";
    static final String CONFIG_FILE_VARIABLE = "AWS_CONFIG_FILE";
    static final String CREDENTIALS_FILE_PROPERTY = "aws.sharedCredentialsFile";
    static final String CREDENTIALS_FILE_VARIABLE = "AWS_SHARED_CREDENTIALS_FILE";

    private final ConfigSource source;
    private String profileName;
    private boolean loaded;
    private SdkProfiles profiles;

    ProfileLookup(ConfigSource source) {
        this.source = source;
    }

    /** The chosen profile's name. */
    String profileName() {
        if (profileName == null) {
            String named = Settings.trimmed(source.systemProperty(PROFILE_PROPERTY));
            if (named == null) {
                named = Settings.trimmed(source.environmentVariable(PROFILE_VARIABLE));
            }
            profileName = named == null ? "default" : named;
        }
        return profileName;
    }

    /** A property of the chosen profile; null when no file has it. */
    ConfigValue<String> property(String key) {
        SdkProfiles files = files();
        return files == null ? null : files.property(profileName(), key);
    }

    /** The endpoint URL for a service in the {@code services} section the profile names; null when absent. */
    ConfigValue<String> servicesEndpoint(String serviceKey) {
        SdkProfiles files = files();
        return files == null ? null : files.servicesEndpoint(profileName(), serviceKey);
    }

    private SdkProfiles files() {
        if (!loaded) {
            loaded = true;
            Path config = existing(location(CONFIG_FILE_PROPERTY, CONFIG_FILE_VARIABLE, "config"));
            Path credentials = existing(location(CREDENTIALS_FILE_PROPERTY, CREDENTIALS_FILE_VARIABLE, "credentials"));
            profiles = config == null && credentials == null ? null : SdkProfiles.load(config, credentials);
        }
        return profiles;
    }

    /** The named file, else {@code .aws/<name>} in the home directory; a leading {@code ~/} means the home directory. */
    private Path location(String property, String variable, String name) {
        String path = Settings.trimmed(source.systemProperty(property));
        if (path == null) {
            path = Settings.trimmed(source.environmentVariable(variable));
        }
        if (path == null) {
            return Paths.get(home(), ".aws", name);
        }
        if (path.startsWith("~/") || path.startsWith("~" + java.io.File.separator)) {
            return Paths.get(home() + path.substring(1));
        }
        return Paths.get(path);
    }

    private String home() {
        String home = source.environmentVariable("HOME");
        return home != null ? home : source.systemProperty("user.home");
    }

    private static Path existing(Path path) {
        return Files.isRegularFile(path) && Files.isReadable(path) ? path : null;
    }
}
