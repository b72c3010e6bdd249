package io.ctibridge.reliability;

import java.util.List;
import java.util.Map;

/**
 * What the lookups under one fault answered.
 *
 * @param overDeadline answers later than the profile deadline plus the margin (must be 0)
 * @param violations   answers that broke the flow contract, described (must be empty)
 * @param popTokens    the tokens handed out, for the log scan
 */
public record LookupFaultFigures(
        String scenario,
        Latencies latency,
        Map<String, Long> statuses,
        int overDeadline,
        List<String> violations,
        List<String> popTokens) {

    public boolean passed() {
        return overDeadline == 0 && violations.isEmpty();
    }
}
