package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.ledger.CallLogLedger;
import io.ctibridge.core.calllog.ledger.LedgerDecision;
import io.ctibridge.core.calllog.ledger.LedgerEntry;
import io.ctibridge.core.observability.JsonLog;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A destination's ledger steps before it writes: the ledger's word on each call ({@link #decide}), then the claims of
 * the contacts to create, all at once, in that destination's entries ({@link #claim}). A claim lost to another
 * delivery comes back after the busy wait; a ledger that cannot be reached, after the outage backoff.
 */
final class LedgerClaims {

    /**
     * What the ledger says to write.
     *
     * @param updates the calls that rewrite their record from a later version, with the entry that names it
     * @param creates the calls to claim and create
     */
    record Decisions(Map<LoggableCall, LedgerEntry> updates, Map<LoggableCall, LedgerDecision.Create> creates) {}

    private final Parallel parallel;
    private final CallLogSettings settings;
    private final JsonLog log;

    LedgerClaims(Parallel parallel, CallLogSettings settings, JsonLog log) {
        this.parallel = parallel;
        this.settings = settings;
        this.log = log;
    }

    /**
     * The ledger's word on each call at {@code now}; the skipped and the waiting get their outcome here.
     *
     * @param skipLabel put before the ledger's reason for a skip ("VoiceCall " for that destination)
     */
    Decisions decide(
            List<LoggableCall> calls,
            Map<String, LedgerEntry> entries,
            Instant now,
            String skipLabel,
            Outcomes outcomes) {
        Map<LoggableCall, LedgerEntry> updates = new LinkedHashMap<>();
        Map<LoggableCall, LedgerDecision.Create> creates = new LinkedHashMap<>();
        for (LoggableCall call : calls) {
            LedgerDecision decision = LedgerDecision.decide(
                    call.contact(),
                    call.delivery().claimant(),
                    Optional.ofNullable(entries.get(call.contactId())),
                    now,
                    settings.maxBusyWait(),
                    settings.inDoubtGrace());
            switch (decision) {
                case LedgerDecision.Skip skip ->
                    outcomes.put(call, call.outcome(CallLogOutcome.Result.SKIPPED, skipLabel + skip.reason()));
                case LedgerDecision.Wait wait -> outcomes.put(call, call.retry(wait.reason(), wait.retryAfter()));
                case LedgerDecision.Update update -> updates.put(call, update.entry());
                case LedgerDecision.Create create -> creates.put(call, create);
            }
        }
        return new Decisions(updates, creates);
    }

    /**
     * @param destination what is claimed, for the log ("Task", "VoiceCall")
     * @return the claims taken, in the order of {@code creates}; every other call has its outcome in {@code outcomes}
     */
    Map<LoggableCall, LedgerEntry> claim(
            CallLogLedger ledger,
            String destination,
            Map<LoggableCall, LedgerDecision.Create> creates,
            Instant leaseUntil,
            Outcomes outcomes) {
        List<LoggableCall> calls = List.copyOf(creates.keySet());
        List<Parallel.Attempt<Optional<LedgerEntry>>> attempts = parallel.map(
                calls,
                call -> ledger.claim(
                        call.contactId(),
                        call.contact().version(),
                        call.delivery().claimant(),
                        leaseUntil,
                        creates.get(call).seen()));
        Map<LoggableCall, LedgerEntry> claimed = new LinkedHashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            LoggableCall call = calls.get(i);
            Parallel.Attempt<Optional<LedgerEntry>> attempt = attempts.get(i);
            if (!attempt.succeeded()) {
                log.error(
                        "cannot claim the contact's " + destination + " in the ledger",
                        Map.of("contactId", call.contactId()),
                        attempt.failure());
                outcomes.put(call, call.retry("ledger unavailable", settings.outageBackoff()));
            } else if (attempt.value().isEmpty()) {
                outcomes.put(call, call.retry("claimed by another delivery", settings.maxBusyWait()));
            } else {
                claimed.put(call, attempt.value().get());
            }
        }
        return claimed;
    }
}
