package io.ctibridge.core.observability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.phone.PhoneMasking;
import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One JSON object per line on stdout, which Lambda ships to CloudWatch Logs as is and Logs Insights can query by
 * field (e.g. {@code filter contactId = "..."}). Callers mask the phone numbers they log ({@link PhoneMasking});
 * an E.164 number left in a message, a text field or an error is masked here too. Lines below the stack's
 * {@code LogLevel} are dropped ({@link LogSink} carries it).
 */
public final class JsonLog {

    public enum Level {
        DEBUG,
        INFO,
        WARN,
        ERROR
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * An E.164 number anywhere in a line. Callers mask the numbers they log; this is the net under them, for a number
     * in an exception's message or a field nobody thought of.
     */
    private static final Pattern E164 = Pattern.compile("\\+\\d{8,15}(?!\\d)");

    private final String logger;
    private final PrintStream out;
    private final Clock clock;
    private final Level minimum;

    /** A logger that writes every level. */
    public JsonLog(String logger, PrintStream out, Clock clock) {
        this(logger, out, clock, Level.DEBUG);
    }

    /** A logger that drops lines less severe than {@code minimum} (the stack's LogLevel). */
    public JsonLog(String logger, PrintStream out, Clock clock, Level minimum) {
        this.logger = Objects.requireNonNull(logger, "logger");
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.minimum = Objects.requireNonNull(minimum, "minimum");
    }

    /** A logger writing to stdout, as Lambda functions should. */
    public static JsonLog stdout(Class<?> owner) {
        return new JsonLog(owner.getSimpleName(), System.out, Clock.systemUTC());
    }

    public void debug(String message, Map<String, ?> fields) {
        write(Level.DEBUG, message, fields, null);
    }

    public void info(String message, Map<String, ?> fields) {
        write(Level.INFO, message, fields, null);
    }

    public void warn(String message, Map<String, ?> fields) {
        write(Level.WARN, message, fields, null);
    }

    public void error(String message, Map<String, ?> fields, Throwable error) {
        write(Level.ERROR, message, fields, error);
    }

    /** {@code text} with every E.164 number masked as {@link PhoneMasking} masks it. */
    static String masked(CharSequence text) {
        Matcher numbers = E164.matcher(text);
        return numbers.find() ? numbers.replaceAll(number -> PhoneMasking.mask(number.group())) : text.toString();
    }

    public void write(Level level, String message, Map<String, ?> fields, Throwable error) {
        if (level.compareTo(minimum) < 0) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", clock.instant().toString());
        line.put("level", level.name());
        line.put("logger", logger);
        line.put("message", masked(message));
        fields.forEach(
                (key, value) -> line.putIfAbsent(key, value instanceof CharSequence text ? masked(text) : value));
        if (error != null) {
            // The class and message only: stack traces of SDK errors can carry request details we don't want in logs.
            line.put("error", masked(error.getClass().getName() + ": " + error.getMessage()));
        }
        String text;
        try {
            text = JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            text = "{\"level\":\"ERROR\",\"message\":\"unserialisable log line\",\"logger\":\"" + logger + "\"}";
        }
        synchronized (out) {
            out.println(text);
        }
    }
}
