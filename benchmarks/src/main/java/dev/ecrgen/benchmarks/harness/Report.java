package dev.ecrgen.benchmarks.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the raw samples ({@code *.tsv}) and JMH's {@code jmh.json} into {@code summary.md}: medians per figure and
 * configuration, the spread, and the generated client's ratio to the official client's best configuration.
 */
final class Report {

    /** The samples of one figure: per configuration, in the order first seen. */
    private static final class Figure {
        final String section;
        final String name;
        final String unit;
        final boolean lowerIsBetter;
        final Map<String, List<Double>> values = new LinkedHashMap<>();

        Figure(String section, String name, String unit, boolean lowerIsBetter) {
            this.section = section;
            this.name = name;
            this.unit = unit;
            this.lowerIsBetter = lowerIsBetter;
        }
    }

    private final Path results;

    Report(Path results) {
        this.results = results;
    }

    void write() throws IOException {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (Path file : tsvFiles()) {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                Figure figure = figures.computeIfAbsent(f[0] + "\t" + f[1],
                        k -> new Figure(f[0], f[1], f[4], "lower".equals(f[5])));
                figure.values.computeIfAbsent(f[2], k -> new ArrayList<>()).add(Double.parseDouble(f[3]));
            }
        }
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        Path environment = results.resolve("environment.txt");
        if (Files.exists(environment)) {
            md.append("```\n").append(Files.readString(environment).trim()).append("\n```\n\n");
        }
        md.append("Medians; ratio = ecrgen / the official client's best configuration for that figure.\n\n");
        String section = null;
        String header = null;
        for (Figure figure : figures.values()) {
            String wanted = comparative(figure) ? comparativeHeader(figure) : "| figure | program | median | min–max | n |\n"
                    + "|---|---|---:|---:|---:|\n";
            if (!figure.section.equals(section)) {
                section = figure.section;
                md.append("\n## ").append(section).append("\n\n");
                header = null;
            }
            if (!wanted.equals(header)) {
                md.append(header == null ? "" : "\n").append(wanted);
                header = wanted;
            }
            md.append(comparative(figure) ? comparativeRow(figure) : plainRows(figure));
        }
        md.append(jmh());
        Files.writeString(results.resolve("summary.md"), md);
        System.out.println(md);
    }

    private List<Path> tsvFiles() throws IOException {
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        List<String> order = List.of("closures", "cold", "classes", "steady", "async", "codegen", "plugin");
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(p -> p.toString().endsWith(".tsv"))
                    .sorted((a, b) -> Integer.compare(rank(order, a), rank(order, b)))
                    .toList();
        }
    }

    private static int rank(List<String> order, Path file) {
        String name = file.getFileName().toString().replace(".tsv", "");
        int at = order.indexOf(name);
        return at < 0 ? order.size() : at;
    }

    private static boolean comparative(Figure figure) {
        return figure.values.containsKey("ecrgen")
                && figure.values.keySet().stream().anyMatch(name -> name.startsWith("official"));
    }

    /** The configurations of a figure: ecrgen and its candidates first, then the official ones, as ordered below. */
    private static List<String> columns(Figure figure) {
        List<String> names = new ArrayList<>(figure.values.keySet());
        names.sort(Comparator.comparingInt(Report::columnRank).thenComparing(Comparator.naturalOrder()));
        return names;
    }

    private static int columnRank(String name) {
        if (name.equals("ecrgen")) {
            return 0;
        }
        if (name.startsWith("ecrgen-")) {
            return 1;
        }
        for (int i = 0; i < ClientConfig.ALL.size(); i++) {
            if (ClientConfig.ALL.get(i).name().equals(name)) {
                return 2 + i;
            }
        }
        return name.startsWith("official") ? 2 + ClientConfig.ALL.size() : 3 + ClientConfig.ALL.size();
    }

    private static String label(String name) {
        for (ClientConfig config : ClientConfig.ALL) {
            if (config.name().equals(name)) {
                return config.label();
            }
        }
        return name;
    }

    private static String comparativeHeader(Figure figure) {
        StringBuilder header = new StringBuilder("| figure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String name : columns(figure)) {
            header.append(' ').append(label(name)).append(" |");
            rule.append("---:|");
        }
        return header.append(" ratio | candidates' ratios | ecrgen min–max | n |\n").append(rule)
                .append("---:|---|---:|---:|\n").toString();
    }

    /** Ratio = ecrgen's median over the best median of the official configurations; candidates likewise. */
    private static String comparativeRow(Figure figure) {
        StringBuilder row = new StringBuilder("| ").append(figure.name).append(" (").append(figure.unit).append(") |");
        double best = Double.NaN;
        for (String name : columns(figure)) {
            double median = Stats.median(figure.values.get(name));
            row.append(' ').append(format(median)).append(" |");
            if (name.startsWith("official")
                    && (Double.isNaN(best) || (figure.lowerIsBetter ? median < best : median > best))) {
                best = median;
            }
        }
        List<Double> ours = figure.values.get("ecrgen");
        row.append(String.format(Locale.ROOT, " %.2fx |", Stats.median(ours) / best));
        StringBuilder candidates = new StringBuilder();
        for (String name : columns(figure)) {
            if (name.startsWith("ecrgen-")) {
                candidates.append(candidates.length() == 0 ? "" : ", ").append(name.substring("ecrgen-".length()))
                        .append(String.format(Locale.ROOT, " %.2fx", Stats.median(figure.values.get(name)) / best));
            }
        }
        row.append(' ').append(candidates).append(" |")
                .append(' ').append(Stats.range(ours, "%.1f")).append(" |")
                .append(' ').append(ours.size()).append(" |\n");
        return row.toString();
    }

    private static String plainRows(Figure figure) {
        StringBuilder rows = new StringBuilder();
        figure.values.forEach((program, values) -> rows.append("| ").append(figure.name).append(" (")
                .append(figure.unit).append(") | ").append(program).append(" | ").append(format(Stats.median(values)))
                .append(" | ").append(Stats.range(values, "%.1f")).append(" | ").append(values.size()).append(" |\n"));
        return rows.toString();
    }

    private static String format(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private String jmh() throws IOException {
        Path file = results.resolve("jmh.json");
        if (!Files.exists(file)) {
            return "\n(no jmh.json: JMH was not run)\n";
        }
        JsonNode runs = new ObjectMapper().readTree(file.toFile());
        Map<String, JsonNode[]> pairs = new LinkedHashMap<>();
        Map<String, JsonNode> others = new LinkedHashMap<>();
        for (JsonNode run : runs) {
            String method = run.get("benchmark").asText();
            method = method.substring(method.lastIndexOf('.') + 1);
            boolean ours = method.endsWith("_ecrgen");
            if (ours || method.endsWith("_official")) {
                JsonNode[] pair = pairs.computeIfAbsent(method.substring(0, method.lastIndexOf('_')),
                        k -> new JsonNode[2]);
                pair[ours ? 0 : 1] = run;
            } else {
                others.put(method, run);
            }
        }
        StringBuilder md = new StringBuilder("\n## JMH (in-process, average time per operation)\n\n"
                + "| benchmark | ecrgen | official | ratio | ecrgen alloc | official alloc |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        pairs.forEach((name, pair) -> {
            md.append("| ").append(name).append(" | ").append(metric(pair[0])).append(" | ").append(metric(pair[1]))
                    .append(" | ");
            if (pair[0] != null && pair[1] != null) {
                md.append(String.format(Locale.ROOT, "%.2fx", score(pair[0]) / score(pair[1])));
            }
            md.append(" | ").append(allocation(pair[0])).append(" | ").append(allocation(pair[1])).append(" |\n");
        });
        if (!others.isEmpty()) {
            md.append("\n| other benchmark | score | alloc |\n|---|---:|---:|\n");
            others.forEach((name, run) -> md.append("| ").append(name).append(" | ").append(metric(run))
                    .append(" | ").append(allocation(run)).append(" |\n"));
        }
        return md.toString();
    }

    private static double score(JsonNode run) {
        return run.get("primaryMetric").get("score").asDouble();
    }

    /** Bytes allocated per operation, when JMH ran with {@code -prof gc}. */
    private static String allocation(JsonNode run) {
        JsonNode secondary = run == null ? null : run.get("secondaryMetrics");
        JsonNode norm = secondary == null ? null : secondary.get("gc.alloc.rate.norm");
        if (norm == null) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,.0f B/op", norm.get("score").asDouble());
    }

    private static String metric(JsonNode run) {
        if (run == null) {
            return "–";
        }
        JsonNode metric = run.get("primaryMetric");
        double error = metric.get("scoreError").asDouble();
        String spread = Double.isNaN(error) ? "" : String.format(Locale.ROOT, " ± %.2f", error);
        return String.format(Locale.ROOT, "%.2f%s %s", metric.get("score").asDouble(), spread,
                metric.get("scoreUnit").asText());
    }
}
