package dev.ecrgen.maven;

import dev.ecrgen.codegen.policy.AllowedActions;
import dev.ecrgen.codegen.scan.CodeScan;
import dev.ecrgen.codegen.scan.ScanException;
import dev.ecrgen.codegen.scan.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The {@code policy} goal without Maven's plumbing: scan the classes for client calls ({@link CodeScan}, as the
 * command line does), log what was found, write the policy (only when its bytes change), and compare it with the
 * checked-in policy when asked.
 */
final class PolicyRun {
    private final Log log;

    PolicyRun(Log log) {
        this.log = log;
    }

    /**
     * Runs the request and returns the scan's result.
     *
     * @throws MojoFailureException when an input cannot be read, or the checked-in policy lacks an action the code needs
     */
    ScanResult run(PolicyRequest request) throws MojoFailureException {
        AllowedActions checkedIn = request.failOnNew() == null ? null : readPolicy(request.failOnNew());
        ScanResult result;
        try {
            result = CodeScan.scan(request.models(), request.packages(), request.inputs());
        } catch (ScanException e) {
            throw new MojoFailureException("ecrgen: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("ecrgen: <basePackages>: " + e.getMessage());
        }
        if (request.report()) {
            result.report().forEach(line -> log.info("ecrgen: " + line));
        }
        result.warnings().forEach(warning -> log.warn("ecrgen: " + warning));
        log.info("ecrgen: " + result.summary());
        List<String> actions = result.policy().actions();
        if (!actions.isEmpty()) {
            log.info("ecrgen: the code calls " + String.join(", ", actions));
        }
        write(request.policyFile(), result.policy().toText());
        if (checkedIn != null) {
            List<String> missing = checkedIn.missing(actions);
            if (!missing.isEmpty()) {
                throw new MojoFailureException("ecrgen: the code needs " + missing.size()
                        + (missing.size() == 1 ? " action that " : " actions that ") + request.failOnNew()
                        + " does not allow:\n  " + String.join("\n  ", result.describeCalls(missing))
                        + "\nAdd " + (missing.size() == 1 ? "it" : "them") + " to that policy (the policy the code "
                        + "needs is in " + request.policyFile() + ") or remove the calls.");
            }
            log.info("ecrgen: " + request.failOnNew() + " allows every action the code calls");
        }
        return result;
    }

    private static AllowedActions readPolicy(Path file) throws MojoFailureException {
        byte[] json;
        try {
            json = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MojoFailureException("ecrgen: <failOnNew> " + file + ": no such file; name the checked-in IAM "
                    + "policy to compare with");
        } catch (IOException e) {
            throw new MojoFailureException("ecrgen: <failOnNew> " + file + ": cannot be read: " + e.getMessage());
        }
        try {
            return AllowedActions.parse(json, file.toString());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("ecrgen: <failOnNew> " + e.getMessage());
        }
    }

    private void write(Path file, String text) throws MojoFailureException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                log.info("ecrgen: " + file + " is up to date");
                return;
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
            log.info("ecrgen: wrote " + file);
        } catch (IOException e) {
            throw new MojoFailureException("ecrgen: cannot write the policy to " + file + ": " + e.getMessage());
        }
    }
}
