package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.ecrgen.codegen.c2j.Paginator;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Emits the paginators of a paginated operation, shaped like the AWS SDK's: {@code DescribeImagesIterable} (a lazy
 * {@code SdkIterable} of pages for the sync client) and {@code DescribeImagesPublisher} (a back-pressured
 * {@code Flow.Publisher} of pages for the async client), each with one item view per result key, and the
 * {@code describeImagesPaginator} methods of the client interfaces. The generated classes only say how this
 * operation pages; the runtime does the iterating.
 */
final class PaginatorEmitter {
    private final EmitContext context;
    private final Names names;

    PaginatorEmitter(EmitContext context) {
        this.context = context;
        this.names = context.names();
    }

    JavaFile iterable(PaginatorPlan plan) {
        ClassName name = names.paginatorClass(plan.operation());
        ClassName client = names.client();
        TypeName pages = ParameterizedTypeName.get(PaginatorTypes.PAGE_ITERABLE, plan.request(), plan.response());
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(PaginatorTypes.SDK_ITERABLE, plan.response()))
                .addJavadoc("The pages of {@link $T#$N($T)},\nfetched lazily: no call is made until iteration starts,"
                        + " and each further page is only fetched when the previous\none has been consumed. Every"
                        + " iteration starts again from the first request.\n", client,
                        names.operationMethod(plan.operation()), plan.request())
                .addJavadoc(pagingDoc(plan.paginator()));
        suppress(type, plan);
        type.addField(pagingField(plan));
        type.addField(pages, "pages", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(constructor(name, client, plan, PaginatorTypes.PAGE_ITERABLE, "PAGING"));
        type.addMethod(MethodSpec.methodBuilder("iterator")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Iterator.class), plan.response()))
                .addStatement("return pages.iterator()")
                .build());
        for (PaginatorPlan.ItemView view : plan.views()) {
            type.addMethod(itemView(view, PaginatorTypes.SDK_ITERABLE, "lazily"));
        }
        return context.file(name.packageName(), type);
    }

    JavaFile publisher(PaginatorPlan plan) {
        ClassName name = names.paginatorPublisherClass(plan.operation());
        ClassName client = names.asyncClient();
        TypeName pages = ParameterizedTypeName.get(PaginatorTypes.PAGE_PUBLISHER, plan.request(), plan.response());
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(PaginatorTypes.FLOW_PUBLISHER, plan.response()))
                .addJavadoc("The pages of {@link $T#$N($T)},\nas a publisher with back-pressure: a page is only"
                        + " requested from the service when the subscriber has demand,\none at a time. Every"
                        + " subscription starts again from the first request.\n", client,
                        names.operationMethod(plan.operation()), plan.request())
                .addJavadoc(pagingDoc(plan.paginator()));
        suppress(type, plan);
        type.addField(pages, "pages", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(constructor(name, client, plan, PaginatorTypes.PAGE_PUBLISHER,
                names.paginatorClass(plan.operation()).simpleName() + ".PAGING"));
        type.addMethod(MethodSpec.methodBuilder("subscribe")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Flow.Subscriber.class),
                        WildcardTypeName.supertypeOf(plan.response())), "subscriber")
                .addStatement("pages.subscribe(subscriber)")
                .build());
        for (PaginatorPlan.ItemView view : plan.views()) {
            type.addMethod(itemView(view, PaginatorTypes.FLOW_PUBLISHER, "with back-pressure counted in items"));
        }
        return context.file(name.packageName(), type);
    }

    /** The {@code xPaginator} methods of the sync ({@code async == false}) or async client interface. */
    List<MethodSpec> clientMethods(PaginatorPlan plan, boolean async, boolean noRequiredInput, boolean deprecated) {
        ClassName paginator = async ? names.paginatorPublisherClass(plan.operation())
                : names.paginatorClass(plan.operation());
        String method = names.paginatorMethod(plan.operation());
        String operation = names.operationMethod(plan.operation());
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(deprecate(MethodSpec.methodBuilder(method), deprecated)
                .addJavadoc("Pages through {@link #$N($T)}$L; nothing is sent until the pages are $L.\n", operation,
                        plan.request(), itemsDoc(plan), async ? "subscribed to" : "iterated")
                .addJavadoc("\n@param request the request for the first page\n@return the pages\n")
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(paginator)
                .addParameter(plan.request(), "request")
                .addStatement("return new $T(this, request)", paginator)
                .build());
        methods.add(deprecate(MethodSpec.methodBuilder(method), deprecated)
                .addJavadoc("Like {@link #$N($T)}, with the first request filled in by a builder.\n", method,
                        plan.request())
                .addJavadoc("\n@param request fills in a new request builder\n@return the pages\n")
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(paginator)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class),
                        plan.request().nestedClass("Builder")), "request")
                .addStatement("return $N($T.apply($T.builder(), request).build())", method, RuntimeTypes.BUILDERS,
                        plan.request())
                .build());
        if (noRequiredInput) {
            methods.add(deprecate(MethodSpec.methodBuilder(method), deprecated)
                    .addJavadoc("Like {@link #$N($T)}, starting from an empty request.\n", method, plan.request())
                    .addJavadoc("\n@return the pages\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .returns(paginator)
                    .addStatement("return $N($T.builder().build())", method, plan.request())
                    .build());
        }
        return methods;
    }

    private FieldSpec pagingField(PaginatorPlan plan) {
        FieldSpec.Builder field = FieldSpec.builder(ParameterizedTypeName.get(PaginatorTypes.PAGING, plan.request(),
                        plan.response(), plan.tokenType()), "PAGING", Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("How $L pages; shared with the async publisher.\n", JavadocText.plain(plan.operation()))
                .initializer(plan.paging());
        if (plan.uncheckedCasts()) {
            field.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked").build());
        }
        return field.build();
    }

    private MethodSpec constructor(ClassName name, ClassName client, PaginatorPlan plan, ClassName pages,
            String paging) {
        return MethodSpec.constructorBuilder()
                .addJavadoc("Creates the pages of one paginated call; nothing is sent yet.\n")
                .addJavadoc("\n@param client the client that sends the calls\n"
                        + "@param firstRequest the request for the first page\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(client, "client")
                .addParameter(plan.request(), "firstRequest")
                .beginControlFlow("if (client == null)")
                .addStatement("throw new $T($S)", IllegalArgumentException.class,
                        name.simpleName() + " needs a client, got null")
                .endControlFlow()
                .addStatement("this.pages = new $T<>($L, client::$N, firstRequest)", pages, paging,
                        names.operationMethod(plan.operation()))
                .build();
    }

    private static MethodSpec itemView(PaginatorPlan.ItemView view, ClassName container, String how) {
        return MethodSpec.methodBuilder(view.method())
                .addJavadoc("The $L of every page, in order, fetched $L.\n", view.map() ? "entries of {@code "
                        + JavadocText.plain(view.resultKey()) + "}" : "{@code " + JavadocText.plain(view.resultKey())
                        + "} items", how)
                .addJavadoc("\n@return the $L across all pages\n", view.map() ? "entries" : "items")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(container, view.itemType()))
                .addStatement(view.extractor().toString().contains("->") ? "return pages.$N(\n$L)"
                        : "return pages.$N($L)", view.map() ? "entries" : "items", view.extractor())
                .build();
    }

    private static CodeBlock pagingDoc(Paginator paginator) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("\n<p>Each page's {@code $L} goes into the next request; paging ends at a page without one and"
                        + " fails, naming the\noperation, at a page that hands back the token that requested it.\n",
                        JavadocText.plain(String.join(", ", paginator.outputToken())));
        if (paginator.limitKey() != null) {
            doc.add("The first request's {@code $L} limits every page.\n", JavadocText.plain(paginator.limitKey()));
        }
        if (!paginator.nonAggregateKeys().isEmpty()) {
            doc.add("These members are the same on every page and are read from any page rather than collected:"
                    + " {@code $L}.\n", JavadocText.plain(String.join(", ", paginator.nonAggregateKeys())));
        }
        return doc.build();
    }

    private static String itemsDoc(PaginatorPlan plan) {
        if (plan.views().isEmpty()) {
            return "";
        }
        List<String> methods = new ArrayList<>();
        for (PaginatorPlan.ItemView view : plan.views()) {
            methods.add("{@code " + view.method() + "()}");
        }
        return ", a page at a time or, through " + String.join(" and ", methods) + ", an item at a time";
    }

    private static void suppress(TypeSpec.Builder type, PaginatorPlan plan) {
        if (plan.deprecatedUsed()) {
            type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation").build());
        }
    }

    private static MethodSpec.Builder deprecate(MethodSpec.Builder method, boolean deprecated) {
        return deprecated ? method.addAnnotation(Deprecated.class) : method;
    }
}
