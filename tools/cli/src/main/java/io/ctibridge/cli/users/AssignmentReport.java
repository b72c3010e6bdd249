package io.ctibridge.cli.users;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Prints one line per user, then the totals. */
public final class AssignmentReport {

    private final Map<UserOutcome.Status, Integer> totals = new EnumMap<>(UserOutcome.Status.class);
    private final List<UserOutcome> outcomes;

    public AssignmentReport(List<UserOutcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
        for (UserOutcome.Status status : UserOutcome.Status.values()) {
            totals.put(status, 0);
        }
        outcomes.forEach(outcome -> totals.merge(outcome.status(), 1, Integer::sum));
    }

    public int count(UserOutcome.Status status) {
        return totals.get(status);
    }

    public boolean anyFailed() {
        return count(UserOutcome.Status.FAILED) > 0;
    }

    public void print(PrintWriter out, CallCenterRef target, boolean dryRun) {
        for (UserOutcome outcome : outcomes) {
            out.printf(
                    "%-13s %s%s%n",
                    outcome.status().label(),
                    outcome.username(),
                    outcome.detail().isEmpty() ? "" : "  (" + outcome.detail() + ")");
        }
        UserOutcome.Status changed = dryRun ? UserOutcome.Status.WOULD_CHANGE : UserOutcome.Status.CHANGED;
        out.printf(
                "%scall center %s: %d users, %d %s, %d unchanged, %d failed%s%n",
                dryRun ? "dry run, " : "",
                target,
                outcomes.size(),
                count(changed),
                changed.label(),
                count(UserOutcome.Status.UNCHANGED),
                count(UserOutcome.Status.FAILED),
                dryRun ? "; nothing was written" : "");
    }
}
