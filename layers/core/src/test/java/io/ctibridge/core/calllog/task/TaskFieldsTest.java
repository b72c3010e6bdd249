package io.ctibridge.core.calllog.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.calllog.Records;
import io.ctibridge.core.calllog.record.CallDetails;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.RecordSource;
import io.ctibridge.core.config.CallLog;
import io.ctibridge.core.config.ContactChannel;
import io.ctibridge.core.config.OwnerMapping;
import io.ctibridge.core.config.ScalarValue;
import io.ctibridge.core.salesforce.api.SObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskFieldsTest {

    private static final CallLog DEFAULTS = CallLog.defaults();
    private final TaskFields mapper = new TaskFields();

    @Test
    void forCreate_mapsAnAnsweredInboundCall() {
        SObject task = mapper.forCreate(
                DEFAULTS, Records.answeredInbound("c-1"), new RelatedRecords("003A", "001A"), Optional.of("005A"));

        assertEquals("Task", task.type());
        assertEquals("Inbound call from +14155550123", task.get("Subject"));
        assertEquals("Completed", task.get("Status"));
        assertEquals("Normal", task.get("Priority"));
        assertEquals("Call", task.get("TaskSubtype"));
        assertEquals("Call", task.get("Type"));
        assertEquals("Inbound", task.get("CallType"));
        assertEquals(270, task.get("CallDurationInSeconds"));
        assertEquals("c-1", task.get("CallObject"));
        assertEquals("CUSTOMER_DISCONNECT", task.get("CallDisposition"));
        assertEquals(LocalDate.parse("2026-11-24"), task.get("ActivityDate"), "the UTC date the call started");
        assertEquals(
                "Queue: Support\nAgent: ava.agent\nInitiation: INBOUND\nDisconnect reason: CUSTOMER_DISCONNECT\n"
                        + "Amazon Connect contact: c-1",
                task.get("Description"));
        assertEquals("003A", task.get("WhoId"));
        assertEquals("001A", task.get("WhatId"));
        assertEquals("005A", task.get("OwnerId"));
    }

    @Test
    void forUpdate_carriesTheId_andNeverTaskSubtype() {
        SObject task = mapper.forUpdate(
                DEFAULTS, "00TA", Records.answeredInbound("c-1"), RelatedRecords.NONE, Optional.empty());

        assertEquals(Optional.of("00TA"), task.id());
        assertFalse(task.fields().containsKey("TaskSubtype"));
        assertEquals("c-1", task.get("CallObject"));
    }

    @Test
    void fields_leaveOutWhatIsUnknown_soThatARewriteClearsNothing() {
        SObject task = mapper.forUpdate(
                DEFAULTS, "00TA", Records.answeredInbound("c-1"), RelatedRecords.NONE, Optional.empty());

        assertFalse(task.fields().containsKey("WhoId"));
        assertFalse(task.fields().containsKey("WhatId"));
        assertFalse(task.fields().containsKey("OwnerId"));
        assertFalse(task.fields().containsValue(null));
    }

    @Test
    void subject_ofAnOutboundCall_usesTheOutboundTemplate() {
        SObject task = mapper.forCreate(
                DEFAULTS,
                Records.withMethod(Records.answeredInbound("c-1"), "OUTBOUND"),
                RelatedRecords.NONE,
                Optional.empty());

        assertEquals("Outbound call to +14155550123", task.get("Subject"));
        assertEquals("Outbound", task.get("CallType"));
    }

    @Test
    void subject_masksTheNumber_whenTheProfileSaysSo() {
        CallLog masked = new CallLog(
                null, null, null, null, null, true, null, true, null, null, null, List.of(), null, null, null);

        assertEquals("Inbound call from +1415*****23", TaskFields.subject(masked, Records.answeredInbound("c-1")));
    }

    @Test
    void subject_saysWithheld_forNumbersThatAreNotNumbers() {
        for (String address : new String[] {null, "anonymous", "", "Restricted"}) {
            assertEquals(
                    "Inbound call from withheld number",
                    TaskFields.subject(DEFAULTS, Records.withCaller(Records.answeredInbound("c-1"), address)));
        }
    }

    @Test
    void disposition_comesFromTheProfilesAttribute_whenTheFlowSetIt() {
        CallLog withAttribute = new CallLog(
                null,
                null,
                null,
                null,
                null,
                false,
                "ctiDisposition",
                true,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null);
        CallLog withMissingAttribute = new CallLog(
                null, null, null, null, null, false, "other", true, null, null, null, List.of(), null, null, null);

        assertEquals(Optional.of("Resolved"), TaskFields.disposition(withAttribute, Records.answeredInbound("c-1")));
        assertEquals(
                Optional.of("CUSTOMER_DISCONNECT"),
                TaskFields.disposition(withMissingAttribute, Records.answeredInbound("c-1")));
    }

    @Test
    void anAbandonedCall_isDispositionedAbandoned_withNoDurationAndNoAgent() {
        ContactRecord abandoned = Records.unanswered(Records.answeredInbound("c-1"));

        SObject task = mapper.forCreate(DEFAULTS, abandoned, RelatedRecords.NONE, Optional.empty());

        assertEquals("Abandoned", task.get("CallDisposition"));
        assertEquals(0, task.get("CallDurationInSeconds"));
        assertTrue(((String) task.get("Description")).contains("Agent: none (not answered)"));
    }

    @Test
    void extraFields_areAdded_butNeverOverrideTheMappedOnes() {
        CallLog extras = new CallLog(
                "Task",
                null,
                null,
                null,
                null,
                false,
                null,
                true,
                List.of(ContactChannel.VOICE),
                OwnerMapping.defaults(),
                Map.of(
                        "Region__c",
                        ScalarValue.of("EMEA"),
                        "Score__c",
                        new ScalarValue.Decimal(new BigDecimal("4.5")),
                        "IsVisibleInSelfService",
                        ScalarValue.of(true)),
                List.of(),
                null,
                null,
                null);

        SObject task = mapper.forCreate(extras, Records.answeredInbound("c-1"), RelatedRecords.NONE, Optional.empty());

        assertEquals("EMEA", task.get("Region__c"));
        assertEquals(new BigDecimal("4.5"), task.get("Score__c"));
        assertEquals(true, task.get("IsVisibleInSelfService"));
    }

    @Test
    void description_namesTheInitialContact_ofATransfer() {
        ContactRecord r = Records.answeredInbound("c-2");
        ContactRecord transfer = new ContactRecord(
                "c-2",
                "c-1",
                "c-1",
                "VOICE",
                "TRANSFER",
                r.customerAddress(),
                r.initiationTimestamp(),
                r.connectedToAgentTimestamp(),
                r.disconnectTimestamp(),
                r.lastUpdateTimestamp(),
                null,
                "ben.okafor",
                "Billing",
                Map.of(),
                RecordSource.CONTACT_RECORD,
                CallDetails.NONE);

        SObject task = mapper.forCreate(DEFAULTS, transfer, RelatedRecords.NONE, Optional.empty());

        assertEquals("Internal", task.get("CallType"));
        assertEquals("Inbound call from +14155550123", task.get("Subject"));
        assertEquals(
                "Queue: Billing\nAgent: ben.okafor\nInitiation: TRANSFER\nAmazon Connect contact: c-2\n"
                        + "Initial contact: c-1",
                task.get("Description"));
    }
}
