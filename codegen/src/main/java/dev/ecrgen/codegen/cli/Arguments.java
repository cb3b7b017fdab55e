package dev.ecrgen.codegen.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed arguments of one command: options that take a value ({@code --model FILE} or {@code --model=FILE}),
 * flags ({@code --fail-on-breaking}) and positional arguments. Anything else is a {@link UsageException}.
 */
final class Arguments {
    private final String command;
    private final Map<String, String> values;
    private final Map<String, List<String>> repeated;
    private final Set<String> flags;
    private final List<String> positionals;

    private Arguments(String command, Map<String, String> values, Map<String, List<String>> repeated, Set<String> flags,
            List<String> positionals) {
        this.command = command;
        this.values = values;
        this.repeated = repeated;
        this.flags = flags;
        this.positionals = positionals;
    }

    /**
     * Parses {@code args} for {@code command}, which knows the options {@code valueOptions} and {@code flagOptions}
     * (names with their leading dashes).
     */
    static Arguments parse(String command, List<String> args, Set<String> valueOptions, Set<String> flagOptions)
            throws UsageException {
        return parse(command, args, valueOptions, flagOptions, Set.of());
    }

    /**
     * Like {@link #parse(String, List, Set, Set)}; the options in {@code repeatable} (also among {@code valueOptions})
     * may be given more than once, and {@link #all} returns every value.
     */
    static Arguments parse(String command, List<String> args, Set<String> valueOptions, Set<String> flagOptions,
            Set<String> repeatable) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> repeated = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        List<String> positionals = new ArrayList<>();
        boolean onlyPositionals = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPositionals || !arg.startsWith("-") || arg.equals("-")) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (valueOptions.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(command + ": " + name + " needs a value");
                }
                if (value.isEmpty()) {
                    throw new UsageException(command + ": " + name + " needs a value");
                }
                repeated.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
                if (values.put(name, value) != null && !repeatable.contains(name)) {
                    throw new UsageException(command + ": " + name + " is given twice");
                }
            } else if (flagOptions.contains(name) && equals < 0) {
                flags.add(name);
            } else if (flagOptions.contains(name)) {
                throw new UsageException(command + ": " + name + " takes no value");
            } else {
                throw new UsageException(command + ": unknown option " + name);
            }
        }
        return new Arguments(command, values, repeated, flags, positionals);
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /** Every value of an option, in the order given; empty when it is absent. */
    List<String> all(String option) {
        return repeated.getOrDefault(option, List.of());
    }

    String required(String option, String what) throws UsageException {
        String value = values.get(option);
        if (value == null) {
            throw new UsageException(command + ": " + option + " " + what + " is required");
        }
        return value;
    }

    /** A comma-separated value as a list without blanks or repeats; empty when the option is absent. */
    List<String> list(String option) throws UsageException {
        List<String> items = new ArrayList<>();
        String value = values.get(option);
        if (value == null) {
            return items;
        }
        for (String item : value.split(",")) {
            String name = item.trim();
            if (!name.isEmpty() && !items.contains(name)) {
                items.add(name);
            }
        }
        if (items.isEmpty()) {
            throw new UsageException(command + ": " + option + " names no operation");
        }
        return items;
    }

    boolean flag(String option) {
        return flags.contains(option);
    }

    List<String> positionals() {
        return positionals;
    }

    /** Fails unless there are exactly {@code count} positional arguments, described by {@code what}. */
    List<String> positionals(int count, String what) throws UsageException {
        if (positionals.size() != count) {
            throw new UsageException(command + ": expected " + what + ", got "
                    + (positionals.isEmpty() ? "none" : String.join(" ", positionals)));
        }
        return positionals;
    }

    /** Fails when there is any positional argument. */
    void noPositionals() throws UsageException {
        if (!positionals.isEmpty()) {
            throw new UsageException(command + ": unexpected argument " + positionals.get(0));
        }
    }
}
