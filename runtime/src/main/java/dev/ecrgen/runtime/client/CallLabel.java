package dev.ecrgen.runtime.client;

/** Names a call in failure messages, e.g. {@code Ecr ListImages}; never includes credentials or signatures. */
final class CallLabel {

    private final String serviceName;
    private final String operationName;

    CallLabel(String serviceName, String operationName) {
        this.serviceName = serviceName;
        this.operationName = operationName;
    }

    String transportMessage(Throwable cause) {
        return start("Unable to execute HTTP request for ").append(": ").append(describe(cause)).toString();
    }

    String marshallMessage(Throwable cause) {
        return start("Unable to write the request of ").append(": ").append(describe(cause)).toString();
    }

    String responseMessage(Throwable cause) {
        return start("Unable to read the response of ").append(": ").append(describe(cause)).toString();
    }

    String errorResponseMessage(int status, Throwable cause) {
        return start("Unable to read the error response of ").append(" (HTTP ").append(status).append("): ")
                .append(describe(cause)).toString();
    }

    String timeoutMessage(String what, String setting, long limitNanos) {
        return new StringBuilder(128).append("The ").append(serviceName).append(' ').append(operationName)
                .append(' ').append(what).append(" did not complete within ").append(setting).append(" (")
                .append(limitNanos / 1_000_000L).append(" ms)").toString();
    }

    String interruptedMessage() {
        return start("Interrupted while waiting to retry ").toString();
    }

    String credentialsMessage(Throwable cause) {
        return start("Unable to load credentials for ").append(": ").append(describe(cause)).toString();
    }

    /** The service and operation, e.g. {@code Ecr ListImages}. */
    @Override
    public String toString() {
        return serviceName + ' ' + operationName;
    }

    private StringBuilder start(String text) {
        return new StringBuilder(128).append(text).append(serviceName).append(' ').append(operationName);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isEmpty() ? cause.getClass().getSimpleName() : message;
    }
}
