package io.ctibridge.core.calllog.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.calllog.Records;
import io.ctibridge.core.calllog.record.CallDetails;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.ContactRecordParser;
import io.ctibridge.core.calllog.record.Recording;
import io.ctibridge.core.config.FieldMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An IT: it reads the repository's samples, which sam build's copy of the module lacks. */
class CallFieldMapperIT {

    private static final String CONTACT = "8b2d4f61-3c7e-4a19-9d25-6e1f0a7c3b58";
    private static final String PAGE = "https://ctibridge.my.connect.aws/contact-trace-records/details/" + CONTACT;
    private static final String LOCATION = "amazon-connect-ctibridge/connect/ctibridge/CallRecordings/2026/11/24/"
            + CONTACT + "_20261124T16:20_UTC.wav";

    private final CallFieldMapper mapper = new CallFieldMapper(ConnectConsole.ofAlias("ctibridge"));

    @Test
    void map_typesEachSource_forSalesforce() throws Exception {
        ContactRecord recorded = sample("ctr-recorded-after-acw.json");

        MappedFields mapped = mapper.map(
                List.of(
                        FieldMapping.of("Queue__c", "queue"),
                        FieldMapping.of("Agent__c", "agent"),
                        FieldMapping.of("Wait__c", "queueWaitSeconds"),
                        FieldMapping.of("Hold__c", "customerHoldSeconds"),
                        FieldMapping.of("Holds__c", "numberOfHolds"),
                        FieldMapping.of("Longest_Hold__c", "longestHoldSeconds"),
                        FieldMapping.of("ACW__c", "afterContactWorkSeconds"),
                        FieldMapping.of("Talk__c", "talkSeconds"),
                        FieldMapping.of("Answered__c", "answered"),
                        FieldMapping.of("Transferred__c", "transferredOut"),
                        FieldMapping.of("From_Transfer__c", "transferredIn"),
                        FieldMapping.of("Dialled__c", "systemNumber"),
                        FieldMapping.of("Started__c", "initiationTimestamp"),
                        FieldMapping.of("Recording_Status__c", "recordingStatus"),
                        FieldMapping.of("Recording__c", "recordingUrl"),
                        FieldMapping.of("Order__c", "attribute:orderNumber")),
                recorded);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("Queue__c", "Support");
        expected.put("Agent__c", "ava.agent");
        expected.put("Wait__c", 96);
        expected.put("Hold__c", 95);
        expected.put("Holds__c", 2);
        expected.put("Longest_Hold__c", 60);
        expected.put("ACW__c", 45);
        expected.put("Talk__c", 559);
        expected.put("Answered__c", true);
        expected.put("Transferred__c", false);
        expected.put("From_Transfer__c", false);
        expected.put("Dialled__c", "+18005550100");
        expected.put("Started__c", "2026-11-24T16:20:04Z");
        expected.put("Recording_Status__c", "AVAILABLE");
        expected.put("Recording__c", PAGE);
        expected.put("Order__c", "SO-20417");
        assertEquals(expected, mapped.asMap());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(mapped.asMap().keySet()), "the profile's order");
        assertEquals(Optional.of(PAGE), mapped.recordingUrl());
        assertEquals(Optional.of(LOCATION), mapped.recordingLocation());
    }

    @Test
    void asJson_isOneObjectInAString_asCallAttributesTakesIt() throws Exception {
        MappedFields mapped = mapper.map(
                List.of(
                        FieldMapping.of("queue", "queue"),
                        FieldMapping.of("holds", "numberOfHolds"),
                        FieldMapping.of("answered", "answered")),
                sample("ctr-recorded-after-acw.json"));

        assertEquals("{\"queue\":\"Support\",\"holds\":2,\"answered\":true}", mapped.asJson());
        assertEquals(mapped.asMap(), new ObjectMapper().readValue(mapped.asJson(), Map.class));
    }

    @Test
    void valuesTheContactLacks_areLeftOut_neverNull() throws Exception {
        ContactRecord abandoned = sample("ctr-abandoned.json");

        MappedFields mapped = mapper.map(
                List.of(
                        FieldMapping.of("Agent__c", "agent"),
                        FieldMapping.of("Hold__c", "customerHoldSeconds"),
                        FieldMapping.of("Talk__c", "talkSeconds"),
                        FieldMapping.of("Recording__c", "recordingUrl"),
                        FieldMapping.of("Recording_Status__c", "recordingStatus"),
                        FieldMapping.of("Language__c", "attribute:language"),
                        FieldMapping.of("Answered__c", "answered")),
                abandoned);

        assertEquals(Map.of("Answered__c", false), mapped.asMap());
        assertEquals(Optional.empty(), mapped.recordingUrl());
        assertEquals(Optional.empty(), mapped.recordingLocation());
    }

    @Test
    void aDeletedRecording_givesNoLinkAndNoLocation_butItsStatus() {
        ContactRecord deleted = Records.answeredInbound("c-1")
                .withDetails(details(new Recording("b/connect/x/c-1.wav", "DELETED", null, "AUDIO", null, "asked")));

        MappedFields mapped = mapper.map(
                List.of(FieldMapping.of("Status__c", "recordingStatus"), FieldMapping.of("Link__c", "recordingUrl")),
                deleted);

        assertEquals(Map.of("Status__c", "DELETED"), mapped.asMap());
        assertEquals(Optional.empty(), mapped.recordingUrl());
    }

    @Test
    void withoutAnInstanceAlias_thereIsNoLink_butTheLocationStays() throws Exception {
        MappedFields mapped = new CallFieldMapper(ConnectConsole.unknown())
                .map(List.of(FieldMapping.of("Link__c", "recordingUrl")), sample("ctr-recorded-after-acw.json"));

        assertEquals(Map.of(), mapped.asMap());
        assertEquals(Optional.empty(), mapped.recordingUrl());
        assertEquals(Optional.of(LOCATION), mapped.recordingLocation());
    }

    @Test
    void text_isCutToMaxLength_butIdsAndLinksThatDoNotFit_areLeftOut() throws Exception {
        ContactRecord recorded = sample("ctr-recorded-after-acw.json");

        MappedFields mapped = mapper.map(
                List.of(
                        new FieldMapping("Queue__c", "queue", 4),
                        new FieldMapping("Disposition__c", "attribute:ctiDisposition", 1),
                        new FieldMapping("Link__c", "recordingUrl", 40),
                        new FieldMapping("Contact__c", "contactId", 36)),
                recorded);

        assertEquals(Map.of("Queue__c", "Sup…", "Disposition__c", "R", "Contact__c", CONTACT), mapped.asMap());
    }

    @Test
    void transfers_areSeenFromBothLegs() {
        ContactRecord second = Records.transferredFrom(Records.answeredInbound("c-2"), "c-1");
        ContactRecord first = Records.answeredInbound("c-1")
                .withDetails(new CallDetails(
                        null, null, null, null, null, null, null, null, null, "+442079460000", null, null, List.of()));
        List<FieldMapping> mappings = List.of(
                FieldMapping.of("In__c", "transferredIn"),
                FieldMapping.of("Out__c", "transferredOut"),
                FieldMapping.of("To__c", "transferredTo"),
                FieldMapping.of("Previous__c", "previousContactId"));

        assertEquals(
                Map.of("In__c", true, "Out__c", false, "Previous__c", "c-1"),
                mapper.map(mappings, second).asMap());
        assertEquals(
                Map.of("In__c", false, "Out__c", true, "To__c", "+442079460000"),
                mapper.map(mappings, first).asMap());
    }

    @Test
    void aSourceTheProfileMisspelled_writesNothing_theValidatorRefusesItBeforehand() {
        assertEquals(
                Map.of(),
                mapper.map(List.of(FieldMapping.of("X__c", "queueName")), Records.answeredInbound("c-1"))
                        .asMap());
    }

    @Test
    void connectConsole_refusesWhatCannotBeAnAlias_andEncodesTheContactId() {
        assertThrows(IllegalArgumentException.class, () -> ConnectConsole.ofAlias("my.evil.host/x"));
        assertThrows(IllegalArgumentException.class, () -> ConnectConsole.ofAlias("-acme"));
        assertEquals(Optional.empty(), ConnectConsole.ofAlias(" ").contactDetailsUrl("c-1"));
        assertEquals(
                Optional.of("https://acme-prod.my.connect.aws/contact-trace-records/details/c%2F1"),
                ConnectConsole.ofAlias("Acme-Prod").contactDetailsUrl("c/1"));
        assertFalse(ConnectConsole.unknown().alias().isPresent());
    }

    private static CallDetails details(Recording recording) {
        return new CallDetails(
                null, null, null, null, null, null, null, null, null, null, null, null, List.of(recording));
    }

    private static ContactRecord sample(String file) throws Exception {
        String event = Files.readString(Path.of("../../events/kinesis").resolve(file));
        String data = new ObjectMapper()
                .readTree(event)
                .path("Records")
                .get(0)
                .path("kinesis")
                .path("data")
                .asText();
        return new ContactRecordParser().parse(Base64.getDecoder().decode(data));
    }
}
