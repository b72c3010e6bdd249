package io.ctibridge.core.salesforce.guard;

import java.time.Duration;
import java.util.Objects;

/**
 * How the guard behaves.
 *
 * @param hardSharePercent share of the org's daily API allowance from which work is shed (0 < share ≤ 100)
 * @param budgetCoolDown   how long work is shed after the share was seen or REQUEST_LIMIT_EXCEEDED came back
 * @param breakerFailures  consecutive lookup timeouts or Salesforce failures that open the breaker; 0 turns it off
 * @param breakerCoolDown  how long an open breaker answers at once before it lets one probe through
 */
public record GuardSettings(
        double hardSharePercent, Duration budgetCoolDown, int breakerFailures, Duration breakerCoolDown) {

    public static final double DEFAULT_HARD_SHARE_PERCENT = 95;
    public static final Duration DEFAULT_BUDGET_COOL_DOWN = Duration.ofMinutes(5);
    public static final int DEFAULT_BREAKER_FAILURES = 5;
    public static final Duration DEFAULT_BREAKER_COOL_DOWN = Duration.ofSeconds(30);

    public GuardSettings {
        if (!(hardSharePercent > 0 && hardSharePercent <= 100)) {
            throw new IllegalArgumentException(
                    "the hard share must be above 0 and at most 100 %, not " + hardSharePercent);
        }
        requirePositive(budgetCoolDown, "the budget cool-down");
        if (breakerFailures < 0) {
            throw new IllegalArgumentException(
                    "the breaker's failure count must not be negative, not " + breakerFailures);
        }
        requirePositive(breakerCoolDown, "the breaker cool-down");
    }

    public static GuardSettings defaults() {
        return new GuardSettings(
                DEFAULT_HARD_SHARE_PERCENT,
                DEFAULT_BUDGET_COOL_DOWN,
                DEFAULT_BREAKER_FAILURES,
                DEFAULT_BREAKER_COOL_DOWN);
    }

    public boolean breakerOn() {
        return breakerFailures > 0;
    }

    private static void requirePositive(Duration value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, not " + value);
        }
    }
}
