package dev.ecrgen.services.ecr.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the expected table: a controlled environment (environment variables, system properties, the shared
 * config and credentials files, builder settings), how the loopback server answers, and what the official client 2.57.8
 * was seen to do. In every value {@code {server}} stands for the loopback server's {@code http://127.0.0.1:<port>}.
 * Unless a case sets one, the builder gets region {@code us-east-1}.
 */
final class ConfigCase {
    final String name;
    final Map<String, String> environment = new LinkedHashMap<>();
    final Map<String, String> systemProperties = new LinkedHashMap<>();
    final Map<String, String> builder = new LinkedHashMap<>();
    final Map<String, String> otherFiles = new LinkedHashMap<>();
    String config;
    String credentials;
    boolean serverFails;
    String expectedWire;
    String expectedOutcome;
    String ecrgenOutcome;

    private ConfigCase(String name) {
        this.name = name;
        builder.put(BuilderSettings.REGION, "us-east-1");
    }

    static ConfigCase named(String name) {
        return new ConfigCase(name);
    }

    ConfigCase env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    ConfigCase prop(String name, String value) {
        systemProperties.put(name, value);
        return this;
    }

    /** A builder setting; see {@link BuilderSettings}. */
    ConfigCase builder(String name, String value) {
        builder.put(name, value);
        return this;
    }

    ConfigCase noRegion() {
        builder.remove(BuilderSettings.REGION);
        return this;
    }

    /** The text of {@code $HOME/.aws/config}. */
    ConfigCase config(String text) {
        this.config = text;
        return this;
    }

    /** The text of {@code $HOME/.aws/credentials}. */
    ConfigCase credentials(String text) {
        this.credentials = text;
        return this;
    }

    /** Another file under HOME, e.g. one that {@code AWS_CONFIG_FILE} names. */
    ConfigCase file(String relativePath, String text) {
        otherFiles.put(relativePath, text);
        return this;
    }

    /** The loopback server answers 500 InternalFailure, so attempts can be counted. */
    ConfigCase failing() {
        this.serverFails = true;
        return this;
    }

    /**
     * What the official client did: the wire summary ({@link WireLog#summary()}) and the outcome
     * ({@link ChildOutcome#summary()}).
     */
    ConfigCase expect(String wire, String outcome) {
        this.expectedWire = wire;
        this.expectedOutcome = outcome;
        return this;
    }

    /**
     * What the ecrgen client does instead, where it differs by design: a bad setting is refused at build with an
     * {@code SdkClientException} that names the setting, its value and where it came from, where the official client
     * throws whatever its parser throws. The wire must still be the official's.
     */
    ConfigCase ecrgen(String outcome) {
        this.ecrgenOutcome = outcome;
        return this;
    }

    /** The outcome a side must show: the official's, or for ecrgen its own where {@link #ecrgen} gave one. */
    String expectedOutcome(ClientSide side) {
        return side == ClientSide.ECRGEN && ecrgenOutcome != null ? ecrgenOutcome : expectedOutcome;
    }

    Map<String, String> environment() {
        return Collections.unmodifiableMap(environment);
    }

    @Override
    public String toString() {
        return name;
    }
}
