package io.ctibridge.core.time;

import java.time.Duration;

/**
 * The two deadlines of a synchronous contact-flow request (the caller lookup, a flow operation): the whole answer's,
 * and Salesforce's, which keeps back a reserve for storing the result and answering. The budget is the profile's
 * deadline or the flow's time budget, whichever is shorter, counted from the request's arrival, so that a slow
 * profile read spends the same budget.
 *
 * @param budget         the time left for the whole answer, never negative
 * @param salesforceTime the part of {@code budget} the Salesforce call may use: {@code budget} less a reserve of a
 *                       fifth of it, at most {@link #MAX_RESERVE}
 */
public record FlowDeadlines(Duration budget, Duration salesforceTime) {

    /** Time kept back from Salesforce for storing the result and answering. */
    public static final Duration MAX_RESERVE = Duration.ofMillis(300);

    /**
     * @param profileDeadline the profile's deadline ({@code lookupDeadlineMs})
     * @param timeBudget      what the flow and Lambda leave for the request
     * @param elapsed         time spent since the request arrived
     */
    public static FlowDeadlines of(Duration profileDeadline, Duration timeBudget, Duration elapsed) {
        Duration budget = min(profileDeadline, timeBudget).minus(elapsed);
        budget = budget.isNegative() ? Duration.ZERO : budget;
        return new FlowDeadlines(budget, budget.minus(min(MAX_RESERVE, budget.dividedBy(5))));
    }

    /** As {@link #of}, for a request that arrived at {@code startedNanos} on {@link System#nanoTime()}. */
    public static FlowDeadlines since(long startedNanos, long profileDeadlineMs, Duration timeBudget) {
        return of(Duration.ofMillis(profileDeadlineMs), timeBudget, Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    /** The deadline of the whole answer, from now. */
    public Deadline answer() {
        return Deadline.after(budget);
    }

    /** The deadline of the Salesforce call, from now. */
    public Deadline salesforce() {
        return Deadline.after(salesforceTime);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
