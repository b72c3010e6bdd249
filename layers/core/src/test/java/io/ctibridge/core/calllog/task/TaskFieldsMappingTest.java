package io.ctibridge.core.calllog.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.calllog.Records;
import io.ctibridge.core.calllog.fields.CallFieldMapper;
import io.ctibridge.core.calllog.fields.ConnectConsole;
import io.ctibridge.core.calllog.record.CallDetails;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.Recording;
import io.ctibridge.core.config.CallLog;
import io.ctibridge.core.config.FieldMapping;
import io.ctibridge.core.salesforce.api.SObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The profile's field mappings and the recording link on the Task, created and rewritten. */
class TaskFieldsMappingTest {

    private static final String PAGE = "https://acme.my.connect.aws/contact-trace-records/details/c-1";
    private static final List<FieldMapping> MAPPINGS = List.of(
            FieldMapping.of("CTI_Queue__c", "queue"),
            FieldMapping.of("CTI_Hold_Seconds__c", "customerHoldSeconds"),
            FieldMapping.of("CTI_ACW_Seconds__c", "afterContactWorkSeconds"),
            FieldMapping.of("CTI_Language__c", "attribute:language"));

    private final TaskFields fields = new TaskFields(new CallFieldMapper(ConnectConsole.ofAlias("acme")));

    @Test
    void mappedFields_landOnTheTask_besideTheOnesTheLoggerWrites() {
        SObject task = fields.forCreate(
                CallLog.defaults().withFieldMappings(MAPPINGS),
                afterWork(recording("AVAILABLE")),
                RelatedRecords.NONE,
                Optional.empty());

        assertEquals("Support", task.get("CTI_Queue__c"));
        assertEquals(95, task.get("CTI_Hold_Seconds__c"));
        assertEquals(45, task.get("CTI_ACW_Seconds__c"));
        assertFalse(task.fields().containsKey("CTI_Language__c"), "the flow set no language attribute");
        assertEquals("c-1", task.get("CallObject"));
    }

    @Test
    void theRecordingLink_goesIntoTheDescription_whenNoFieldTakesIt() {
        SObject task = fields.forCreate(
                CallLog.defaults(), afterWork(recording("AVAILABLE")), RelatedRecords.NONE, Optional.empty());

        assertTrue(((String) task.get("Description")).endsWith("\nRecording: " + PAGE), task::toString);
    }

    @Test
    void theRecordingLink_goesIntoItsField_andNotTheDescription_whenAMappingTakesIt() {
        CallLog log =
                CallLog.defaults().withFieldMappings(List.of(FieldMapping.of("CTI_Recording__c", "recordingUrl")));

        SObject task = fields.forCreate(log, afterWork(recording("AVAILABLE")), RelatedRecords.NONE, Optional.empty());

        assertEquals(PAGE, task.get("CTI_Recording__c"));
        assertFalse(((String) task.get("Description")).contains("Recording:"));
    }

    @Test
    void aDeletedOrAbsentRecording_writesNothing() {
        CallLog log =
                CallLog.defaults().withFieldMappings(List.of(FieldMapping.of("CTI_Recording__c", "recordingUrl")));

        for (ContactRecord contact : List.of(Records.answeredInbound("c-1"), afterWork(recording("DELETED")))) {
            SObject mapped = fields.forCreate(log, contact, RelatedRecords.NONE, Optional.empty());
            SObject described = fields.forCreate(CallLog.defaults(), contact, RelatedRecords.NONE, Optional.empty());

            assertFalse(mapped.fields().containsKey("CTI_Recording__c"));
            assertFalse(((String) described.get("Description")).contains("Recording:"));
        }
    }

    @Test
    void theRewriteFromTheVersionAfterWork_addsTheLinkAndTheWorkFigures_andSendsNoNull() {
        CallLog log = CallLog.defaults()
                .withFieldMappings(List.of(
                        FieldMapping.of("CTI_Recording__c", "recordingUrl"),
                        FieldMapping.of("CTI_ACW_Seconds__c", "afterContactWorkSeconds"),
                        FieldMapping.of("CTI_Queue__c", "queue")));
        ContactRecord beforeWork = Records.answeredInbound("c-1")
                .withDetails(new CallDetails(null, null, 60, null, null, 95, 60, 2, null, null, null, null, List.of()));

        SObject created = fields.forCreate(log, beforeWork, RelatedRecords.NONE, Optional.empty());
        SObject rewritten =
                fields.forUpdate(log, "00TA", afterWork(recording("AVAILABLE")), RelatedRecords.NONE, Optional.empty());

        assertFalse(created.fields().containsKey("CTI_Recording__c"));
        assertFalse(created.fields().containsKey("CTI_ACW_Seconds__c"));
        assertEquals(PAGE, rewritten.get("CTI_Recording__c"));
        assertEquals(45, rewritten.get("CTI_ACW_Seconds__c"));
        assertEquals("Support", rewritten.get("CTI_Queue__c"));
        assertFalse(created.fields().containsValue(null));
        assertFalse(rewritten.fields().containsValue(null));
    }

    @Test
    void withoutAnAlias_thereIsNoLinkAnywhere() {
        SObject task = new TaskFields()
                .forCreate(
                        CallLog.defaults(), afterWork(recording("AVAILABLE")), RelatedRecords.NONE, Optional.empty());

        assertFalse(((String) task.get("Description")).contains("Recording:"));
    }

    private static ContactRecord afterWork(Recording recording) {
        return Records.answeredInbound("c-1")
                .withDetails(new CallDetails(
                        "+18005550100", null, 60, "Basic", 300, 95, 60, 2, 45, null, null, null, List.of(recording)));
    }

    private static Recording recording(String status) {
        return new Recording("bucket/connect/acme/CallRecordings/c-1.wav", status, "S3", "AUDIO", "ALL", null);
    }
}
