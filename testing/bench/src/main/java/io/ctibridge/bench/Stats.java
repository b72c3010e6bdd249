package io.ctibridge.bench;

import java.util.Arrays;

/**
 * Summary of a set of samples (nanoseconds for durations, plain numbers for counts). Percentiles are nearest-rank
 * on the sorted samples, without interpolation, so every figure printed is a value that was actually measured.
 */
public record Stats(int count, long median, long p90, long p99, long min, long max) {

    public Stats {
        if (count < 1) {
            throw new IllegalArgumentException("no samples");
        }
    }

    public static Stats of(long[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Stats(
                sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                sorted[0],
                sorted[sorted.length - 1]);
    }

    /** Nearest rank: the smallest sample with at least {@code percent}% of the samples at or below it. */
    static long percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
