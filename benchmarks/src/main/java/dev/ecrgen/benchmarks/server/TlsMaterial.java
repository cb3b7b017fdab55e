package dev.ecrgen.benchmarks.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed RSA-2048 certificate for 127.0.0.1, made with the JDK's {@code keytool}, and a trust store that both
 * clients are pointed at: a copy of the JDK's own {@code cacerts} with the certificate added, so a client pays for
 * loading the usual trust anchors just as it would against a real endpoint.
 */
public final class TlsMaterial {

    private static final String PASSWORD = "changeit";

    private final Path keyStore;
    private final Path trustStore;

    private TlsMaterial(Path keyStore, Path trustStore) {
        this.keyStore = keyStore;
        this.trustStore = trustStore;
    }

    /** Creates the key and trust stores in {@code directory} unless they are already there. */
    public static TlsMaterial in(Path directory) {
        Path keyStore = directory.resolve("loopback-server.p12");
        Path trustStore = directory.resolve("loopback-trust.p12");
        if (!Files.isRegularFile(keyStore) || !Files.isRegularFile(trustStore)) {
            create(directory, keyStore, trustStore);
        }
        return new TlsMaterial(keyStore, trustStore);
    }

    private static void create(Path directory, Path keyStore, Path trustStore) {
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(keyStore);
            Files.deleteIfExists(trustStore);
            Path certificate = directory.resolve("loopback-server.cer");
            Files.deleteIfExists(certificate);
            keytool("-genkeypair", "-alias", "loopback", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                    "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool("-exportcert", "-alias", "loopback", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                    "-file", certificate.toString());
            Path cacerts = Paths.get(System.getProperty("java.home"), "lib", "security", "cacerts");
            Files.copy(cacerts, trustStore, StandardCopyOption.REPLACE_EXISTING);
            trustStore.toFile().setWritable(true);
            keytool("-importcert", "-noprompt", "-alias", "ecrgen-loopback", "-file", certificate.toString(),
                    "-keystore", trustStore.toString(), "-storepass", PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the loopback TLS stores in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException("keytool " + args[0] + " failed: " + output.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool", e);
        }
    }

    /** The server side: an SSL context presenting the certificate. */
    public SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the loopback key store " + keyStore + ": " + e.getMessage(), e);
        }
    }

    /** The JVM options that make a client trust the certificate (and the JDK's usual anchors). */
    public List<String> clientJvmOptions() {
        return List.of("-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=" + PASSWORD);
    }
}
