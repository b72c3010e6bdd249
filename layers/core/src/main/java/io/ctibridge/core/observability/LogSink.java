package io.ctibridge.core.observability;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;

/**
 * Where JSON log lines and EMF metrics go, and the least severe level logged: stdout in Lambda (CloudWatch reads
 * both from it), a buffer in tests, nowhere for SnapStart priming.
 */
public record LogSink(PrintStream out, JsonLog.Level level, Clock clock) {

    public LogSink {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(clock, "clock");
    }

    public static LogSink stdout(JsonLog.Level level, Clock clock) {
        return new LogSink(System.out, level, clock);
    }

    /** Discards everything (priming, benchmarks that must not time the console). */
    public static LogSink nowhere(Clock clock) {
        return new LogSink(
                new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8),
                JsonLog.Level.DEBUG,
                clock);
    }

    public JsonLog log(Class<?> owner) {
        return new JsonLog(owner.getSimpleName(), out, clock, level);
    }

    public EmfMetrics metrics(String service) {
        return new EmfMetrics(service, out, clock);
    }
}
