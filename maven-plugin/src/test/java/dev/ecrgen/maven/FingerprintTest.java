package dev.ecrgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
    @TempDir
    Path dir;

    private static ModelInputs inputs(String model, String paginators) {
        return new ModelInputs(ModelInput.of("service-2.json", model.getBytes(StandardCharsets.UTF_8)),
                paginators == null ? ModelInput.absent("paginators-1.json")
                        : ModelInput.of("paginators-1.json", paginators.getBytes(StandardCharsets.UTF_8)),
                ModelInput.absent("waiters-2.json"));
    }

    private static GenerateRequest request(String basePackage, List<String> operations) {
        return new GenerateRequest(new ModelSource.File(Path.of("service-2.json")), null, null, basePackage,
                Path.of("out"), operations);
    }

    @Test
    void writtenFingerprintReadsBackEqual() {
        Fingerprint fingerprint = Fingerprint.of(inputs("{}", "{}"), request("a.b", List.of("B", "A")), "gen 1");
        fingerprint.write(dir);
        assertEquals(fingerprint, Fingerprint.read(dir).orElseThrow());
        assertEquals("A,B", fingerprint.entry("operations").orElseThrow(), "the allow-list is stored sorted");
        assertEquals("absent", fingerprint.entry("waiters").orElseThrow());
    }

    @Test
    void storedFileCarriesTheFormatVersion() throws IOException {
        Fingerprint.of(inputs("{}", null), request(null, List.of()), "gen 1").write(dir);
        List<String> lines = Files.readAllLines(dir.resolve(Fingerprint.FILE_NAME));
        assertEquals("format=" + Fingerprint.FORMAT, lines.get(1));
        assertEquals("endpointRules=absent", lines.get(6));
        assertEquals("basePackage=(default)", lines.get(7));
        assertEquals("operations=(all)", lines.get(8));
    }

    @Test
    void orderOfTheAllowListDoesNotMatter() {
        assertEquals(Fingerprint.of(inputs("{}", null), request(null, List.of("A", "B")), "g"),
                Fingerprint.of(inputs("{}", null), request(null, List.of("B", "A")), "g"));
    }

    @Test
    void changesAreDescribedOnePerEntry() {
        Fingerprint before = Fingerprint.of(inputs("{}", null), request("a.b", List.of()), "g");
        Fingerprint after = Fingerprint.of(inputs("{ }", "{}"), request("a.c", List.of("X")), "g");
        assertEquals(List.of("the model changed", "paginators file appeared", "basePackage changed from a.b to a.c",
                "operations changed from (all) to X"), after.changesSince(before));
        assertEquals(List.of(), after.changesSince(after));
    }

    @Test
    void anyChangedByteOfTheModelIsAChange() {
        Fingerprint before = Fingerprint.of(inputs("{\"a\": 1}", null), request(null, List.of()), "g");
        Fingerprint after = Fingerprint.of(inputs("{\"a\": 2}", null), request(null, List.of()), "g");
        assertEquals(List.of("the model changed"), after.changesSince(before));
        assertTrue(before.entry("model").orElseThrow().matches("crc32-adler32:[0-9a-f]{16}/8"),
                before.entry("model").orElseThrow());
    }

    @Test
    void anotherFormatNeverMatches() throws IOException {
        Fingerprint current = Fingerprint.of(inputs("{}", null), request(null, List.of()), "g");
        current.write(dir);
        Path file = dir.resolve(Fingerprint.FILE_NAME);
        Files.writeString(file, Files.readString(file).replace("format=" + Fingerprint.FORMAT, "format=1"));
        Fingerprint stored = Fingerprint.read(dir).orElseThrow();
        assertEquals(List.of("the stored fingerprint has format 1, this build writes format " + Fingerprint.FORMAT),
                current.changesSince(stored));
    }

    @Test
    void missingFileReadsAsNoFingerprint() {
        assertTrue(Fingerprint.read(dir.resolve("nothing")).isEmpty());
    }
}
