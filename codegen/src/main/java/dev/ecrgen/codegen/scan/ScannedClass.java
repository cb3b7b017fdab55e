package dev.ecrgen.codegen.scan;

import java.util.List;

/**
 * What the scan keeps of one class: its place in the type hierarchy, and the calls it makes that may reach a client
 * (on a client class, or of a method name some client has, to be resolved through the hierarchy later).
 *
 * @param name the internal name, e.g. {@code com/example/App}
 */
record ScannedClass(String name, String superName, List<String> interfaces, String sourceFile, List<Call> calls) {

    /** One call instruction or method reference: the owner and name it names, where it is. */
    record Call(String owner, String name, String callerMethod, int line) {}
}
