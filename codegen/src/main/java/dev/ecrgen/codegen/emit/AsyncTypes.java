package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;

/** The runtime classes the generated async client refers to. */
final class AsyncTypes {
    static final ClassName ASYNC_INVOKER = ClassName.get("dev.ecrgen.runtime.client", "AsyncInvoker");
    static final ClassName ASYNC_CLIENT_BUILDER = ClassName.get("dev.ecrgen.runtime.client", "AsyncClientBuilder");
    static final ClassName ASYNC_CLIENT_SETTINGS = ClassName.get("dev.ecrgen.runtime.client", "AsyncClientSettings");

    private AsyncTypes() {}
}
