package io.ctibridge.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite's fast subset, as bin/test runs it: 120 contacts, one round of lookups per fault, three latency steps,
 * 2,700 generated inputs, and the scan of what the functions logged meanwhile; the call log's faults include
 * Salesforce writes that finish after the call logger's timeout. bin/reliability runs the full size.
 */
class ReliabilitySuiteIT {

    private static SuiteFigures figures;
    private static Path log;

    @BeforeAll
    static void runTheFastSubset() throws Exception {
        log = Path.of("target", "reliability-it", "functions-stdout.log");
        Files.deleteIfExists(log);
        figures = new ReliabilitySuite(SuiteOptions.fast(log), System.err).run("reliability-it");
        System.err.println(FiguresReport.markdown(figures, "ReliabilitySuiteIT"));
    }

    @Test
    void config_invalidProfileRefused_lastGoodServedInAnOutage_builtInDefaultLoudWhenNoneExists() {
        assertEquals(3, figures.config().size());
        figures.config().forEach(check -> assertTrue(check.passed(), check.name() + ": " + check.detail()));
    }

    @Test
    void lookups_answerWithinTheDeadline_withTheWholeFlowContract_underEveryFault() {
        assertTrue(figures.lookups().size() >= 12, "every fault ran");
        for (LookupFaultFigures lookup : figures.lookups()) {
            assertEquals(LookupFaults.CALLERS.size(), lookup.latency().count(), lookup.scenario());
            assertEquals(0, lookup.overDeadline(), lookup.scenario() + ": " + lookup.latency());
            assertTrue(lookup.violations().isEmpty(), lookup.scenario() + ": " + lookup.violations());
        }
    }

    @Test
    void lookups_underASalesforceOutage_answerUnavailable_notAnError() {
        LookupFaultFigures outage = figures.lookups().stream()
                .filter(l -> l.scenario().equals("Salesforce 503 on every call"))
                .findFirst()
                .orElseThrow();
        // anonymous is WITHHELD before any search; every number that needed Salesforce is UNAVAILABLE
        assertEquals(
                LookupFaults.CALLERS.size() - 1,
                outage.statuses().get("UNAVAILABLE"),
                outage.statuses().toString());
    }

    @Test
    void callLogging_underRandomFaults_leavesNoDuplicateNoLostRecordAndNoStaleTask() {
        CallLogFigures callLog = figures.callLog();
        assertEquals(0, callLog.duplicates(), "duplicate Tasks");
        assertEquals(0, callLog.lost(), "lost records");
        assertEquals(List.of(), callLog.stale(), "Tasks not on the latest version");
        assertEquals(0, callLog.abandoned(), "stream positions given up");
        assertEquals(0, callLog.analysesLost(), "Tasks without their newest Contact Lens analysis");
        assertTrue(callLog.analysesDelivered() > callLog.contacts(), "analyses delivered, duplicates included");
        int deadLettered = callLog.deadLettered().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertTrue(callLog.tasks() + deadLettered >= callLog.contacts(), "every contact is a Task or a dead letter");
        assertTrue(callLog.invocations() > callLog.recordsDelivered() / 100, "faults forced redeliveries");
    }

    @Test
    void callLoggingToVoiceCallAndBoth_underRandomFaults_leavesNoDuplicateAndNoLostRecord() {
        assertEquals(2, figures.voiceCallLogs().size());
        for (CallLogFigures callLog : figures.voiceCallLogs()) {
            String destination = callLog.destination();
            assertEquals(0, callLog.voiceCallDuplicates(), destination + ": duplicate VoiceCalls");
            assertEquals(0, callLog.duplicates(), destination + ": duplicate Tasks");
            assertEquals(0, callLog.lost(), destination + ": lost records");
            assertEquals(List.of(), callLog.stale(), destination + ": records not on the latest version");
            assertEquals(0, callLog.abandoned(), destination + ": stream positions given up");
            int deadLettered = callLog.deadLettered().values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            assertTrue(callLog.voiceCalls() + deadLettered >= callLog.contacts(), destination + ": every contact");
            assertEquals(0, callLog.analysesLost(), destination + ": records without their newest analysis");
            assertTrue(callLog.analysesDelivered() > callLog.contacts(), destination + ": analyses delivered");
        }
        assertEquals(0, figures.voiceCallLogs().getFirst().tasks(), "VoiceCall only: no Task for inbound calls");
        assertTrue(figures.voiceCallLogs().get(1).tasks() > 0, "both: Tasks as well");
    }

    @Test
    void apiBudget_atTheHardShare_shedsLookupsWithoutSalesforce_andDefersTheCallLogLosingNothing() {
        GuardRuns.BudgetFigures budget = figures.guard().budget();
        assertEquals(Map.of("UNAVAILABLE", (long) budget.lookups()), budget.lookupStatuses());
        assertEquals(0, budget.salesforceCallsWhileShed(), "shed lookups called Salesforce");
        assertTrue(budget.deferredDeliveries() > 0, "the call log deferred while the budget was spent");
        assertEquals(budget.contacts(), budget.tasks(), "every contact logged once the allowance freed up");
        assertEquals(0, budget.deadLetters(), "nothing dead-lettered for the budget");
        assertEquals(0, budget.lost());
    }

    @Test
    void breaker_withSalesforceSlow_keepsMostLookupsFromWaitingOnIt() {
        LookupFaults.SequentialFigures off = figures.guard().breakerOff();
        LookupFaults.SequentialFigures on = figures.guard().breakerOn();
        // Counts, not timings: with the breaker off every lookup searches; on, it opens after 5 and stops them.
        assertEquals(off.latencies().count(), off.apiCalls(), "one search per lookup without the breaker");
        assertTrue(on.apiCalls() <= 5 + 1, "searches with the breaker on: " + on.apiCalls());
        assertEquals(Map.of("UNAVAILABLE", (long) on.latencies().count()), on.statuses());
    }

    @Test
    void badInput_everyGeneratedInputPassesItsCheck_andNoUnsafeTermReachesSalesforce() {
        assertEquals(SuiteOptions.fast(log).generatedInputs(), figures.generatedInputs());
        figures.badInput().forEach(b -> assertTrue(b.passed(), b.target() + ": " + b.failures()));
    }

    @Test
    void logs_holdNoTokenKeySecretOrUnmaskedNumber() {
        assertTrue(figures.logLines() > 100, "the functions logged: the scan had something to read");
        assertTrue(figures.logFindings().isEmpty(), figures.logFindings().toString());
    }
}
