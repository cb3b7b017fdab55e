package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;

/** The runtime and SDK classes generated waiters refer to. */
final class WaiterTypes {
    static final ClassName ACCEPTOR = ClassName.get("dev.ecrgen.runtime.waiter", "Acceptor");
    static final ClassName WAITER_DEFINITION = ClassName.get("dev.ecrgen.runtime.waiter", "WaiterDefinition");
    static final ClassName WAITER_RUNNER = ClassName.get("dev.ecrgen.runtime.waiter", "WaiterRunner");
    static final ClassName ASYNC_WAITER_RUNNER = ClassName.get("dev.ecrgen.runtime.waiter", "AsyncWaiterRunner");
    static final ClassName WAITER_RESPONSE = ClassName.get("software.amazon.awssdk.core.waiters", "WaiterResponse");
    static final ClassName WAITER_STATE = ClassName.get("software.amazon.awssdk.core.waiters", "WaiterState");
    static final ClassName WAITER_OVERRIDE =
            ClassName.get("software.amazon.awssdk.core.waiters", "WaiterOverrideConfiguration");
    static final ClassName SDK_AUTO_CLOSEABLE = ClassName.get("software.amazon.awssdk.utils", "SdkAutoCloseable");

    private WaiterTypes() {}
}
