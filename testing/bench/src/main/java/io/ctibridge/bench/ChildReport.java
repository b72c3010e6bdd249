package io.ctibridge.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one line a cold-start child prints after its first answer, and its parsing in the parent. The answer and any
 * failure travel base64-encoded, so the line stays one line of space-free fields whatever the JSON holds.
 *
 * @param jvmStartToAnswerMillis from the JVM's start (RuntimeMXBean) to the answer's last byte
 * @param handlerInitNanos       the handler's construction (Lambda's init phase), and the priming where the variant
 *                               runs it
 * @param invocation             the first invocation, timed in parts, with its answer
 * @param loadedClasses          classes loaded at the answer (the few java.lang.management needs to count them
 *                               included)
 */
public record ChildReport(
        long jvmStartToAnswerMillis, long handlerInitNanos, Invocation invocation, long loadedClasses) {

    static final String PREFIX = "ctibridge-cold-start ";

    public String toLine() {
        return PREFIX + "jvmStartToAnswerMs=" + jvmStartToAnswerMillis + " handlerInitNs=" + handlerInitNanos
                + " eventReadNs=" + invocation.eventReadNanos() + " callNs=" + invocation.callNanos()
                + " answerWriteNs=" + invocation.answerWriteNanos() + " loadedClasses=" + loadedClasses
                + " answer=" + encode(invocation.answer()) + " failure=" + encode(invocation.failure());
    }

    /** The report on this line, or empty when the line is something else the child printed (its logs). */
    public static Optional<ChildReport> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : line.substring(PREFIX.length()).trim().split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        try {
            Invocation invocation = new Invocation(
                    number(values, "eventReadNs"),
                    number(values, "callNs"),
                    number(values, "answerWriteNs"),
                    decode(values, "answer"),
                    decode(values, "failure"));
            return Optional.of(new ChildReport(
                    number(values, "jvmStartToAnswerMs"),
                    number(values, "handlerInitNs"),
                    invocation,
                    number(values, "loadedClasses")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed cold-start report: " + line, e);
        }
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(Map<String, String> values, String key) {
        return new String(Base64.getDecoder().decode(present(values, key)), StandardCharsets.UTF_8);
    }

    private static long number(Map<String, String> values, String key) {
        return Long.parseLong(present(values, key));
    }

    private static String present(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException(key + " missing");
        }
        return value;
    }
}
