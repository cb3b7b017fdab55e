package dev.ecrgen.benchmarks.harness;

import java.util.List;
import java.util.stream.Stream;

/**
 * A client configuration under test: the program that drives it and the closure (resolved from
 * {@code benchmarks/closures/<closure>/pom.xml}) that is its whole classpath.
 *
 * @param name short key used in result files
 * @param label what the report calls it
 * @param mainClass the program run in each JVM
 * @param closure the name of the closure whose jars form the classpath
 * @param ours whether this is the generated client (the others are the comparison)
 */
public record ClientConfig(String name, String label, String mainClass, String closure, boolean ours) {

    private static final String CLIENT = "dev.ecrgen.benchmarks.client.";

    /** The generated client and the official client with each of its synchronous HTTP clients. */
    public static final List<ClientConfig> ALL = List.of(
            new ClientConfig("ecrgen", "ecrgen", CLIENT + "EcrgenMain", "ecrgen", true),
            new ClientConfig("official-url-connection", "official url-connection", CLIENT + "OfficialUrlConnectionMain",
                    "official-url-connection", false),
            new ClientConfig("official-apache", "official apache 4", CLIENT + "OfficialApacheMain", "official-apache",
                    false),
            new ClientConfig("official-default", "official apache5 (default)", CLIENT + "OfficialDefaultMain",
                    "official-default", false));

    /** The configuration with this name. */
    public static ClientConfig named(String name) {
        for (ClientConfig config : ALL) {
            if (config.name().equals(name)) {
                return config;
            }
        }
        throw new IllegalArgumentException("no client configuration named " + name);
    }

    /** {@code list} rotated by {@code round}, so no configuration always runs first or last in a round. */
    static <T> List<T> rotated(List<T> list, int round) {
        int shift = Math.floorMod(round, list.size());
        return Stream.concat(list.subList(shift, list.size()).stream(),
                list.subList(0, shift).stream()).toList();
    }
}
