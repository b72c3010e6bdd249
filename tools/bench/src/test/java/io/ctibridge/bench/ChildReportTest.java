package io.ctibridge.bench;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChildReportTest {

    @Test
    void parse_readsBackWhatTheChildPrinted() {
        ChildReport report = new ChildReport(812, 301_000_000, 45_000_000, 402_000_000, 6815, "MULTIPLE");
        assertEquals(Optional.of(report), ChildReport.parse(report.toLine()));
    }

    @Test
    void parse_skipsTheChildsOtherOutput() {
        assertEquals(Optional.empty(), ChildReport.parse("{\"level\":\"INFO\",\"message\":\"caller lookup\"}"));
    }

    @Test
    void parse_refusesAReportWithAFigureMissing() {
        assertThrows(IllegalArgumentException.class,
                () -> ChildReport.parse(ChildReport.PREFIX + "jvmStartToAnswerMs=812 lookupStatus=NONE"));
    }
}
