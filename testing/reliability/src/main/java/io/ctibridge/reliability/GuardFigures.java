package io.ctibridge.reliability;

import io.ctibridge.local.LocalStack;
import java.time.Duration;

/**
 * The Salesforce guard's run: the API budget at 96 % of the allowance (hard share 95 %), and sequential lookups at
 * 5 s Salesforce latency with the breaker off and on.
 */
public record GuardFigures(
        GuardRuns.BudgetFigures budget,
        LookupFaults.SequentialFigures breakerOff,
        LookupFaults.SequentialFigures breakerOn) {

    static final int USAGE_PERCENT = 96;
    static final int SHED_LOOKUPS = 10;
    static final int CONTACTS = 200;
    static final Duration SLOW_SALESFORCE = Duration.ofSeconds(5);

    static GuardFigures run(LocalStack stack, LookupFaults lookups, int breakerLookups) {
        GuardRuns.BudgetFigures budget = new GuardRuns(stack).budget(USAGE_PERCENT, SHED_LOOKUPS, CONTACTS);
        return new GuardFigures(
                budget,
                lookups.sequential(false, SLOW_SALESFORCE, breakerLookups),
                lookups.sequential(true, SLOW_SALESFORCE, breakerLookups));
    }

    /** Shed lookups never reached Salesforce; nothing the call log deferred was lost or dead-lettered. */
    public boolean passed() {
        return budget.salesforceCallsWhileShed() == 0
                && budget.lookupStatuses().keySet().stream().allMatch("UNAVAILABLE"::equals)
                && budget.deferredDeliveries() > 0
                && budget.lost() == 0
                && budget.deadLetters() == 0
                && budget.abandoned() == 0;
    }
}
