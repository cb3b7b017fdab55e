package dev.ecrgen.codegen.importdoc;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How pages are turned into shapes: the names given to inferred shapes, and the member names taken as hints that a
 * printed list is a map. Immutable; start from {@link #defaults()} or {@link #builder()}.
 *
 * <p>Naming: the input and output structures are {@code <Operation><inputSuffix>} and
 * {@code <Operation><outputSuffix>}; a member's shape is named after the member in PascalCase; a list member
 * {@code layers} gives {@code Layer} (singular) for the element and {@code LayerList} for the list; a map member
 * {@code tags} gives {@code Tags}, {@code TagKey} and {@code TagValue}. {@link Builder#shapeName} renames any
 * inferred shape.
 */
public final class ImportOptions {

    private static final Pattern SUFFIX = Pattern.compile("[A-Za-z0-9]*");
    private static final Pattern SHAPE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final String inputSuffix;
    private final String outputSuffix;
    private final String listSuffix;
    private final String mapKeySuffix;
    private final String mapValueSuffix;
    private final boolean singularListMembers;
    private final Set<String> mapMemberNames;
    private final Set<String> mapMemberSuffixes;
    private final Set<String> mapKeyPlaceholders;
    private final Map<String, String> shapeNames;

    private ImportOptions(Builder builder) {
        this.inputSuffix = builder.inputSuffix;
        this.outputSuffix = builder.outputSuffix;
        this.listSuffix = builder.listSuffix;
        this.mapKeySuffix = builder.mapKeySuffix;
        this.mapValueSuffix = builder.mapValueSuffix;
        this.singularListMembers = builder.singularListMembers;
        this.mapMemberNames = Set.copyOf(builder.mapMemberNames);
        this.mapMemberSuffixes = Set.copyOf(builder.mapMemberSuffixes);
        this.mapKeyPlaceholders = Set.copyOf(builder.mapKeyPlaceholders);
        this.shapeNames = Map.copyOf(builder.shapeNames);
    }

    /** Names like the AWS models ({@code Request}/{@code Response}, {@code List}) and the default map hints. */
    public static ImportOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Suffix of the input structure's name; default {@code Request}. */
    public String inputSuffix() {
        return inputSuffix;
    }

    /** Suffix of the output structure's name; default {@code Response}. */
    public String outputSuffix() {
        return outputSuffix;
    }

    /** Suffix of a list shape's name; default {@code List}. */
    public String listSuffix() {
        return listSuffix;
    }

    /** Suffix of a map key shape's name; default {@code Key}. */
    public String mapKeySuffix() {
        return mapKeySuffix;
    }

    /** Suffix of a map value shape's name; default {@code Value}. */
    public String mapValueSuffix() {
        return mapValueSuffix;
    }

    /** Whether list elements are named in the singular ({@code layers} gives {@code Layer}); default true. */
    public boolean singularListMembers() {
        return singularListMembers;
    }

    /**
     * Member names (any case) whose printed list is taken to be a map, e.g. {@code tags}: pages print a map the same
     * way as a list.
     */
    public Set<String> mapMemberNames() {
        return mapMemberNames;
    }

    /** Member name endings (exact case) whose printed list is taken to be a map, e.g. {@code Map}, {@code Counts}. */
    public Set<String> mapMemberSuffixes() {
        return mapMemberSuffixes;
    }

    /**
     * Names (any case) that stand for an arbitrary key: {@code list(key = "string")} with one such name is taken to be
     * a map rather than a structure with one member.
     */
    public Set<String> mapKeyPlaceholders() {
        return mapKeyPlaceholders;
    }

    /** Renames of inferred shapes: inferred name to the name to use. */
    public Map<String, String> shapeNames() {
        return shapeNames;
    }

    boolean isMapMemberName(String member) {
        return mapMemberNames.contains(member.toLowerCase(Locale.ROOT)) || mapMemberSuffixes.stream()
                .anyMatch(suffix -> member.endsWith(suffix) && member.length() > suffix.length());
    }

    boolean isMapKeyPlaceholder(String name) {
        return mapKeyPlaceholders.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Builds {@link ImportOptions}; every setter checks its argument. */
    public static final class Builder {
        private String inputSuffix = "Request";
        private String outputSuffix = "Response";
        private String listSuffix = "List";
        private String mapKeySuffix = "Key";
        private String mapValueSuffix = "Value";
        private boolean singularListMembers = true;
        private final Set<String> mapMemberNames = new LinkedHashSet<>(Set.of("tags", "labels", "attributes",
                "metadata", "properties", "parameters", "variables", "environment", "headers"));
        private final Set<String> mapMemberSuffixes = new LinkedHashSet<>(Set.of("Map", "Counts", "Attributes"));
        private final Set<String> mapKeyPlaceholders = new LinkedHashSet<>(Set.of("key", "string", "keyname",
                "mapkey"));
        private final Map<String, String> shapeNames = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(ImportOptions options) {
            inputSuffix = options.inputSuffix;
            outputSuffix = options.outputSuffix;
            listSuffix = options.listSuffix;
            mapKeySuffix = options.mapKeySuffix;
            mapValueSuffix = options.mapValueSuffix;
            singularListMembers = options.singularListMembers;
            mapMemberNames.clear();
            mapMemberNames.addAll(options.mapMemberNames);
            mapMemberSuffixes.clear();
            mapMemberSuffixes.addAll(options.mapMemberSuffixes);
            mapKeyPlaceholders.clear();
            mapKeyPlaceholders.addAll(options.mapKeyPlaceholders);
            shapeNames.putAll(options.shapeNames);
        }

        public Builder inputSuffix(String suffix) {
            this.inputSuffix = nonEmptySuffix(suffix);
            return this;
        }

        public Builder outputSuffix(String suffix) {
            this.outputSuffix = nonEmptySuffix(suffix);
            return this;
        }

        public Builder listSuffix(String suffix) {
            this.listSuffix = nonEmptySuffix(suffix);
            return this;
        }

        public Builder mapKeySuffix(String suffix) {
            this.mapKeySuffix = nonEmptySuffix(suffix);
            return this;
        }

        public Builder mapValueSuffix(String suffix) {
            this.mapValueSuffix = nonEmptySuffix(suffix);
            return this;
        }

        public Builder singularListMembers(boolean singular) {
            this.singularListMembers = singular;
            return this;
        }

        /** Replaces the member names that mark a printed list as a map. */
        public Builder mapMemberNames(Set<String> names) {
            mapMemberNames.clear();
            names.forEach(name -> mapMemberNames.add(lowerCase(name)));
            return this;
        }

        /** Replaces the member name endings that mark a printed list as a map. */
        public Builder mapMemberSuffixes(Set<String> suffixes) {
            mapMemberSuffixes.clear();
            suffixes.forEach(suffix -> mapMemberSuffixes.add(nonEmptySuffix(suffix)));
            return this;
        }

        /** Replaces the names that stand for an arbitrary map key. */
        public Builder mapKeyPlaceholders(Set<String> names) {
            mapKeyPlaceholders.clear();
            names.forEach(name -> mapKeyPlaceholders.add(lowerCase(name)));
            return this;
        }

        /** Gives the shape that would be named {@code inferred} the name {@code chosen} instead. */
        public Builder shapeName(String inferred, String chosen) {
            shapeNames.put(shapeName(inferred), shapeName(chosen));
            return this;
        }

        public ImportOptions build() {
            if (inputSuffix.equals(outputSuffix)) {
                throw new IllegalArgumentException("input and output suffixes must differ: " + inputSuffix);
            }
            return new ImportOptions(this);
        }

        private static String nonEmptySuffix(String suffix) {
            Objects.requireNonNull(suffix, "suffix");
            if (suffix.isEmpty() || !SUFFIX.matcher(suffix).matches()) {
                throw new IllegalArgumentException("not a valid shape name suffix: " + suffix);
            }
            return suffix;
        }

        private static String lowerCase(String name) {
            return Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
        }

        private static String shapeName(String name) {
            Objects.requireNonNull(name, "name");
            if (!SHAPE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a valid shape name: " + name);
            }
            return name;
        }
    }
}
