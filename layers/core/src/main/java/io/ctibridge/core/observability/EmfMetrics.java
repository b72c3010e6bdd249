package io.ctibridge.core.observability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * CloudWatch metrics through the Embedded Metric Format: a structured log line that CloudWatch turns into metrics,
 * so a metric costs no API call and no latency inside the lookup.
 * See https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
public final class EmfMetrics {

    public static final String NAMESPACE = "ctibridge";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String service;
    private final PrintStream out;
    private final Clock clock;

    public EmfMetrics(String service, PrintStream out, Clock clock) {
        this.service = Objects.requireNonNull(service, "service");
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static EmfMetrics stdout(String service) {
        return new EmfMetrics(service, System.out, Clock.systemUTC());
    }

    /** One value of a metric: {@code unit} as CloudWatch names it (Count, Percent, Milliseconds). */
    public record Value(String name, double value, String unit) {
        public Value {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /**
     * Emits {@code values} in one line without dimensions (an empty dimension set): a gauge of the whole org, such
     * as its API usage, that several functions report and one alarm watches. Service stays a property of the line.
     */
    public void values(List<Value> values) {
        List<Map<String, String>> metrics = values.stream()
                .map(v -> Map.of("Name", v.name(), "Unit", v.unit()))
                .toList();
        Map<String, Object> directive =
                Map.of("Namespace", NAMESPACE, "Dimensions", List.of(List.of()), "Metrics", metrics);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", Map.of("Timestamp", clock.millis(), "CloudWatchMetrics", List.of(directive)));
        line.put("Service", service);
        values.forEach(v -> line.put(v.name(), v.value()));
        write(line);
    }

    /**
     * Emits one count of {@code metric} with the dimension {@code dimension=value} and, optionally, a duration.
     * Both are recorded under the dimensions Service and Service+dimension.
     */
    public void count(String metric, String dimension, String value, Long durationMs) {
        List<Map<String, String>> metrics = durationMs == null
                ? List.of(Map.of("Name", metric, "Unit", "Count"))
                : List.of(
                        Map.of("Name", metric, "Unit", "Count"),
                        Map.of("Name", metric + "Latency", "Unit", "Milliseconds"));
        Map<String, Object> directive = Map.of(
                "Namespace", NAMESPACE,
                "Dimensions", List.of(List.of("Service"), List.of("Service", dimension)),
                "Metrics", metrics);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", Map.of("Timestamp", clock.millis(), "CloudWatchMetrics", List.of(directive)));
        line.put("Service", service);
        line.put(dimension, value);
        line.put(metric, 1);
        if (durationMs != null) {
            line.put(metric + "Latency", durationMs);
        }
        write(line);
    }

    private void write(Map<String, Object> line) {
        try {
            String text = JSON.writeValueAsString(line);
            synchronized (out) {
                out.println(text);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise metric", e);
        }
    }
}
