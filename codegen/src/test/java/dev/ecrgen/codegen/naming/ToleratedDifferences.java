package dev.ecrgen.codegen.naming;

import static dev.ecrgen.codegen.naming.ApiDifference.Kind.EXTRA_CLASS;
import static dev.ecrgen.codegen.naming.ApiDifference.Kind.EXTRA_METHOD;
import static dev.ecrgen.codegen.naming.ApiDifference.Kind.MISSING_CLASS;
import static dev.ecrgen.codegen.naming.ApiDifference.Kind.MISSING_METHOD;
import static dev.ecrgen.codegen.naming.ApiDifference.Kind.RETURN_TYPE;

import dev.ecrgen.codegen.naming.ApiDifference.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The differences from the official API that {@link OfficialNamesTest} accepts: none is a name the model or the
 * client API defines. Each entry says why it is tolerated; an entry that no difference uses any more fails the test,
 * so the list only shrinks (the convenience API entries go as the methods land).
 */
final class ToleratedDifferences {
    /** Model classes: structures, requests, responses and exceptions, top-level or builder. */
    private static final String MODEL = "model\\.[A-Za-z0-9]+";
    private static final String MODEL_OR_BUILDER = MODEL + "(\\.Builder)?";
    private static final String REQUEST = "model\\.[A-Za-z0-9]+Request";
    private static final String RESPONSE = "model\\.[A-Za-z0-9]+Response";
    private static final String EXCEPTION = "model\\.[A-Za-z0-9]+Exception";
    private static final String CLIENT = "[A-Za-z0-9]+Client";
    private static final String PUBLISHER = "paginators\\.[A-Za-z0-9]+Publisher";

    private final List<Rule> rules = new ArrayList<>();

    ToleratedDifferences() {
        // Inherited builder setters return the concrete builder in ecrgen (a covariant return, so a chain keeps its
        // type), where the AWS SDK's return the base builder that declares them; code written for either compiles.
        rule("inherited builder setters return the concrete builder (covariant), the AWS SDK's the declaring base's",
                RETURN_TYPE, MODEL + "(\\.Builder)?",
                "(responseMetadata\\(AwsResponseMetadata\\)|sdkHttpResponse\\(SdkHttpResponse\\)|clockSkew\\(Duration\\)"
                        + "|toBuilder\\(\\)|overrideConfiguration\\((AwsRequestOverrideConfiguration"
                        + "|Consumer<AwsRequestOverrideConfiguration\\.Builder>)\\))");

        // The AWS SDK's own plumbing, which ecrgen's lean classes do without: reflection over fields (SdkPojo),
        // serialization through builder classes, and the getters and bean methods of its builder implementations.
        rule("SdkPojo plumbing of the AWS SDK's model classes (field reflection and serializable builders)",
                MISSING_METHOD, MODEL_OR_BUILDER,
                "(sdkFields\\(\\)|sdkFieldNameToField\\(\\)|equalsBySdkFields\\(Object\\)|getValueForField\\(String, Class<T>\\)"
                        + "|serializableBuilderClass\\(\\))");
        rule("bean-style getters and setters, and withAttemptCount, that ecrgen's exceptions and their builders inherit"
                + " from the AWS SDK's SdkServiceException and its BuilderImpl", EXTRA_METHOD, EXCEPTION + "(\\.Builder)?",
                "(get|set)(Cause|ExtendedRequestId|Message|NumAttempts|RequestId|StatusCode|WritableStackTrace|AttemptCount)"
                        + "\\([A-Za-z]*\\)|withAttemptCount\\(int\\)");
        rule("return types of exception plumbing: toBuilder() and serializableBuilderClass() come from the AWS SDK's"
                + " SdkServiceException, sdkFields() from its BuilderImpl, extendedRequestId(String) is narrower in"
                + " ecrgen, and the base exception builder's build() returns the service exception",
                RETURN_TYPE, EXCEPTION + "(\\.Builder)?",
                "(toBuilder\\(\\)|serializableBuilderClass\\(\\)|sdkFields\\(\\)|extendedRequestId\\(String\\)|build\\(\\))");
        rule("the builder every modeled exception's builder extends (ecrgen's way to type the inherited setters)",
                EXTRA_CLASS, "model\\.[A-Za-z0-9]+Exception\\.ModeledBuilder", "");
        rule("equals(), hashCode() and toString() of the endpoint parameters (ecrgen's are values)",
                EXTRA_METHOD, "endpoints\\.[A-Za-z0-9]+EndpointParams", "(equals\\(Object\\)|hashCode\\(\\)|toString\\(\\))");
        rule("regionId() of the endpoint parameters: the region's id, which ecrgen's compiled rule sets read",
                EXTRA_METHOD, "endpoints\\.[A-Za-z0-9]+EndpointParams", "regionId\\(\\)");

        // Setters of members whose values are collections of collections (a list of maps, a map of lists): the AWS
        // SDK takes wildcard types (Collection<? extends Map<String, ? extends Collection<String>>>), ecrgen the
        // exact ones (Collection<Map<String, List<String>>>). The names agree; the parameter types are
        // BuilderEmitter's, being aligned with the AWS SDK's.
        parameterTypes("setters of nested collections: the AWS SDK's parameter types have wildcards, ecrgen's do not",
                MODEL + "\\.Builder",
                "[a-z][A-Za-z0-9]*\\((Collection<(\\? extends )?(Map|Collection|List)<.*>>"
                        + "|Map<[A-Za-z0-9]+, (\\? extends )?(Collection|List)<.*>>"
                        + "|(Map|Collection|List)<.*>\\.\\.\\.)\\)");

        // Async paginators are java.util.concurrent.Flow publishers: the runtime has no Reactive Streams dependency.
        rule("async paginators: Flow.Subscriber instead of Reactive Streams' Subscriber, and none of SdkPublisher's"
                + " operators", Set.of(MISSING_METHOD, EXTRA_METHOD), PUBLISHER,
                "(subscribe|map|filter|limit|buffer|flatMapIterable|doAfterOnError|doAfterOnComplete|doAfterOnCancel"
                        + "|addTrailingData)\\(.*\\)");
        rule("async paginators: item views are FlowPublisher, not SdkPublisher", RETURN_TYPE, PUBLISHER,
                "[a-z][A-Za-z0-9]*\\(\\)");

        // Client overloads without arguments: the AWS SDK generates them only for the operations its per-service
        // customization lists (verifiedSimpleMethods); ecrgen for every operation whose input requires nothing.
        rule("no-argument overloads of operations and paginators that the AWS SDK's customization does not list",
                EXTRA_METHOD, CLIENT, "[a-z][A-Za-z0-9]*\\(\\)");

        officialInputs();
    }

