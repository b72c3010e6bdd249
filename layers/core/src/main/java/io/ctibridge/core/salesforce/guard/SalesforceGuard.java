package io.ctibridge.core.salesforce.guard;

import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.observability.LogSink;
import io.ctibridge.core.salesforce.ApiUsage;
import io.ctibridge.core.salesforce.SalesforceConnectionException;
import io.ctibridge.core.salesforce.SalesforceTimeoutException;
import io.ctibridge.core.salesforce.ServiceUnavailableException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The execution environment's guard in front of Salesforce: the org's daily API budget for every job, and the
 * circuit breaker for the caller lookup, which must answer while the phone rings rather than wait on a Salesforce
 * that keeps failing. Built once per composition root; thread-safe.
 */
public final class SalesforceGuard {

    private final ApiUsage usage;
    private final ApiBudget budget;
    private final CircuitBreaker breaker;
    private final GuardSettings settings;
    private final JsonLog log;

    public SalesforceGuard(ApiUsage usage, GuardSettings settings, Clock clock, JsonLog log) {
        this.usage = Objects.requireNonNull(usage, "usage");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.log = Objects.requireNonNull(log, "log");
        this.budget = new ApiBudget(usage, settings.hardSharePercent(), settings.budgetCoolDown(), clock);
        this.breaker = new CircuitBreaker(settings.breakerFailures(), settings.breakerCoolDown(), clock);
    }

    /**
     * A guard that never refuses: its usage record is fed by no client and its breaker is off. For tests of other
     * behaviours; the composition root always builds a real one.
     */
    public static SalesforceGuard unguarded() {
        return new SalesforceGuard(
                new ApiUsage(),
                new GuardSettings(
                        100, GuardSettings.DEFAULT_BUDGET_COOL_DOWN, 0, GuardSettings.DEFAULT_BREAKER_COOL_DOWN),
                Clock.systemUTC(),
                LogSink.nowhere(Clock.systemUTC()).log(SalesforceGuard.class));
    }

    /** What the environment's API client records the org's usage in. */
    public ApiUsage usage() {
        return usage;
    }

    /**
     * Whether a lookup may call Salesforce now: empty if so (and it must then report {@link #lookupSucceeded()} or
     * {@link #lookupFailed(Throwable)}), else why not.
     */
    public Optional<String> lookupRefusal() {
        Optional<Shed> shed = budget.shed();
        if (shed.isPresent()) {
            return Optional.of(shed.get().reason());
        }
        return settings.breakerOn() ? breaker.refusal() : Optional.empty();
    }

    /** Salesforce answered the lookup (records, none, or an error about the request itself). */
    public void lookupSucceeded() {
        if (settings.breakerOn()) {
            breaker.succeeded().ifPresent(this::report);
        }
    }

    /**
     * The lookup failed with {@code failure}, or ran out of time when it is null. Only a timeout, a dropped
     * connection or a 5xx counts against Salesforce's health; any other error means Salesforce did answer.
     */
    public void lookupFailed(Throwable failure) {
        if (!settings.breakerOn()) {
            return;
        }
        if (failure == null || isOutage(failure)) {
            breaker.failed().ifPresent(this::report);
        } else {
            breaker.succeeded().ifPresent(this::report);
        }
    }

    /** Why work that can wait (the call log) should wait now; empty when it may go ahead. */
    public Optional<Shed> deferral() {
        return budget.shed();
    }

    /**
     * Publishes the org's usage as last seen (SalesforceApiUsed, SalesforceApiMax, SalesforceApiUsagePercent), for
     * the alarm on the percentage; nothing before any answer reported it. Call at most once per invocation.
     */
    public void publishUsage(EmfMetrics metrics) {
        usage.last()
                .ifPresent(reading -> metrics.values(List.of(
                        new EmfMetrics.Value("SalesforceApiUsed", reading.used(), "Count"),
                        new EmfMetrics.Value("SalesforceApiMax", reading.max(), "Count"),
                        new EmfMetrics.Value(
                                "SalesforceApiUsagePercent", Math.round(reading.percent() * 100) / 100.0, "Percent"))));
    }

    /** The breaker's state, for tests and the operator's log. */
    public String breakerState() {
        return breaker.state().name();
    }

    private static boolean isOutage(Throwable failure) {
        return failure instanceof SalesforceTimeoutException
                || failure instanceof SalesforceConnectionException
                || failure instanceof ServiceUnavailableException;
    }

    private void report(CircuitBreaker.Change change) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("from", change.from().name());
        fields.put("to", change.to().name());
        fields.put("consecutiveFailures", breaker.consecutiveFailures());
        fields.put("coolDownSeconds", settings.breakerCoolDown().toSeconds());
        if (change.to() == CircuitBreaker.State.OPEN) {
            log.warn("Salesforce circuit breaker opened: lookups answer UNAVAILABLE at once", fields);
        } else {
            log.info("Salesforce circuit breaker " + change.to().name().toLowerCase(Locale.ROOT), fields);
        }
    }
}
