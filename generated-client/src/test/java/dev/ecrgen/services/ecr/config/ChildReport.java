package dev.ecrgen.services.ecr.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * The child side of the harness: builds a client, makes one call and prints one line saying what happened, which
 * {@link ChildOutcome#parse} reads back in the parent. Every failure is caught and printed, never thrown.
 */
final class ChildReport {
    static final String PREFIX = "config-case-result\t";

    /** Builds the client from the case's builder settings. */
    interface Build {
        AutoCloseable build() throws Exception;
    }

    /** Makes the case's one call. */
    interface Call {
        void call(AutoCloseable client) throws Exception;
    }

    private ChildReport() {
    }

    static void run(Build build, Call call) {
        AutoCloseable client;
        try {
            client = build.build();
        } catch (Throwable e) {
            print("build", e);
            return;
        }
        try (AutoCloseable closing = client) {
            call.call(closing);
            System.out.println(PREFIX + "call\tok\t-\t-");
        } catch (Throwable e) {
            print("call", e);
        }
        System.out.flush();
    }

    private static void print(String phase, Throwable e) {
        StringBuilder line = new StringBuilder(PREFIX).append(phase).append('\t');
        if (e instanceof SdkServiceException) {
            line.append("service\t").append(e.getClass().getSimpleName()).append('\t')
                    .append(((SdkServiceException) e).statusCode());
        } else if (causedByIo(e)) {
            line.append("io\t").append(e.getClass().getSimpleName()).append("\t-");
        } else {
            line.append("client\t").append(e.getClass().getSimpleName()).append('\t').append(escape(e.getMessage()));
        }
        System.out.println(line);
        System.out.flush();
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String message) {
        if (message == null) {
            return "null";
        }
        return message.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