    /**
     * Where the official jars are built from other inputs than ours: the AWS SDK keeps its own copies of the models,
     * paginators and customizations, which differ from botocore's in these places. None of them is a naming rule:
     * the classes and methods both sides have are named alike.
     */
    private void officialInputs() {
        paginators("dynamodb", EXTRA_CLASS, "ListBackups|ListTagsOfResource",
                "botocore's paginators-1.json has them, the AWS SDK's copy does not");
        paginators("dynamodb", MISSING_CLASS, "BatchGetItem|ListContributorInsights|ListExports|ListImports",
                "the AWS SDK adds them from its own paginators files; botocore's paginators-1.json lacks them");
        paginators("kinesis", EXTRA_CLASS, "DescribeStream|ListShards",
                "botocore's paginators-1.json has them, the AWS SDK's copy does not");
        paginators("codedeploy", EXTRA_CLASS, "ListDeploymentTargets|ListGitHubAccountTokenNames|ListOnPremisesInstances",
                "botocore's paginators-1.json has them, the AWS SDK's copy (2.40.2) does not");
        paginators("eventbridge", EXTRA_CLASS, "ListRuleNamesByTarget|ListRules|ListTargetsByRule",
                "botocore's paginators-1.json has them, the AWS SDK's copy does not");
        rule("kinesis", "ListStreamConsumers' item view consumers(): the AWS SDK's paginators-1.json has no result key"
                + " for it", Set.of(EXTRA_METHOD), "paginators\\.ListStreamConsumers(Iterable|Publisher)", "consumers\\(\\)");
        rule("ssm", "the parameters() item view of DescribeParameters, GetParameterHistory and GetParametersByPath:"
                + " the AWS SDK's paginators-1.json has no result key for them", Set.of(EXTRA_METHOD),
                "paginators\\.(DescribeParameters|GetParameterHistory|GetParametersByPath)(Iterable|Publisher)",
                "parameters\\(\\)");
        String deprecatedOperations = "BatchGetDeploymentInstances|GetDeploymentInstance|ListDeploymentInstances"
                + "|SkipWaitTimeForInstanceTermination";
        rule("codedeploy", "operations and shapes the AWS SDK's customization drops as deprecated (deprecatedOperations,"
                + " deprecatedShapes), with what only they use", Set.of(EXTRA_CLASS),
                "model\\.((" + deprecatedOperations + ")(Request|Response)|InstanceDoesNotExistException"
                        + "|InstanceIdRequiredException|InstanceStatus|InstanceSummary|InstanceType)(\\.Builder)?", "");
        rule("codedeploy", "client methods of the operations the AWS SDK's customization drops as deprecated",
                Set.of(EXTRA_METHOD), CLIENT, "(batchGetDeploymentInstances|getDeploymentInstance"
                        + "|listDeploymentInstances|listDeploymentInstancesPaginator|skipWaitTimeForInstanceTermination)"
                        + "\\(.*\\)");
        rule("codedeploy", "the paginator of ListDeploymentInstances, which the AWS SDK's customization drops as"
                + " deprecated", Set.of(EXTRA_CLASS), "paginators\\.ListDeploymentInstances(Iterable|Publisher)", "");
        rule("dynamodb", "AttributeValue is a union in the AWS SDK's copy of the model (Type, type() and the fromXxx and"
                + " createXxx factories); botocore's model does not mark it", Set.of(MISSING_CLASS, MISSING_METHOD),
                "model\\.AttributeValue(\\.Type)?", "|type\\(\\)|(from|create)[A-Z][A-Za-z]*\\(.*\\)");
        rule("sqs", "SqsClientContextParams: a client context parameter the AWS SDK's customization adds"
                + " (customClientContextParams)", Set.of(MISSING_CLASS), "endpoints\\.SqsClientContextParams", "");
        rule("sqs", "batchManager(): the AWS SDK's hand-written automatic batching for SQS", Set.of(MISSING_METHOD),
                CLIENT, "batchManager\\(\\)");
        rule("kinesis", "extendedRequestId() of KinesisResponseMetadata: the AWS SDK's customization adds it"
                + " (customResponseMetadata)", Set.of(MISSING_METHOD), "model\\.KinesisResponseMetadata",
                "extendedRequestId\\(\\)");
    }

