package io.ctibridge.cli.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoctorReportTest {

    private static final List<CheckResult> MIXED = List.of(
            CheckResult.pass("Salesforce token", "issued"),
            CheckResult.fail("AllowedOrigins includes https://a.lightning.force.com", "missing", "Add it."),
            CheckResult.skip("Connect", "no --connect-instance-id given"));

    @Test
    void printText_writesOneLinePerCheck_withTheFixAfterADash() {
        StringWriter out = new StringWriter();

        new DoctorReport(MIXED).printText(new PrintWriter(out, true));

        assertEquals(
                List.of(
                        "✔ Salesforce token: issued",
                        "✘ AllowedOrigins includes https://a.lightning.force.com: missing — Add it.",
                        "– Connect (skipped: no --connect-instance-id given)",
                        "1 of 3 checks failed"),
                out.toString().lines().toList());
    }

    @Test
    void printText_countsPassedAndSkipped_whenNothingFailed() {
        StringWriter out = new StringWriter();

        new DoctorReport(List.of(MIXED.get(0), MIXED.get(2))).printText(new PrintWriter(out, true));

        assertEquals(
                "all 1 checks passed, 1 skipped",
                out.toString().lines().toList().getLast());
    }

    @Test
    void printText_printsAWarningWithItsFix_andCountsItAsPassed() {
        StringWriter out = new StringWriter();
        List<CheckResult> results = List.of(
                MIXED.get(0),
                CheckResult.warn("Profile 'p': Task.Queue__c", "a longer value is refused", "Lengthen the field."),
                MIXED.get(2));

        DoctorReport report = new DoctorReport(results);
        report.printText(new PrintWriter(out, true));

        assertEquals(
                List.of(
                        "✔ Salesforce token: issued",
                        "⚠ Profile 'p': Task.Queue__c: a longer value is refused — Lengthen the field.",
                        "– Connect (skipped: no --connect-instance-id given)",
                        "all 2 checks passed, 1 with a warning, 1 skipped"),
                out.toString().lines().toList());
        assertFalse(report.anyFailed());
    }

    @Test
    void printJson_writesNameStatusDetailAndFix_inLowerCaseStatuses() {
        StringWriter out = new StringWriter();

        new DoctorReport(MIXED).printJson(new PrintWriter(out, true));

        String json = out.toString().replaceAll("\\s+", " ");
        assertTrue(
                json.contains("\"name\" : \"Connect\", \"status\" : \"skip\", \"detail\" : \"no --connect-instance-id"
                        + " given\", \"fix\" : \"\""),
                json);
        assertTrue(json.contains("\"status\" : \"fail\""), json);
    }

    @Test
    void anyFailed_isFalse_whenChecksOnlyPassedOrWereSkipped() {
        assertFalse(new DoctorReport(List.of(MIXED.get(0), MIXED.get(2))).anyFailed());
        assertTrue(new DoctorReport(MIXED).anyFailed());
    }
}
