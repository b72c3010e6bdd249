package io.ctibridge.reliability;

import java.util.List;

/** A latency distribution in milliseconds: p50, p95, p99 and max by nearest rank. */
public record Latencies(int count, long p50, long p95, long p99, long max) {

    public static Latencies of(List<Long> millis) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Latencies(0, 0, 0, 0, 0);
        }
        return new Latencies(
                sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    private static long rank(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public String toString() {
        return count == 0 ? "-" : p50 + " / " + p95 + " / " + p99 + " / " + max + " ms";
    }
}
