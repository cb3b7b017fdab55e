package dev.ecrgen.services.ecr.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one case against one client side: a temporary HOME with the case's {@code .aws} files, a fresh loopback
 * server and CONNECT proxy, and a child JVM with only the case's environment (plus PATH and HOME) and system
 * properties (plus the proxy and metadata settings every child gets).
 */
final class CaseRunner {
    private CaseRunner() {
    }

    static Observation run(ClientSide side, ConfigCase c) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("ecrgen-config-case");
        WireLog log = new WireLog();
        try (RecordingServer server = new RecordingServer(log, c.serverFails);
                ConnectProxySink proxy = new ConnectProxySink(log)) {
            String endpoint = server.endpoint();
            writeFiles(home, c, endpoint);
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("PATH", "/usr/bin:/bin");
            environment.put("HOME", home.toString());
            environment.put("AWS_EC2_METADATA_DISABLED", "true");
            c.environment().forEach((k, v) -> environment.put(k, fill(v, endpoint, home)));
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("aws.disableEc2Metadata", "true");
            properties.put("https.proxyHost", "127.0.0.1");
            properties.put("https.proxyPort", Integer.toString(proxy.port()));
            properties.put("http.nonProxyHosts", "localhost|127.*|[::1]");
            c.systemProperties.forEach((k, v) -> properties.put(k, fill(v, endpoint, home)));
            List<String> args = new ArrayList<>();
            c.builder.forEach((k, v) -> args.add(k + "=" + fill(v, endpoint, home)));
            ChildJvm.Result result = ChildJvm.run(side.mainClass(), environment, properties, args, home);
            ChildOutcome outcome = ChildOutcome.parse(result.stdout());
            if (outcome == null) {
                throw new IllegalStateException(side + " printed no result for case '" + c.name + "' (exit "
                        + result.exitCode() + ")\nstdout:\n" + result.stdout() + "\nstderr:\n" + result.stderr());
            }
            String summary = Ports.mask(outcome.summary(), server.port(), proxy.port()).replace(home.toString(), "{home}");
            return new Observation(log.summary(), summary);
        } finally {
            deleteTree(home);
        }
    }

    private static void writeFiles(Path home, ConfigCase c, String endpoint) throws IOException {
        if (c.config != null) {
            write(home.resolve(".aws/config"), fill(c.config, endpoint, home));
        }
        if (c.credentials != null) {
            write(home.resolve(".aws/credentials"), fill(c.credentials, endpoint, home));
        }
        for (Map.Entry<String, String> file : c.otherFiles.entrySet()) {
            write(home.resolve(file.getKey()), fill(file.getValue(), endpoint, home));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String fill(String value, String endpoint, Path home) {
        return value.replace("{server}", endpoint).replace("{home}", home.toString());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
