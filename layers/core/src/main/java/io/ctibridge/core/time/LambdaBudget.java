package io.ctibridge.core.time;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;

/**
 * The part of an invocation's remaining time the work may use; the rest is kept to answer, report and log. The one
 * place that reads Lambda's remaining time, for every handler.
 */
public final class LambdaBudget {

    /** Kept back by the synchronous functions (lookup, pop) so that the answer leaves before Lambda's timeout. */
    public static final Duration ANSWER_MARGIN = Duration.ofMillis(200);

    private LambdaBudget() {}

    /** {@code margin} less than Lambda's remaining time; no deadline outside Lambda (tests, local runs). */
    public static Deadline deadline(Context context, Duration margin) {
        return context == null ? Deadline.none() : Deadline.after(usable(context, margin));
    }

    /**
     * {@code margin} less than Lambda's remaining time, never more than {@code cap} (Connect's own limit, say),
     * and {@code cap} itself outside Lambda.
     */
    public static Duration usable(Context context, Duration margin, Duration cap) {
        if (context == null) {
            return cap;
        }
        Duration usable = usable(context, margin);
        return usable.compareTo(cap) < 0 ? usable : cap;
    }

    /** Waits {@code wanted}, but never past the deadline: sleeping into a timeout would lose the batch's report. */
    public static void pause(Duration wanted, Deadline deadline) {
        Duration wait = wanted.compareTo(deadline.remaining()) < 0 ? wanted : deadline.remaining();
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration usable(Context context, Duration margin) {
        Duration usable = Duration.ofMillis(context.getRemainingTimeInMillis()).minus(margin);
        return usable.isNegative() ? Duration.ZERO : usable;
    }
}
