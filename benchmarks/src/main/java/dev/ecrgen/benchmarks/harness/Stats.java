package dev.ecrgen.benchmarks.harness;

import java.util.Arrays;
import java.util.List;

/** Medians and spreads of repeated measurements. */
final class Stats {

    private Stats() {
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** "min–max" of the values, for the spread column. */
    static String range(List<Double> values, String format) {
        if (values.isEmpty()) {
            return "";
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(format, sorted[0]) + "–" + String.format(format, sorted[sorted.length - 1]);
    }

    static List<Double> of(double... values) {
        return Arrays.stream(values).boxed().toList();
    }
}
