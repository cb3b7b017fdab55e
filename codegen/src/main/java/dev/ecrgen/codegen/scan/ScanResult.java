package dev.ecrgen.codegen.scan;

import dev.ecrgen.codegen.policy.IamPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a {@link CodeScan} found: the client call sites by IAM action, the least-privilege policy for them (one
 * statement per service), and what to tell the user: a summary, warnings, and the report of who calls what.
 */
public final class ScanResult {
    private final Map<String, List<CallSite>> callsByAction;
    private final IamPolicy policy;
    private final int callSites;
    private final int classes;
    private final int clientClasses;
    private final List<String> inputs;
    private final List<String> warnings;

    ScanResult(List<CodeScan.ResolvedCall> calls, List<ServiceMethods> services, int classes, int clientClasses,
            List<String> inputs, List<String> warnings) {
        Map<String, List<CallSite>> byAction = new TreeMap<>();
        Map<String, TreeSet<String>> operations = new TreeMap<>();
        for (CodeScan.ResolvedCall call : calls) {
            byAction.computeIfAbsent(call.action(), action -> new ArrayList<>()).add(call.site());
            operations.computeIfAbsent(call.service().prefix(), prefix -> new TreeSet<>()).add(call.operation());
        }
        Map<String, List<CallSite>> sorted = new LinkedHashMap<>();
        byAction.forEach((action, sites) -> sorted.put(action, sites.stream().sorted(CallSite.ORDER).toList()));
        this.callsByAction = java.util.Collections.unmodifiableMap(sorted);
        this.policy = IamPolicy.of(operations.entrySet().stream()
                .map(entry -> IamPolicy.Statement.of(sid(services, entry.getKey()), entry.getKey(), entry.getValue()))
                .toList());
        this.callSites = calls.size();
        this.classes = classes;
        this.clientClasses = clientClasses;
        this.inputs = List.copyOf(inputs);
        List<String> all = new ArrayList<>(warnings);
        if (calls.isEmpty()) {
            String scanned = inputs.size() == 1 ? inputs.get(0) : count(inputs.size(), "input", "inputs");
            all.add(0, "no call on a client of " + describe(services) + " in " + count(classes, "class", "classes")
                    + " of " + scanned + "; the policy allows nothing. Check that the inputs hold "
                    + "the compiled application and, for a client generated into a package other than "
                    + "dev.ecrgen.services.<service>, that its package is given");
        }
        this.warnings = List.copyOf(all);
    }

    /** {@code AllowEcrCalls}: letters and digits, as IAM wants statement ids. */
    private static String sid(List<ServiceMethods> services, String prefix) {
        String base = services.stream().filter(service -> service.prefix().equals(prefix)).findFirst()
                .map(ServiceMethods::serviceBase).orElse(prefix);
        return "Allow" + base.chars().filter(Character::isLetterOrDigit)
                .mapToObj(Character::toString).collect(Collectors.joining()) + "Calls";
    }

    private static String describe(List<ServiceMethods> services) {
        return services.stream().map(service -> service.prefix() + " (" + service.source() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The policy for exactly the actions called: one statement per service, none when nothing calls a client. */
    public IamPolicy policy() {
        return policy;
    }

    /** The call sites of each action, by action (sorted), each list in {@link CallSite#ORDER}. */
    public Map<String, List<CallSite>> callsByAction() {
        return callsByAction;
    }

    /** How many call instructions and method references on a client were found. */
    public int callSites() {
        return callSites;
    }

    /** How many classes of the application were read (the clients' own classes not counted). */
    public int classes() {
        return classes;
    }

    /** How many classes of the clients themselves were found in the inputs; their calls do not count. */
    public int clientClasses() {
        return clientClasses;
    }

    /** Things the user should know: no calls at all, or calls of methods the model does not know. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * One line: {@code 6 client call sites in 14 classes (1 input) need 5 actions of 1 service}, with the number of
     * client classes left out when there were any.
     */
    public String summary() {
        return count(callSites, "client call site", "client call sites") + " in " + count(classes, "class", "classes")
                + " (" + count(inputs.size(), "input", "inputs")
                + (clientClasses == 0 ? "" : "; " + count(clientClasses, "class", "classes")
                        + " of the clients themselves not counted")
                + ") need " + count(policy.actions().size(), "action", "actions") + " of "
                + count(policy.statements().size(), "service", "services");
    }

    /**
     * The report: each action, then each place that calls it and what it calls:
     * <pre>
     * ecr:DescribeImages
     *   com.example.App.list(App.java:14) calls EcrClient.describeImagesPaginator
     * </pre>
     */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        callsByAction.forEach((action, sites) -> {
            lines.add(action);
            sites.forEach(site -> lines.add("  " + site.where() + " calls " + site.called()));
        });
        return lines;
    }

    /**
     * For each of {@code actions} (which a policy does not allow): the action and where the code first calls it,
     * {@code ecr:PutImage, called at com.example.App.push(App.java:30) and 1 more place}.
     */
    public List<String> describeCalls(Collection<String> actions) {
        List<String> lines = new ArrayList<>();
        for (String action : actions) {
            List<CallSite> sites = callsByAction.getOrDefault(action, List.of());
            if (sites.isEmpty()) {
                lines.add(action);
                continue;
            }
            int more = sites.size() - 1;
            lines.add(action + ", called at " + sites.get(0).where()
                    + (more == 0 ? "" : " and " + count(more, "more place", "more places")));
        }
        return lines;
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
