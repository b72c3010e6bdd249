package io.ctibridge.core.calllog.voicecall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.calllog.Records;
import io.ctibridge.core.calllog.fields.CallFieldMapper;
import io.ctibridge.core.calllog.fields.ConnectConsole;
import io.ctibridge.core.calllog.fields.MappedFields;
import io.ctibridge.core.calllog.record.CallDetails;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.Recording;
import io.ctibridge.core.config.FieldMapping;
import io.ctibridge.core.config.VoiceCallLog;
import io.ctibridge.core.salesforce.telephony.NewVoiceCall;
import io.ctibridge.core.salesforce.telephony.VoiceCallUpdate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile's field mappings on the VoiceCall's callAttributes, beside the voiceCall attribute mapping. */
class VoiceCallRequestsMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOCATION = "bucket/connect/acme/CallRecordings/c-1.wav";
    private static final CallFieldMapper MAPPER = new CallFieldMapper(ConnectConsole.ofAlias("acme"));

    @Test
    void aMappedCtrFieldAndAttribute_landInCallAttributes_onCreateAndClose() throws Exception {
        ContactRecord contact = afterWork();
        MappedFields mapped = MAPPER.map(
                List.of(
                        FieldMapping.of("CTI_Hold_Seconds__c", "customerHoldSeconds"),
                        FieldMapping.of("CTI_Disposition__c", "attribute:ctiDisposition")),
                contact);

        NewVoiceCall created = VoiceCallRequests.create(contact, VoiceCallLog.defaults(), mapped, null);
        VoiceCallUpdate closed = VoiceCallRequests.close(contact, VoiceCallLog.defaults(), mapped, Map.of());

        Map<String, Object> expected = Map.of("CTI_Hold_Seconds__c", 95, "CTI_Disposition__c", "Resolved");
        assertEquals(expected, JSON.readValue(created.callAttributes(), Map.class));
        assertEquals(expected, JSON.readValue(closed.callAttributes(), Map.class));
        assertEquals(LOCATION, closed.recordingLocation());
    }

    @Test
    void theVoiceCallAttributeMapping_winsAClash_andBothAreMerged() throws Exception {
        ContactRecord contact = afterWork();
        MappedFields mapped = MAPPER.map(
                List.of(
                        FieldMapping.of("Disposition__c", "queue"),
                        FieldMapping.of("CTI_Hold_Seconds__c", "customerHoldSeconds")),
                contact);
        VoiceCallLog config = new VoiceCallLog(Map.of("ctiDisposition", "Disposition__c"), false);

        String attributes = VoiceCallRequests.callAttributes(contact, config, mapped, Map.of());

        assertEquals(
                Map.of("Disposition__c", "Resolved", "CTI_Hold_Seconds__c", 95), JSON.readValue(attributes, Map.class));
    }

    @Test
    void nothingMapped_keepsTheOldBehaviour() throws Exception {
        ContactRecord contact = afterWork();
        MappedFields none = MAPPER.map(List.of(), contact);
        VoiceCallLog config = new VoiceCallLog(Map.of("ctiDisposition", "Disposition__c"), false);

        assertNull(VoiceCallRequests.callAttributes(contact, VoiceCallLog.defaults(), none, Map.of()));
        assertEquals(
                Map.of("Disposition__c", "Resolved"),
                JSON.readValue(VoiceCallRequests.callAttributes(contact, config, none, Map.of()), Map.class));
    }

    @Test
    void theClose_takesTheCallsFiguresFromItsDetails_andCarriesAWaitingAnalysis_besideTheMappedFields()
            throws Exception {
        ContactRecord contact = afterWork();
        MappedFields mapped =
                MAPPER.map(List.of(FieldMapping.of("CTI_Hold_Seconds__c", "customerHoldSeconds")), contact);
        Map<String, Object> analysis = new java.util.LinkedHashMap<>();
        analysis.put("Customer_Sentiment__c", new java.math.BigDecimal("-0.80"));
        analysis.put("CTI_Hold_Seconds__c", 1); // a clash the profile check refuses: the call's own value wins

        VoiceCallUpdate closed = VoiceCallRequests.close(contact, VoiceCallLog.defaults(), mapped, analysis);

        assertEquals("2026-11-24T15:02:40Z", closed.enqueueTime());
        assertEquals(95L, closed.totalHoldDuration());
        assertEquals(60L, closed.longestHoldDuration());
        assertEquals(2L, closed.numberOfHolds());
        assertEquals(300L, closed.agentInteractionDuration());
        assertEquals(
                Map.of("CTI_Hold_Seconds__c", 95, "Customer_Sentiment__c", -0.8),
                JSON.readValue(closed.callAttributes(), Map.class));
        assertEquals(
                "+18005550100",
                VoiceCallRequests.create(contact, VoiceCallLog.defaults(), mapped, null)
                        .to());
    }

    private static ContactRecord afterWork() {
        Recording recording = new Recording(LOCATION, "AVAILABLE", "S3", "AUDIO", "ALL", null);
        return Records.answeredInbound("c-1")
                .withDetails(new CallDetails(
                        "+18005550100",
                        java.time.Instant.parse("2026-11-24T15:02:40Z"),
                        60,
                        "Basic",
                        300,
                        95,
                        60,
                        2,
                        45,
                        null,
                        null,
                        null,
                        List.of(recording)));
    }
}
