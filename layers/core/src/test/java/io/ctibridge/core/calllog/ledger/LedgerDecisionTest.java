package io.ctibridge.core.calllog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.calllog.Records;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.RecordSource;
import io.ctibridge.core.calllog.record.RecordVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerDecisionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final Duration GRACE = Duration.ofSeconds(60);
    private static final ContactRecord RECORD = Records.answeredInbound("c-1");
    private static final RecordVersion SAME = RECORD.version();
    private static final RecordVersion OLDER =
            new RecordVersion(Records.UPDATED.minusSeconds(60), RecordSource.CONTACT_RECORD);
    private static final RecordVersion NEWER =
            new RecordVersion(Records.UPDATED.plusSeconds(60), RecordSource.CONTACT_RECORD);

    @Test
    void aContactWithoutEntry_isCreated_withoutDoubt() {
        LedgerDecision.Create create = assertInstanceOf(LedgerDecision.Create.class, decide(RECORD, "me", null));

        assertFalse(create.inDoubt());
    }

    @Test
    void aDoneContact_isSkipped_forTheSameOrAnOlderVersion() {
        assertInstanceOf(LedgerDecision.Skip.class, decide(RECORD, "me", done(SAME)));
        assertInstanceOf(LedgerDecision.Skip.class, decide(RECORD, "me", done(NEWER)));
    }

    @Test
    void aDoneContact_isRewritten_fromANewerRecord() {
        LedgerDecision.Update update = assertInstanceOf(LedgerDecision.Update.class, decide(RECORD, "me", done(OLDER)));

        assertEquals("00TA", update.entry().taskId());
    }

    @Test
    void aContactLoggedFromAnEvent_isRewrittenByItsRecord_evenOfTheSameTime() {
        RecordVersion fromEvent = new RecordVersion(Records.UPDATED, RecordSource.CONTACT_EVENT);

        assertInstanceOf(LedgerDecision.Update.class, decide(RECORD, "me", done(fromEvent)));
    }

    @Test
    void anEvent_neverRewritesAnything() {
        ContactRecord event = Records.version(RECORD, Records.UPDATED.plusSeconds(600), RecordSource.CONTACT_EVENT);

        assertInstanceOf(LedgerDecision.Skip.class, decide(event, "me", done(SAME)));
    }

    @Test
    void aRejectedContact_isTriedAgain_onlyFromANewerVersion() {
        assertInstanceOf(
                LedgerDecision.Skip.class, decide(RECORD, "me", entry(LedgerState.REJECTED, SAME, "other", NOW)));
        LedgerDecision.Create create = assertInstanceOf(
                LedgerDecision.Create.class, decide(RECORD, "me", entry(LedgerState.REJECTED, OLDER, "other", NOW)));
        assertFalse(create.inDoubt(), "a rejected Task was never created");
    }

    @Test
    void aPendingClaimOfTheSameDelivery_isTakenOverAtOnce_inDoubt() {
        LedgerDecision.Create create = assertInstanceOf(
                LedgerDecision.Create.class,
                decide(RECORD, "me", entry(LedgerState.PENDING, SAME, "me", NOW.plusSeconds(60))));

        assertTrue(create.inDoubt());
    }

    @Test
    void aLivePendingClaimOfAnotherDelivery_isWaitedFor_atMostMaxWait() {
        LedgerDecision.Wait wait = assertInstanceOf(
                LedgerDecision.Wait.class,
                decide(RECORD, "me", entry(LedgerState.PENDING, SAME, "other", NOW.plusSeconds(60))));
        LedgerDecision.Wait shortWait = assertInstanceOf(
                LedgerDecision.Wait.class,
                decide(RECORD, "me", entry(LedgerState.PENDING, SAME, "other", NOW.plusSeconds(3))));

        assertEquals(MAX_WAIT, wait.retryAfter());
        assertEquals(Duration.ofSeconds(3), shortWait.retryAfter());
    }

    @Test
    void anExpiredPendingClaimOfAnotherDelivery_isTakenOver_inDoubt() {
        LedgerDecision.Create create = assertInstanceOf(
                LedgerDecision.Create.class,
                decide(RECORD, "me", entry(LedgerState.PENDING, SAME, "other", NOW.minusSeconds(1))));

        assertTrue(create.inDoubt());
    }

    @Test
    void aCreateInDoubt_holdsBackEvenTheSameDelivery_untilTheGraceHasPassed() {
        LedgerEntry inDoubt = new LedgerEntry(
                "c-1", LedgerState.PENDING, SAME, null, "me", 2, NOW.plusSeconds(60), NOW.minusSeconds(45));

        LedgerDecision.Wait wait = assertInstanceOf(LedgerDecision.Wait.class, decide(RECORD, "me", inDoubt));

        assertEquals(Duration.ofSeconds(15), wait.retryAfter());
    }

    @Test
    void aCreateInDoubt_isCheckedBeforeCreating_onceTheGraceHasPassed() {
        LedgerEntry inDoubt = new LedgerEntry(
                "c-1", LedgerState.PENDING, SAME, null, "other", 2, NOW.minusSeconds(1), NOW.minus(GRACE));

        LedgerDecision.Create create = assertInstanceOf(LedgerDecision.Create.class, decide(RECORD, "me", inDoubt));

        assertTrue(create.inDoubt());
    }

    private static LedgerDecision decide(ContactRecord record, String claimant, LedgerEntry entry) {
        return LedgerDecision.decide(record, claimant, Optional.ofNullable(entry), NOW, MAX_WAIT, GRACE);
    }

    private static LedgerEntry done(RecordVersion version) {
        return new LedgerEntry("c-1", LedgerState.DONE, version, "00TA", "other", 2, Instant.EPOCH);
    }

    private static LedgerEntry entry(LedgerState state, RecordVersion version, String claimant, Instant leaseUntil) {
        return new LedgerEntry("c-1", state, version, null, claimant, 1, leaseUntil);
    }
}
