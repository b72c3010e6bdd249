package io.ctibridge.core.calllog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.aws.TableDefinitions;
import io.ctibridge.core.calllog.record.RecordSource;
import io.ctibridge.core.calllog.record.RecordVersion;
import io.ctibridge.testkit.AwsTestClients;
import io.ctibridge.testkit.MotoServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The Task's and the VoiceCall's entries of one contact, side by side on one ledger item. */
class DestinationLedgerIT {

    private static final String TABLE = "call-log-ledger-" + UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
    private static final RecordVersion V1 =
            new RecordVersion(Instant.parse("2026-11-25T14:59:00Z"), RecordSource.CONTACT_RECORD);
    private static final RecordVersion V2 =
            new RecordVersion(Instant.parse("2026-11-25T14:59:30Z"), RecordSource.CONTACT_RECORD);
    private static DynamoDbClient dynamo;
    private static DynamoDbCallLogLedger tasks;
    private static DynamoDbCallLogLedger voiceCalls;

    @BeforeAll
    static void createTable() {
        dynamo = AwsTestClients.dynamoDb(MotoServer.shared().endpoint());
        dynamo.createTable(TableDefinitions.callLogLedger(TABLE));
        tasks = new DynamoDbCallLogLedger(dynamo, TABLE, Clock.fixed(NOW, ZoneOffset.UTC));
        voiceCalls = tasks.forDestination("voiceCall");
    }

    @Test
    void aVoiceCallEntry_isNoTaskEntry_andTheTaskCanStillBeClaimed() {
        String contactId = UUID.randomUUID().toString();
        LedgerEntry voice = voiceCalls
                .claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty())
                .orElseThrow();

        assertTrue(tasks.find(List.of(contactId)).isEmpty());
        assertTrue(tasks.claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty())
                .isPresent());
        assertEquals(voice, voiceCalls.find(List.of(contactId)).get(contactId));
    }

    @Test
    void eachDestination_writesOnlyItsOwnAttributes() {
        String contactId = UUID.randomUUID().toString();
        LedgerEntry task = tasks.claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty())
                .orElseThrow();
        LedgerEntry voice = voiceCalls
                .claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty())
                .orElseThrow();

        assertTrue(tasks.complete(task, "00T000000000001AAA", V1));
        assertTrue(voiceCalls.recordMade(voice, "0LQ000000000001AAA"));
        LedgerEntry made = voiceCalls.find(List.of(contactId)).get(contactId);
        assertEquals(LedgerState.PENDING, made.state());
        assertEquals("0LQ000000000001AAA", made.taskId());
        assertTrue(voiceCalls.complete(made, "0LQ000000000001AAA", V1));

        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(TABLE)
                        .key(Map.of("contactId", AttributeValue.fromS(contactId)))
                        .consistentRead(true))
                .item();
        assertEquals("DONE", item.get("state").s());
        assertEquals("00T000000000001AAA", item.get("taskId").s());
        assertEquals("DONE", item.get("voiceCallState").s());
        assertEquals("0LQ000000000001AAA", item.get("voiceCallId").s());
        assertEquals(
                "00T000000000001AAA",
                tasks.find(List.of(contactId)).get(contactId).taskId());
    }

    @Test
    void aClaimTakenOver_keepsTheIdOfTheRecordAlreadyMade() {
        String contactId = UUID.randomUUID().toString();
        LedgerEntry first = voiceCalls
                .claim(contactId, V1, "kinesis:a", NOW.minusSeconds(1), Optional.empty())
                .orElseThrow();
        assertTrue(voiceCalls.recordMade(first, "0LQ000000000002AAA"));
        LedgerEntry seen = voiceCalls.find(List.of(contactId)).get(contactId);

        LedgerEntry takenOver = voiceCalls
                .claim(contactId, V2, "kinesis:b", NOW.plusSeconds(60), Optional.of(seen))
                .orElseThrow();

        assertEquals("0LQ000000000002AAA", takenOver.taskId());
        assertEquals(takenOver, voiceCalls.find(List.of(contactId)).get(contactId));
    }

    @Test
    void aStaleWrite_ofOneDestination_losesOnlyToItsOwnChanges() {
        String contactId = UUID.randomUUID().toString();
        LedgerEntry voice = voiceCalls
                .claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty())
                .orElseThrow();
        LedgerEntry task = tasks.claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty())
                .orElseThrow();
        assertTrue(tasks.complete(task, "00T000000000003AAA", V1));

        assertTrue(voiceCalls.recordMade(voice, "0LQ000000000003AAA"), "the Task's write is not the VoiceCall's");
        assertFalse(voiceCalls.recordMade(voice, "0LQ000000000004AAA"), "its own revision moved on");
    }

    @Test
    void anAnalysis_isSharedByTheDestinations_butEachRecordsWhetherItsRecordCarriesIt() {
        String contactId = UUID.randomUUID().toString();
        LedgerAnalysis analysis =
                new LedgerAnalysis("Analysis/Voice/2026/11/25/" + contactId + "_analysis_1.json", NOW, "{}", false);
        assertTrue(tasks.recordAnalysis(contactId, analysis).entry().isEmpty(), "no Task yet");
        LedgerEntry task = tasks.claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty())
                .orElseThrow();
        LedgerEntry voice = voiceCalls
                .claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty())
                .orElseThrow();
        assertTrue(task.waitingAnalysis().isPresent());
        assertTrue(voice.waitingAnalysis().isPresent(), "the VoiceCall's claim sees the same analysis waiting");

        assertTrue(tasks.complete(task, "00T000000000002AAA", V1)); // the Task's create carried it

        assertTrue(
                tasks.find(List.of(contactId)).get(contactId).waitingAnalysis().isEmpty());
        assertTrue(voiceCalls
                .find(List.of(contactId))
                .get(contactId)
                .waitingAnalysis()
                .isPresent());
        AnalysisRecording again = voiceCalls.recordAnalysis(contactId, analysis);
        assertTrue(again.newest());
        assertFalse(again.analysis().applied(), "still to be written to the VoiceCall");
        assertEquals(LedgerState.PENDING, again.entry().orElseThrow().state());

        assertTrue(voiceCalls.markAnalysisApplied(contactId, analysis.key()));
        assertTrue(voiceCalls
                .find(List.of(contactId))
                .get(contactId)
                .waitingAnalysis()
                .isEmpty());
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(TABLE)
                        .key(Map.of("contactId", AttributeValue.fromS(contactId)))
                        .consistentRead(true))
                .item();
        assertEquals(analysis.key(), item.get("analysisApplied").s());
        assertEquals(analysis.key(), item.get("voiceCallAnalysisApplied").s());
    }
}
