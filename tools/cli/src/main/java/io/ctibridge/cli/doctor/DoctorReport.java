package io.ctibridge.cli.doctor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints results as the operator reads them (one line each) or as JSON for scripts; decides the exit code. */
public final class DoctorReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<CheckResult> results;

    public DoctorReport(List<CheckResult> results) {
        this.results = List.copyOf(results);
    }

    public boolean anyFailed() {
        return results.stream().anyMatch(CheckResult::failed);
    }

    public void printText(PrintWriter out) {
        results.forEach(result -> out.println(line(result)));
        long failed = results.stream().filter(CheckResult::failed).count();
        long skipped = results.stream()
                .filter(r -> r.status() == CheckResult.Status.SKIP)
                .count();
        long warned = results.stream()
                .filter(r -> r.status() == CheckResult.Status.WARN)
                .count();
        out.println(
                failed == 0
                        ? "all " + (results.size() - skipped) + " checks passed"
                                + (warned == 0 ? "" : ", " + warned + " with a warning")
                                + (skipped == 0 ? "" : ", " + skipped + " skipped")
                        : failed + " of " + results.size() + " checks failed");
    }

    /** {@code [{name, status: pass|warn|fail|skip, detail, fix}]}. */
    public void printJson(PrintWriter out) {
        List<Map<String, String>> rows = results.stream()
                .map(result -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("name", result.name());
                    row.put("status", result.status().name().toLowerCase(Locale.ROOT));
                    row.put("detail", result.detail());
                    row.put("fix", result.fix());
                    return row;
                })
                .toList();
        try {
            out.println(JSON.writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    static String line(CheckResult result) {
        String detail = result.detail().isEmpty() ? "" : ": " + result.detail();
        return switch (result.status()) {
            case PASS -> "✔ " + result.name() + detail;
            case WARN -> "⚠ " + result.name() + detail + " — " + result.fix();
            case FAIL -> "✘ " + result.name() + detail + " — " + result.fix();
            case SKIP -> "– " + result.name() + " (skipped: " + result.detail() + ")";
        };
    }
}
