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

        NewVoiceCall created =
                VoiceCallRequests.create(contact, CtrDetails.NONE, VoiceCallLog.defaults(), mapped, null);
        VoiceCallUpdate closed = VoiceCallRequests.close(contact, CtrDetails.NONE, VoiceCallLog.defaults(), mapped);

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

        String attributes = VoiceCallRequests.callAttributes(contact, config, mapped);

        assertEquals(
                Map.of("Disposition__c", "Resolved", "CTI_Hold_Seconds__c", 95), JSON.readValue(attributes, Map.class));
    }

    @Test
    void nothingMapped_keepsTheOldBehaviour() throws Exception {
        ContactRecord contact = afterWork();
        MappedFields none = MAPPER.map(List.of(), contact);
        VoiceCallLog config = new VoiceCallLog(Map.of("ctiDisposition", "Disposition__c"), false);

        assertNull(VoiceCallRequests.callAttributes(contact, VoiceCallLog.defaults(), none));
        assertEquals(
                Map.of("Disposition__c", "Resolved"),
                JSON.readValue(VoiceCallRequests.callAttributes(contact, config, none), Map.class));
    }

    private static ContactRecord afterWork() {
        Recording recording = new Recording(LOCATION, "AVAILABLE", "S3", "AUDIO", "ALL", null);
        return Records.answeredInbound("c-1")
                .withDetails(new CallDetails(
                        "+18005550100", 60, "Basic", 300, 95, 60, 2, 45, null, null, null, List.of(recording)));
    }
}
