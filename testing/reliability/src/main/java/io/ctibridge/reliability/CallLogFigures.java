package io.ctibridge.reliability;

import java.util.List;
import java.util.Map;

/**
 * What came out of a call-logging run under faults.
 *
 * @param destination      the default profile's call-log destination: Task, VoiceCall or both
 * @param contacts         distinct contacts sent
 * @param recordsDelivered records put on the stream: first versions, later versions, duplicates, malformed ones
 * @param invocations      handler invocations, redeliveries included
 * @param faultsInjected   injected faults by kind (per invocation, plus per-record ones)
 * @param tasks            Tasks in the org for the contacts (by CallObject)
 * @param duplicates       Tasks beyond the first for a contact (must be 0)
 * @param voiceCalls       VoiceCalls in the org for the contacts (by VendorCallKey)
 * @param voiceCallDuplicates VoiceCalls beyond the first for a contact (must be 0)
 * @param deadLettered     contacts and malformed records in the dead-letter queue, by reason
 * @param lost             contacts with no Task (no VoiceCall, for those destinations) and no dead letter, and malformed records not dead-lettered (must be 0)
 * @param stale            contacts whose Task does not carry their latest record version, described (must be empty)
 * @param abandoned        stream positions given up after the maximum attempts (must be 0)
 * @param analysesDelivered Contact Lens analysis events delivered (older versions and duplicates included)
 * @param analysesLost     Tasks and VoiceCalls that lack their contact's newest analysis's summary, and analysis
 *                         events never delivered (must be 0)
 */
public record CallLogFigures(
        String destination,
        int contacts,
        int recordsDelivered,
        int invocations,
        Map<String, Integer> faultsInjected,
        int tasks,
        int duplicates,
        int voiceCalls,
        int voiceCallDuplicates,
        Map<String, Integer> deadLettered,
        int lost,
        List<String> stale,
        int abandoned,
        long elapsedMillis,
        int analysesDelivered,
        int analysesLost) {

    public boolean passed() {
        return duplicates == 0
                && voiceCallDuplicates == 0
                && lost == 0
                && stale.isEmpty()
                && abandoned == 0
                && analysesLost == 0;
    }
}
