package dev.ecrgen.codegen.scan;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads one class with ASM and keeps the calls that may reach a client: {@code invokeinterface},
 * {@code invokevirtual} and {@code invokespecial} instructions, and the method handles that
 * {@code LambdaMetafactory} turns into lambdas and method references ({@code ecr::describeImages}). A call is kept
 * when its owner is a client class, or when its method name is one a client has (the owner may be the application's
 * own subtype of a client, resolved once every class is read).
 */
final class CallCollector extends ClassVisitor {
    private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";

    private final ClientCatalog catalog;
    private final List<ScannedClass.Call> calls = new ArrayList<>();
    private String name;
    private String superName;
    private List<String> interfaces = List.of();
    private String sourceFile;

    CallCollector(ClientCatalog catalog) {
        super(Opcodes.ASM9);
        this.catalog = catalog;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.name = name;
        this.superName = superName;
        this.interfaces = interfaces == null ? List.of() : List.of(interfaces);
    }

    @Override
    public void visitSource(String source, String debug) {
        this.sourceFile = source;
    }

    @Override
    public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
            String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9) {
            private int line;

            @Override
            public void visitLineNumber(int number, Label start) {
                line = number;
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String called, String calledDescriptor,
                    boolean isInterface) {
                if (opcode != Opcodes.INVOKESTATIC) {
                    keep(owner, called, method, line);
                }
            }

            @Override
            public void visitInvokeDynamicInsn(String called, String calledDescriptor, Handle bootstrap,
                    Object... arguments) {
                if (bootstrap.getOwner().equals(LAMBDA_METAFACTORY) && arguments.length > 1
                        && arguments[1] instanceof Handle target && target.getTag() != Opcodes.H_INVOKESTATIC) {
                    keep(target.getOwner(), target.getName(), method, line);
                }
            }
        };
    }

    private void keep(String owner, String called, String method, int line) {
        if (catalog.type(owner) != null || catalog.isClientMethod(called)) {
            calls.add(new ScannedClass.Call(owner, called, method, line));
        }
    }

    /** The class as read; only after ASM has visited it. */
    ScannedClass result() {
        return new ScannedClass(name, superName, interfaces, sourceFile, List.copyOf(calls));
    }
}
