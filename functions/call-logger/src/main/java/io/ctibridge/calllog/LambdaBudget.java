package io.ctibridge.calllog;

import com.amazonaws.services.lambda.runtime.Context;
import io.ctibridge.core.salesforce.Deadline;
import java.time.Duration;

/** The part of an invocation's remaining time the work may use; the rest is kept to report and log. */
final class LambdaBudget {

    private LambdaBudget() {}

    /** {@code margin} less than Lambda's remaining time; no deadline outside Lambda (tests, local runs). */
    static Deadline deadline(Context context, Duration margin) {
        if (context == null) {
            return Deadline.none();
        }
        Duration usable = Duration.ofMillis(context.getRemainingTimeInMillis()).minus(margin);
        return Deadline.after(usable.isNegative() ? Duration.ZERO : usable);
    }

    /** Waits {@code wanted}, but never past the deadline: sleeping into a timeout would lose the batch's report. */
    static void pause(Duration wanted, Deadline deadline) {
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
}
