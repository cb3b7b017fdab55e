package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;

/** The runtime and SDK classes generated paginators refer to. */
final class PaginatorTypes {
    static final ClassName PAGING = ClassName.get("dev.ecrgen.runtime.paginate", "Paging");
    static final ClassName PAGE_ITERABLE = ClassName.get("dev.ecrgen.runtime.paginate", "PageIterable");
    static final ClassName PAGE_PUBLISHER = ClassName.get("dev.ecrgen.runtime.paginate", "PagePublisher");
    static final ClassName FLOW_PUBLISHER = ClassName.get("dev.ecrgen.runtime.paginate", "FlowPublisher");
    static final ClassName SDK_ITERABLE = ClassName.get("software.amazon.awssdk.core.pagination.sync", "SdkIterable");

    private PaginatorTypes() {}
}
