package io.ctibridge.core.calllog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbCallLogLedgerIT {

    private static final String TABLE = "call-log-ledger-" + UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
    private static final RecordVersion V1 =
            new RecordVersion(Instant.parse("2026-11-25T14:59:00Z"), RecordSource.CONTACT_RECORD);
    private static final RecordVersion V2 =
            new RecordVersion(Instant.parse("2026-11-25T14:59:30Z"), RecordSource.CONTACT_RECORD);
    private static DynamoDbClient dynamo;
    private static DynamoDbCallLogLedger ledger;

    @BeforeAll
    static void createTable() {
        dynamo = AwsTestClients.dynamoDb(MotoServer.shared().endpoint());
        dynamo.createTable(TableDefinitions.callLogLedger(TABLE));
        ledger = new DynamoDbCallLogLedger(dynamo, TABLE, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void claim_winsOnce_forANewContact() {
        String contactId = contactId();

        Optional<LedgerEntry> first = ledger.claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty());
        Optional<LedgerEntry> second = ledger.claim(contactId, V1, "kinesis:b", NOW.plusSeconds(60), Optional.empty());

        assertTrue(first.isPresent());
        assertFalse(second.isPresent(), "the second delivery must see the first one's claim");
        assertEquals(first.get(), ledger.find(List.of(contactId)).get(contactId));
    }

    @Test
    void complete_recordsTheTask_andTheVersion() {
        String contactId = contactId();
        LedgerEntry claim = ledger.claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty())
                .orElseThrow();

        assertTrue(ledger.complete(claim, "00T000000000001AAA", V1));

        LedgerEntry done = ledger.find(List.of(contactId)).get(contactId);
        assertEquals(LedgerState.DONE, done.state());
        assertEquals("00T000000000001AAA", done.taskId());
        assertEquals(V1, done.version());
        assertEquals(claim.revision() + 1, done.revision());
    }

    @Test
    void markInDoubt_keepsTheClaimPending_withTheTime_untilItIsCompleted() {
        String contactId = contactId();
        LedgerEntry claim = ledger.claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty())
                .orElseThrow();

        assertTrue(ledger.markInDoubt(claim, NOW));

        LedgerEntry inDoubt = ledger.find(List.of(contactId)).get(contactId);
        assertEquals(LedgerState.PENDING, inDoubt.state());
        assertEquals(NOW, inDoubt.inDoubtSince());
        assertEquals("kinesis:a", inDoubt.claimant());
        assertFalse(ledger.markInDoubt(claim, NOW), "conditional on the revision read");
        assertTrue(ledger.complete(inDoubt, "00T000000000002AAA", V1));
        assertNull(ledger.find(List.of(contactId)).get(contactId).inDoubtSince());
    }

    @Test
    void writes_areRefused_whenTheEntryChangedSinceItWasRead() {
        String contactId = contactId();
        LedgerEntry claim = ledger.claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty())
                .orElseThrow();
        LedgerEntry takenOver = ledger.claim(contactId, V2, "kinesis:b", NOW.plusSeconds(60), Optional.of(claim))
                .orElseThrow();

        assertFalse(ledger.complete(claim, "00T000000000001AAA", V1), "the first claim was taken over");
        assertFalse(ledger.claim(contactId, V2, "kinesis:c", NOW.plusSeconds(60), Optional.of(claim))
                .isPresent());
        assertTrue(ledger.complete(takenOver, "00T000000000002AAA", V2));
        assertEquals(
                "00T000000000002AAA",
                ledger.find(List.of(contactId)).get(contactId).taskId());
    }

    @Test
    void reject_marksTheContact_andANewerVersionMayClaimItAgain() {
        String contactId = contactId();
        LedgerEntry claim = ledger.claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty())
                .orElseThrow();

        assertTrue(ledger.reject(claim, "FIELD_CUSTOM_VALIDATION_EXCEPTION"));
        LedgerEntry rejected = ledger.find(List.of(contactId)).get(contactId);
        assertEquals(LedgerState.REJECTED, rejected.state());

        assertTrue(ledger.claim(contactId, V2, "kinesis:b", NOW.plusSeconds(60), Optional.of(rejected))
                .isPresent());
    }

    @Test
    void find_readsMoreThanOneBatchGetWorth_andSkipsUnknownContacts() {
        List<String> ids = IntStream.range(0, 130).mapToObj(i -> contactId()).toList();
        ids.forEach(id -> ledger.claim(id, V1, "kinesis:" + id, NOW.plusSeconds(60), Optional.empty())
                .orElseThrow());

        Map<String, LedgerEntry> found = ledger.find(concat(ids, List.of(contactId(), contactId())));

        assertEquals(130, found.size());
        assertEquals(LedgerState.PENDING, found.get(ids.get(129)).state());
    }

    @Test
    void items_expireThroughTheTablesTtlAttribute() {
        String contactId = contactId();
        ledger.claim(contactId, V1, "kinesis:a", NOW.plusSeconds(60), Optional.empty())
                .orElseThrow();

        Map<String, AttributeValue> item = dynamo.getItem(
                        r -> r.tableName(TABLE).key(Map.of("contactId", AttributeValue.fromS(contactId))))
                .item();

        assertEquals(
                NOW.plus(DynamoDbCallLogLedger.DEFAULT_RETENTION).getEpochSecond(),
                Long.parseLong(item.get(TableDefinitions.EXPIRES_AT).n()));
    }

    private static String contactId() {
        return UUID.randomUUID().toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
