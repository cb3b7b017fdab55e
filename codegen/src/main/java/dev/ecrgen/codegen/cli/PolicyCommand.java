package dev.ecrgen.codegen.cli;

import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.policy.IamPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code policy}: the least-privilege IAM policy for a generated client. */
final class PolicyCommand implements Command {
    private static final Set<String> VALUES = Set.of("--model", "--operations", "--out");

    @Override
    public String name() {
        return "policy";
    }

    @Override
    public String summary() {
        return "print the least-privilege IAM policy for the generated operations";
    }

    @Override
    public String help() {
        return """
                Usage: ecrgen policy --model FILE [--operations A,B] [--out FILE]

                Prints an IAM policy (JSON) that allows exactly the operations a client generated with the
                same --operations calls, as actions <prefix>:<Operation>. The prefix is the model's
                signingName (else its endpointPrefix); for ECR it is ecr. The model does not say which
                resources an operation touches, so the statement applies to "*": narrow Resource to your
                repository ARNs where the operations allow it.

                  --model FILE        the service-2.json
                  --operations A,B    only these operations (default: all)
                  --out FILE          write the policy to FILE instead of standard output

                Exit codes: 0 done, 1 the model cannot be read, 2 bad arguments.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException, InputProblem, IOException {
        Arguments arguments = Arguments.parse(name(), args, VALUES, Set.of());
        arguments.noPositionals();
        Path modelFile = Path.of(arguments.required("--model", "FILE"));
        List<String> operations = arguments.list("--operations");
        ServiceModel model = ModelFiles.readService(modelFile);
        ModelFiles.checkOperations(name(), model, operations);
        IamPolicy policy;
        try {
            policy = IamPolicy.forOperations(model, operations);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(modelFile + ": " + e.getMessage());
        }
        ModelFiles.write(JsonText.of(policy.toJson()), arguments.value("--out").map(Path::of).orElse(null), console);
        return ExitCode.OK;
    }
}
