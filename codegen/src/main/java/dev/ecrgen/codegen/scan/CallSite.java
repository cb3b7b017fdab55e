package dev.ecrgen.codegen.scan;

import java.util.Comparator;

/**
 * One place in the application that calls a client: the calling class and method with its source line, and the client
 * method it calls.
 *
 * @param callerClass binary name, e.g. {@code com.example.App} or {@code com.example.App$Worker}
 * @param callerMethod e.g. {@code run} or a lambda's {@code lambda$run$0}
 * @param sourceFile the source file the class names, or null when it was compiled without it
 * @param line the source line, or 0 when the class has no line numbers
 * @param calledType the client class the call names, e.g. {@code dev.ecrgen.services.ecr.EcrClient}
 * @param calledMethod e.g. {@code describeImagesPaginator}, or {@code <init>} for a paginator's constructor
 */
public record CallSite(String callerClass, String callerMethod, String sourceFile, int line, String calledType,
        String calledMethod) {

    /** The order of a report: by calling class, method and line. */
    public static final Comparator<CallSite> ORDER = Comparator.comparing(CallSite::callerClass)
            .thenComparing(CallSite::callerMethod)
            .thenComparingInt(CallSite::line)
            .thenComparing(CallSite::calledType)
            .thenComparing(CallSite::calledMethod);

    /** Where the call is, as a stack trace names it: {@code com.example.App.run(App.java:14)}. */
    public String where() {
        String file = sourceFile == null ? "Unknown Source" : line > 0 ? sourceFile + ":" + line : sourceFile;
        return callerClass + "." + callerMethod + "(" + file + ")";
    }

    /** What it calls: {@code EcrClient.describeImagesPaginator}, or {@code new DescribeImagesIterable}. */
    public String called() {
        String simple = calledType.substring(calledType.lastIndexOf('.') + 1);
        return calledMethod.equals("<init>") ? "new " + simple : simple + "." + calledMethod;
    }
}