    /** The paginator classes of the operations, and the client methods that return them. */
    private void paginators(String service, Kind classKind, String operations, String reason) {
        String methods = java.util.Arrays.stream(operations.split("\\|"))
                .map(op -> Character.toLowerCase(op.charAt(0)) + op.substring(1))
                .collect(java.util.stream.Collectors.joining("|"));
        rule(service, "paginators: " + reason, Set.of(classKind), "paginators\\.(" + operations + ")(Iterable|Publisher)",
                "");
        rule(service, "client methods of those paginators: " + reason,
                Set.of(classKind == EXTRA_CLASS ? EXTRA_METHOD : MISSING_METHOD), CLIENT,
                "(" + methods + ")Paginator\\(.*\\)");
    }

    /** Whether a difference is tolerated; marks the entry that tolerates it as used. */
    boolean tolerates(ApiDifference difference) {
        for (Rule rule : rules) {
            if (rule.matches(difference)) {
                rule.used = true;
                return true;
            }
        }
        return false;
    }

    /** Entries that tolerated nothing: the difference is gone, so the entry must go too. */
    List<String> unused() {
        return rules.stream().filter(rule -> !rule.used).map(rule -> rule.reason).toList();
    }

    /**
     * Missing and extra methods whose names the other side has too: only their parameter types differ. A wrong name
     * is never tolerated here, since the other side would have no method of that name.
     */
    private void parameterTypes(String reason, String className, String member) {
        Rule rule = new Rule(reason, EnumSet.of(MISSING_METHOD, EXTRA_METHOD), Pattern.compile(".*"),
                Pattern.compile(className), Pattern.compile(member));
        rule.nameShared = true;
        rules.add(rule);
    }

    private void rule(String reason, Kind kind, String className, String member) {
        rule(reason, Set.of(kind), className, member);
    }

    private void rule(String reason, Set<Kind> kinds, String className, String member) {
        rules.add(new Rule(reason, EnumSet.copyOf(kinds), Pattern.compile(".*"), Pattern.compile(className),
                Pattern.compile(member)));
    }

    private void rule(String service, String reason, Set<Kind> kinds, String className, String member) {
        rules.add(new Rule(reason, EnumSet.copyOf(kinds), Pattern.compile(service), Pattern.compile(className),
                Pattern.compile(member)));
    }

    /** One entry: which kinds of difference, where (regular expressions over whole names), and why. */
    private static final class Rule {
        final String reason;
        final Set<Kind> kinds;
        final Pattern service;
        final Pattern className;
        final Pattern member;
        /** Whether the difference must be one of parameter types only. */
        boolean nameShared;
        boolean used;

        Rule(String reason, Set<Kind> kinds, Pattern service, Pattern className, Pattern member) {
            this.reason = reason;
            this.kinds = kinds;
            this.service = service;
            this.className = className;
            this.member = member;
        }

        boolean matches(ApiDifference difference) {
            return kinds.contains(difference.kind()) && (!nameShared || difference.nameShared())
                    && service.matcher(difference.service()).matches()
                    && className.matcher(difference.className()).matches()
                    && member.matcher(difference.member()).matches();
        }
    }
}
