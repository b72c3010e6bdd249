package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.analysis.AnalysisFields;
import io.ctibridge.core.calllog.analysis.ContactAnalysis;
import io.ctibridge.core.calllog.ledger.LedgerAnalysis;
import io.ctibridge.core.calllog.ledger.LedgerEntry;
import io.ctibridge.core.observability.JsonLog;
import java.util.Map;
import java.util.Optional;

/**
 * A Contact Lens analysis that arrived before its call was logged rides along with the write that logs it (a
 * Task's create, a VoiceCall's closing PATCH): no extra request, and completing the entry marks it applied for that
 * destination. Shared by the destinations so they fold it in the same way.
 */
final class WaitingAnalysis {

    private final JsonLog log;

    WaitingAnalysis(JsonLog log) {
        this.log = log;
    }

    /**
     * The fields of the analysis waiting on {@code entry}, as the call's profile names them; empty when none waits,
     * the profile does not apply analyses, or it cannot be read (it then stays waiting for its own delivery).
     */
    Map<String, Object> fields(LoggableCall call, LedgerEntry entry) {
        Optional<LedgerAnalysis> waiting = entry.waitingAnalysis();
        if (waiting.isEmpty() || !call.config().contactLens().enabled()) {
            return Map.of();
        }
        try {
            return AnalysisFields.of(
                    call.config().contactLens(),
                    ContactAnalysis.fromJson(waiting.get().insight()));
        } catch (IllegalArgumentException unreadable) {
            log.warn(
                    "the waiting analysis cannot be read; the call is logged without it",
                    Map.of("contactId", call.contactId()));
            return Map.of();
        }
    }

    /** The entry to complete from: it names a waiting analysis only when the write carried {@code carried}. */
    static LedgerEntry completing(LedgerEntry entry, Map<String, Object> carried) {
        return carried.isEmpty() ? entry.withoutWaitingAnalysis() : entry;
    }
}
