package dev.ecrgen.codegen.scan;

import dev.ecrgen.codegen.load.ModelBundle;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;

/**
 * Scans compiled classes for the operations they call on the clients of some models, the seam the command line and the
 * Maven plugin share. Every class of the inputs is read once; a call counts when it names a client class of the
 * {@link ClientCatalog}, or a class of the inputs that extends or implements one (followed through the classes the
 * inputs hold). The clients' own classes are read but their calls do not count. A class that appears twice (in two
 * inputs) counts once, as first read.
 */
public final class CodeScan {
    private static final int MAGIC = 0xCAFEBABE;

    private final ClientCatalog catalog;
    private final Map<String, ScannedClass> classes = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> clientCode = new HashSet<>();

    private CodeScan(ClientCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Scans {@code inputs} (directories of classes, class files, jars) for calls on the clients of {@code models}.
     *
     * @param packages packages the user generated clients into besides {@code dev.ecrgen.services.<service>}
     * @throws ScanException naming the input that is missing, not a class file or jar, or corrupt
     * @throws IllegalArgumentException when a package name is not valid
     */
    public static ScanResult scan(List<ModelBundle> models, List<String> packages, List<Path> inputs) {
        CodeScan scan = new CodeScan(ClientCatalog.of(models, packages));
        for (Path input : inputs) {
            ClassFiles.read(input, scan::read);
        }
        return scan.result(inputs.stream().map(Path::toString).toList());
    }

    private void read(String name, byte[] bytes) {
        if (bytes.length < 10 || readInt(bytes) != MAGIC) {
            throw new ScanException(name + ": not a class file: it does not start with 0xCAFEBABE");
        }
        try {
            ClassReader reader = new ClassReader(bytes);
            String className = reader.getClassName();
            if (classes.containsKey(className) || clientCode.contains(className)) {
                return;
            }
            if (catalog.isClientCode(className)) {
                clientCode.add(className);
                return;
            }
            CallCollector collector = new CallCollector(catalog);
            reader.accept(collector, ClassReader.SKIP_FRAMES);
            classes.put(className, collector.result());
        } catch (RuntimeException e) {
            int major = ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF);
            if (e instanceof IllegalArgumentException && isUnsupportedVersion(e)) {
                throw new ScanException(name + ": compiled for Java " + (major - 44) + " (class file version " + major
                        + "), newer than this scan reads; use a newer ecrgen");
            }
            throw new ScanException(name + ": a corrupt class file that cannot be read (" + describe(e) + ")");
        }
    }

    private static boolean isUnsupportedVersion(RuntimeException e) {
        return e.getMessage() != null && e.getMessage().startsWith("Unsupported class file");
    }

    private ScanResult result(List<String> inputs) {
        List<ResolvedCall> calls = new ArrayList<>();
        for (ScannedClass scanned : classes.values()) {
            for (ScannedClass.Call call : scanned.calls()) {
                ResolvedCall resolved = resolve(scanned, call);
                if (resolved != null) {
                    calls.add(resolved);
                }
            }
        }
        return new ScanResult(calls, catalog.services(), classes.size(), clientCode.size(), inputs, warnings);
    }

    private ResolvedCall resolve(ScannedClass scanned, ScannedClass.Call call) {
        ClientType type = catalog.type(call.owner());
        if (type != null) {
            String operation = type.operation(call.name());
            if (operation == null) {
                if (type.looksLikeOperation(call.name())) {
                    warnings.add(site(scanned, call).where() + " calls " + type.simpleName() + "."
                            + call.name() + ", which is not an operation or waiter of " + type.service().source()
                            + "; it is not in the policy (is the model older than the client?)");
                }
                return null;
            }
            return new ResolvedCall(type.service(), operation, site(scanned, call));
        }
        ClientType supertype = clientSupertype(call.owner(), call.name());
        if (supertype == null) {
            return null;
        }
        return new ResolvedCall(supertype.service(), supertype.operation(call.name()), site(scanned, call));
    }

    /** A client class among the supertypes of a scanned class that has an operation of this method name, or null. */
    private ClientType clientSupertype(String owner, String method) {
        Deque<String> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        pending.add(owner);
        while (!pending.isEmpty()) {
            String name = pending.poll();
            if (!seen.add(name)) {
                continue;
            }
            ClientType type = catalog.type(name);
            if (type != null && type.operation(method) != null && type.kind() != ClientType.Kind.PAGINATOR) {
                return type;
            }
            ScannedClass known = classes.get(name);
            if (known != null) {
                if (known.superName() != null) {
                    pending.add(known.superName());
                }
                pending.addAll(known.interfaces());
            }
        }
        return null;
    }

    private static CallSite site(ScannedClass scanned, ScannedClass.Call call) {
        return new CallSite(scanned.name().replace('/', '.'), call.callerMethod(), scanned.sourceFile(), call.line(),
                call.owner().replace('/', '.'), call.name());
    }

    private static int readInt(byte[] bytes) {
        return ((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
    }

    private static String describe(RuntimeException e) {
        if (e instanceof IndexOutOfBoundsException) {
            // a read past the end: said in the file's terms, since a JVM may drop the message of a hot exception
            return "it ends before the structure it declares";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }

    /** A call site with the service and operation it calls. */
    record ResolvedCall(ServiceMethods service, String operation, CallSite site) {
        String action() {
            return service.action(operation);
        }
    }
}
