package io.ctibridge.reliability;

import java.util.Arrays;
import java.util.List;

/**
 * One Jazzer fuzzing run of bin/reliability, handed to the figures as {@code target:executions:ok|finding}.
 *
 * @param executions inputs libFuzzer ran ("Done N runs")
 * @param passed     false when Jazzer reported a finding (the crashing input is saved as a regression seed)
 */
public record FuzzRun(String target, long executions, boolean passed) {

    /** Parses {@code callerId:50000:ok,contactRecord:50000:finding}; empty for an empty or missing value. */
    public static List<FuzzRun> parseAll(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(FuzzRun::parse)
                .toList();
    }

    private static FuzzRun parse(String run) {
        String[] parts = run.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a fuzz run is target:executions:ok|finding, not " + run);
        }
        return new FuzzRun(parts[0], Long.parseLong(parts[1]), parts[2].equals("ok"));
    }
}
