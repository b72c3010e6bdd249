package io.ctibridge.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one line a cold-start child prints after its first answer, and its parsing in the parent.
 *
 * @param jvmStartToAnswerMillis from the JVM's start (RuntimeMXBean) to the handler's answer
 * @param handlerInitNanos       the handler's no-arg constructor (Lambda's init phase)
 * @param eventReadNanos         reading the event with the runtime's serializer
 * @param firstCallNanos         the first handleRequest
 * @param loadedClasses          classes loaded by then (the few java.lang.management needs to count them included)
 * @param lookupStatus           the answer's lookupStatus
 */
public record ChildReport(long jvmStartToAnswerMillis, long handlerInitNanos, long eventReadNanos,
                          long firstCallNanos, long loadedClasses, String lookupStatus) {

    static final String PREFIX = "ctibridge-cold-start ";

    public String toLine() {
        return PREFIX + "jvmStartToAnswerMs=" + jvmStartToAnswerMillis + " handlerInitNs=" + handlerInitNanos
                + " eventReadNs=" + eventReadNanos + " firstCallNs=" + firstCallNanos
                + " loadedClasses=" + loadedClasses + " lookupStatus=" + lookupStatus;
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
            return Optional.of(new ChildReport(number(values, "jvmStartToAnswerMs"), number(values, "handlerInitNs"),
                    number(values, "eventReadNs"), number(values, "firstCallNs"), number(values, "loadedClasses"),
                    values.getOrDefault("lookupStatus", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed cold-start report: " + line, e);
        }
    }

    private static long number(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new NumberFormatException(key + " missing");
        }
        return Long.parseLong(value);
    }
}
