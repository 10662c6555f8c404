package org.chokepoint.engine.run;

import java.util.Arrays;

/**
 * Quantiles of a stream of values in bounded memory (engine.md section 6: bands over draws whose
 * memory does not grow with them). Exact, by linear interpolation between order statistics, up to
 * {@link #CAPACITY} values; past that, pairs of neighbours in sorted order are merged into one point
 * of their summed weight, so at most {@code CAPACITY} weighted points stand for any number of draws
 * (a rank error of about n / CAPACITY; weights are counts, so up to 2^31 values). Values arrive in draw order, so the result is the same for
 * the same seed. NaN values are left out.
 */
final class QuantileSketch {

    /** The most points kept; up to this many values the quantiles are exact. */
    static final int CAPACITY = 1024;

    private double[] values = new double[16];
    private int[] weights = new int[16];
    private int size;
    /** Whether the points are in value order: a summary asks for several quantiles of one sketch. */
    private boolean sorted;

    void add(double value) {
        if (Double.isNaN(value)) {
            return;
        }
        if (size == values.length) {
            if (size == CAPACITY) {
                compress();
            } else {
                values = Arrays.copyOf(values, Math.min(CAPACITY, 2 * size));
                weights = Arrays.copyOf(weights, values.length);
            }
        }
        values[size] = value;
        weights[size] = 1;
        size++;
        sorted = false;
    }

    /** Sorts the points and merges each pair of neighbours, halving their number. */
    private void compress() {
        sort();
        int kept = 0;
        for (int i = 0; i + 1 < size; i += 2) {
            int weight = weights[i] + weights[i + 1];
            values[kept] = (values[i] * weights[i] + values[i + 1] * weights[i + 1]) / weight;
            weights[kept] = weight;
            kept++;
        }
        if (size % 2 == 1) {
            values[kept] = values[size - 1];
            weights[kept] = weights[size - 1];
            kept++;
        }
        size = kept;
    }

    /** Sorts the points by value, carrying their weights. */
    private void sort() {
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] sortedValues = new double[values.length];
        int[] sortedWeights = new int[values.length];
        for (int i = 0; i < size; i++) {
            sortedValues[i] = values[order[i]];
            sortedWeights[i] = weights[order[i]];
        }
        values = sortedValues;
        weights = sortedWeights;
        sorted = true;
    }

    /**
     * The q-quantile: the value at rank {@code q (n - 1)} of the n values seen, interpolated between
     * neighbouring ranks; a merged point holds all the ranks it stands for. NaN when nothing was seen.
     */
    double quantile(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        sort();
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += weights[i];
        }
        double position = q * (total - 1);
        long below = (long) Math.floor(position);
        return valueAt(below) + (position - below) * (valueAt(Math.min(below + 1, total - 1)) - valueAt(below));
    }

    /** The value at a 0-based rank. */
    private double valueAt(long rank) {
        long seen = 0;
        for (int i = 0; i < size; i++) {
            seen += weights[i];
            if (rank < seen) {
                return values[i];
            }
        }
        return values[size - 1];
    }
}
