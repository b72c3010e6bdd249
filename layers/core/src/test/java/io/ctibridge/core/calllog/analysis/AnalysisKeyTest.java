package io.ctibridge.core.calllog.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnalysisKeyTest {

    private static final String CONTACT = "6c1e9a52-0f3b-4d8e-a7c1-53b2e9d04f17";

    @Test
    void eventKey_isDecoded_andNamesContactVariantAndTime() {
        AnalysisKey key = AnalysisKey.fromEventKey(
                        "Analysis/Voice/2026/11/24/" + CONTACT + "_analysis_2026-11-24T15%3A09%3A02Z.json")
                .orElseThrow();
        assertEquals(CONTACT, key.contactId());
        assertFalse(key.redacted());
        assertEquals(Instant.parse("2026-11-24T15:09:02Z"), key.at());
        assertEquals("Analysis/Voice/2026/11/24/" + CONTACT + "_analysis_2026-11-24T15:09:02Z.json", key.key());
    }

    @Test
    void redactedKey_isTheRedactedVariant_inAnyYear() {
        AnalysisKey key = AnalysisKey.parse("Analysis/Voice/Redacted/2031/01/02/" + CONTACT
                        + "_analysis_redacted_2031-01-02T00:00:01.123Z.json")
                .orElseThrow();
        assertTrue(key.redacted());
        assertEquals(Instant.parse("2031-01-02T00:00:01.123Z"), key.at());
    }

    @Test
    void keysThatAreNoAnalysisFile_areRefused() {
        assertTrue(AnalysisKey.fromEventKey(null).isEmpty());
        assertTrue(AnalysisKey.parse("connect/demo/CallRecordings/2026/11/24/" + CONTACT + "_20261124T15:03_UTC.wav")
                .isEmpty());
        assertTrue(
                AnalysisKey.parse(
                                "Analysis/Voice/2026/11/24/" + CONTACT + "_analysis_redacted_2026-11-24T15:09:02Z.json")
                        .isEmpty(),
                "a redacted name outside Redacted/");
        assertTrue(
                AnalysisKey.parse("Analysis/Voice/2026/11/24/" + CONTACT + "_analysis_yesterday.json")
                        .isEmpty(),
                "no timestamp");
        assertTrue(
                AnalysisKey.fromEventKey("Analysis/Voice/2026/11/24/%ZZ_analysis_2026-11-24T15%3A09%3A02Z.json")
                        .isEmpty(),
                "a broken escape");
    }
}
