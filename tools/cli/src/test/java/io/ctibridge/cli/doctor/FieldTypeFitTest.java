package io.ctibridge.cli.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.ctibridge.cli.doctor.SalesforceProbe.FieldGrant;
import io.ctibridge.cli.doctor.WrittenValue.Shape;
import io.ctibridge.core.config.CallLog;
import io.ctibridge.core.config.parse.ProfileParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldTypeFitTest {

    @ParameterizedTest
    @CsvSource({
        // shape, describe type, verdict
        "TEXT, string, Fits",
        "TEXT, textarea, Fits",
        "TEXT, url, Fits",
        "TEXT, picklist, Fits",
        "TEXT, multipicklist, Fits",
        "TEXT, email, Fits",
        "TEXT, phone, Fits",
        "TEXT, double, Misfit",
        "TEXT, boolean, Misfit",
        "TEXT, datetime, Misfit",
        "WHOLE_NUMBER, int, Fits",
        "WHOLE_NUMBER, double, Fits",
        "WHOLE_NUMBER, currency, Fits",
        "WHOLE_NUMBER, percent, Fits",
        "WHOLE_NUMBER, string, Note",
        "WHOLE_NUMBER, date, Misfit",
        "WHOLE_NUMBER, datetime, Misfit",
        "WHOLE_NUMBER, boolean, Misfit",
        "SCORE, double, Fits",
        "SCORE, percent, Fits",
        "SCORE, int, Misfit",
        "SCORE, textarea, Note",
        "BOOLEAN, boolean, Fits",
        "BOOLEAN, string, Note",
        "BOOLEAN, int, Misfit",
        "BOOLEAN, picklist, Note",
        "DATETIME, datetime, Fits",
        "DATETIME, date, Misfit",
        "DATETIME, string, Note",
        "DATETIME, int, Misfit",
        "BOOLEAN, anyType, Fits",
    })
    void judge_followsTheTable(Shape shape, String type, String verdict) {
        WrittenValue value = new WrittenValue("source", "Field__c", shape, 0, "Map source onto", true);

        FieldTypeFit.Verdict judged = FieldTypeFit.judge(value, new FieldGrant(true, true, type, 0));

        assertEquals(verdict, judged.getClass().getSimpleName(), judged::toString);
    }

    @Test
    void judge_warnsOfTheMaxLength_whenTheTextFieldIsShorterThanTheMapping() {
        WrittenValue value = new WrittenValue("queue", "Queue__c", Shape.TEXT, 255, "Map queue onto", true);

        FieldTypeFit.Verdict judged = FieldTypeFit.judge(value, new FieldGrant(true, true, "string", 40));

        assertEquals(
                new FieldTypeFit.Warning(
                        "queue writes text up to 255 characters, but the field is string(40): a longer value is"
                                + " refused",
                        "Set the mapping's maxLength to 40, or lengthen the field."),
                judged);
    }

    @Test
    void judge_fits_whenTheTextFieldIsAsLongAsTheMapping_orDescribeGivesNoLength() {
        WrittenValue value = new WrittenValue("queue", "Queue__c", Shape.TEXT, 80, "Map queue onto", true);

        assertInstanceOf(FieldTypeFit.Fits.class, FieldTypeFit.judge(value, new FieldGrant(true, true, "string", 80)));
        assertInstanceOf(FieldTypeFit.Fits.class, FieldTypeFit.judge(value, new FieldGrant(true, true, "picklist", 0)));
    }

    @Test
    void onVoiceCall_addsTheCallAttributes_toTheMappedAndContactLensValues() {
        CallLog callLog = new ProfileParser().parse("""
                        {"profile": "p", "callLog": {"destination": "VoiceCall",
                          "fieldMappings": [{"field": "Wait__c", "source": "queueWaitSeconds"},
                                            {"field": "Lang__c", "source": "attribute:language", "maxLength": 20}],
                          "contactLens": {"enabled": true, "summaryField": "Summary__c",
                                          "agentSentimentField": "Agent__c"},
                          "voiceCall": {"callAttributes": {"tier": "Tier__c"}}}}
                        """).callLog();

        List<WrittenValue> values = WrittenValue.onVoiceCall(callLog);

        assertEquals(
                List.of(
                        new WrittenValue(
                                "queueWaitSeconds",
                                "Wait__c",
                                Shape.WHOLE_NUMBER,
                                255,
                                "Map queueWaitSeconds onto",
                                true),
                        new WrittenValue(
                                "attribute:language", "Lang__c", Shape.TEXT, 20, "Map attribute:language onto", true),
                        new WrittenValue(
                                "contactLens.summaryField",
                                "Summary__c",
                                Shape.TEXT,
                                32_000,
                                "Point contactLens.summaryField at",
                                false),
                        new WrittenValue(
                                "contactLens.agentSentimentField",
                                "Agent__c",
                                Shape.SCORE,
                                0,
                                "Point contactLens.agentSentimentField at",
                                false),
                        new WrittenValue(
                                "callLog.voiceCall.callAttributes.tier",
                                "Tier__c",
                                Shape.TEXT,
                                0,
                                "Point callLog.voiceCall.callAttributes.tier at",
                                false)),
                values);
        assertEquals(values.subList(0, 4), WrittenValue.onCallLogObject(callLog));
    }
}
