package io.ctibridge.core.calllog.analysis;

import io.ctibridge.core.calllog.ledger.CallLogLedger;
import io.ctibridge.core.config.CallLog;
import java.util.Objects;
import java.util.function.Function;

/**
 * A call-log destination as an analysis reaches it: the ledger entries that say whether the call's record exists
 * there, and which object that record is.
 *
 * @param name   for logs and outcomes
 * @param ledger the destination's entries on the call-log ledger
 * @param object the sObject its records are, given the profile's call-log settings
 */
public record AnalysisTarget(String name, CallLogLedger ledger, Function<CallLog, String> object) {

    public AnalysisTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(object, "object");
    }

    /** The Task destination: the profile's {@code callLog.object}. */
    public static AnalysisTarget task(CallLogLedger ledger) {
        return new AnalysisTarget("Task", ledger, CallLog::object);
    }

    /** The VoiceCall destination: updated through the REST API by Id, as its RelatedRecordId is. */
    public static AnalysisTarget voiceCall(CallLogLedger ledger) {
        return new AnalysisTarget("VoiceCall", ledger, settings -> "VoiceCall");
    }
}
