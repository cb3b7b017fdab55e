package dev.ecrgen.services.ecr.config;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a side's main class in a fresh JVM: the java of {@code java.home}, this JVM's class path, only the environment
 * and system properties given (the environment starts empty), a short JIT for a quick start.
 */
final class ChildJvm {
    private static final long TIMEOUT_SECONDS = 60;

    /** What a child printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    private ChildJvm() {
    }

    static Result run(String mainClass, Map<String, String> environment, Map<String, String> systemProperties,
            List<String> args, Path workDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Xshare:auto");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        File stderrFile = workDir.resolve("child.stderr").toFile();
        builder.redirectError(stderrFile);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), stdout.join(), Files.readString(stderrFile.toPath()));
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "unreadable: " + e;
        }
    }
}
