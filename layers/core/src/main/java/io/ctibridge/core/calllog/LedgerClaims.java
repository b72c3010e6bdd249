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
 * Claims the contacts a destination is to create, all at once, in that destination's ledger entries. A claim lost to
 * another delivery comes back after the busy wait; a ledger that cannot be reached, after the outage backoff.
 */
final class LedgerClaims {

    private final Parallel parallel;
    private final CallLogSettings settings;
    private final JsonLog log;

    LedgerClaims(Parallel parallel, CallLogSettings settings, JsonLog log) {
        this.parallel = parallel;
        this.settings = settings;
        this.log = log;
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
