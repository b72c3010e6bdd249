package io.ctibridge.core.salesforce;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The org's daily API usage as this execution environment last saw it: Salesforce reports it on every REST answer
 * ({@code Sforce-Limit-Info: api-usage=<used>/<max>}), and answers {@code REQUEST_LIMIT_EXCEEDED} once it is spent.
 * One per execution environment, fed by the API client, read by the guard and the metrics. Thread-safe.
 */
public final class ApiUsage {

    /** What one answer said: {@code used} of {@code max} calls in the last 24 hours, seen {@code at}. */
    public record Reading(long used, long max, Instant at) {

        /** Used as a percentage of the allowance (over 100 once Salesforce lets the org overrun it). */
        public double percent() {
            return max == 0 ? 100.0 : 100.0 * used / max;
        }
    }

    private static final Pattern API_USAGE =
            Pattern.compile("(?:^|[,\\s])api-usage=(\\d{1,18})/(\\d{1,18})(?:$|[,\\s])");

    private Reading last;
    private Instant limitExceededAt;

    /**
     * The usage a {@code Sforce-Limit-Info} value reports; empty when it is missing or malformed (never throws: a
     * header we cannot read must not fail the call it came with).
     */
    public static Optional<Reading> parse(String header, Instant at) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Matcher matcher = API_USAGE.matcher(header.strip());
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            long used = Long.parseLong(matcher.group(1));
            long max = Long.parseLong(matcher.group(2));
            return max > 0 ? Optional.of(new Reading(used, max, at)) : Optional.empty();
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    /** Records the usage a header reports, if it reports one. */
    public void seen(String header, Instant at) {
        parse(header, at).ifPresent(this::record);
    }

    public synchronized void record(Reading reading) {
        // Answers of concurrent calls can arrive out of order: keep the latest.
        if (last == null || !reading.at().isBefore(last.at())) {
            last = reading;
        }
    }

    /** Salesforce refused a call with {@code REQUEST_LIMIT_EXCEEDED}. */
    public synchronized void limitExceeded(Instant at) {
        if (limitExceededAt == null || at.isAfter(limitExceededAt)) {
            limitExceededAt = at;
        }
    }

    public synchronized Optional<Reading> last() {
        return Optional.ofNullable(last);
    }

    /** When Salesforce last answered {@code REQUEST_LIMIT_EXCEEDED}, if ever. */
    public synchronized Optional<Instant> lastLimitExceeded() {
        return Optional.ofNullable(limitExceededAt);
    }
}
