package io.ctibridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChildReportTest {

    @Test
    void parse_readsBackWhatTheChildPrinted_answerJsonIncluded() {
        ChildReport report = new ChildReport(
                812,
                301_000_000,
                new Invocation(
                        45_000_000,
                        402_000_000,
                        1_000_000,
                        "{\"lookupStatus\": \"MULTIPLE\", \"note\": \"spaces and = signs\"}",
                        ""),
                6815);
        assertEquals(Optional.of(report), ChildReport.parse(report.toLine()));
    }

    @Test
    void parse_readsBackAStreamInvocation_andAFailure() {
        ChildReport report = new ChildReport(
                812,
                301_000_000,
                new Invocation(
                        Invocation.INSIDE_THE_CALL,
                        402_000_000,
                        Invocation.INSIDE_THE_CALL,
                        "",
                        "java.lang.IllegalStateException: no\nsecond line"),
                6815);
        ChildReport parsed = ChildReport.parse(report.toLine()).orElseThrow();
        assertEquals(report, parsed);
        assertEquals(402_000_000, parsed.invocation().eventInToAnswerOutNanos());
    }

    @Test
    void parse_skipsTheChildsOtherOutput() {
        assertEquals(Optional.empty(), ChildReport.parse("{\"level\":\"INFO\",\"message\":\"caller lookup\"}"));
    }

    @Test
    void parse_refusesAReportWithAFigureMissing() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ChildReport.parse(ChildReport.PREFIX + "jvmStartToAnswerMs=812 answer="));
    }
}
