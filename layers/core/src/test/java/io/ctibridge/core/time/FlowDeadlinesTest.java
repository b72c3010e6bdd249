package io.ctibridge.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FlowDeadlinesTest {

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Test
    void of_takesTheProfileDeadline_whenTheFlowLeavesMore() {
        FlowDeadlines deadlines = FlowDeadlines.of(ms(3000), ms(7800), ms(100));

        assertEquals(ms(2900), deadlines.budget());
        assertEquals(ms(2600), deadlines.salesforceTime());
    }

    @Test
    void of_takesTheFlowsBudget_whenItIsShorterThanTheProfiles() {
        FlowDeadlines deadlines = FlowDeadlines.of(ms(3000), ms(2000), ms(0));

        assertEquals(ms(2000), deadlines.budget());
        assertEquals(ms(1700), deadlines.salesforceTime());
    }

    @Test
    void of_keepsAFifthBack_whenTheBudgetIsShort() {
        FlowDeadlines deadlines = FlowDeadlines.of(ms(1000), ms(8000), ms(0));

        assertEquals(ms(1000), deadlines.budget());
        assertEquals(ms(800), deadlines.salesforceTime());
    }

    @Test
    void of_capsTheReserve_atExactlyFifteenHundredMillisBudget() {
        // A fifth of 1500 ms is the cap itself: both formulas give 300 ms.
        FlowDeadlines deadlines = FlowDeadlines.of(ms(1500), ms(8000), ms(0));

        assertEquals(ms(1200), deadlines.salesforceTime());
    }

    @Test
    void of_countsTheBudgetFromArrival_toTheNanosecond() {
        FlowDeadlines deadlines = FlowDeadlines.of(ms(3000), ms(8000), Duration.ofNanos(1));

        assertEquals(ms(3000).minusNanos(1), deadlines.budget());
        assertEquals(ms(2700).minusNanos(1), deadlines.salesforceTime());
    }

    @Test
    void of_givesZero_whenTheArrivalAlreadySpentTheBudget() {
        FlowDeadlines deadlines = FlowDeadlines.of(ms(3000), ms(8000), ms(3500));

        assertEquals(Duration.ZERO, deadlines.budget());
        assertEquals(Duration.ZERO, deadlines.salesforceTime());
    }

    @Test
    void of_givesZero_whenTheFlowLeftNoTimeAtAll() {
        FlowDeadlines deadlines = FlowDeadlines.of(ms(3000), Duration.ZERO, ms(1));

        assertEquals(Duration.ZERO, deadlines.budget());
        assertEquals(Duration.ZERO, deadlines.salesforceTime());
    }

    @Test
    void answer_isExpiredAtOnce_whenTheBudgetIsZero() {
        FlowDeadlines deadlines = FlowDeadlines.of(ms(3000), ms(8000), ms(3000));

        assertTrue(deadlines.answer().isExpired());
        assertTrue(deadlines.salesforce().isExpired());
    }
}
