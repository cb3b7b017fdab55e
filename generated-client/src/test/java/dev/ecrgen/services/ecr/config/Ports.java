package dev.ecrgen.services.ecr.config;

/** Writes the test's own port numbers as {@code {port}} so that observations compare across runs. */
final class Ports {
    private Ports() {
    }

    static String mask(String text, int... ports) {
        if (text == null) {
            return "null";
        }
        String masked = text;
        for (int port : ports) {
            masked = masked.replace(":" + port, ":{port}");
        }
        return masked;
    }
}
