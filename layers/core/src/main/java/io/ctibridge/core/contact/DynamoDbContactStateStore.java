package io.ctibridge.core.contact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Contact state in DynamoDB: one item per ContactId with a TTL attribute ({@code expiresAt}, epoch seconds).
 * DynamoDB deletes expired items lazily (up to days later), so reads also ignore items past their expiry.
 */
public final class DynamoDbContactStateStore implements ContactStateStore {

    static final String CONTACT_ID = "contactId";
    static final String EXPIRES_AT = "expiresAt";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<CallerMatch>> MATCH_LIST = new TypeReference<>() {};

    private final DynamoDbClient dynamo;
    private final String tableName;
    private final Clock clock;

    public DynamoDbContactStateStore(DynamoDbClient dynamo, String tableName, Clock clock) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void save(LookupResult result, Duration ttl) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(CONTACT_ID, s(result.contactId()));
        item.put("profile", s(result.profile()));
        item.put("status", s(result.status().name()));
        item.put("callerNumber", s(result.callerNumber()));
        item.put("matches", s(toJson(result.matches())));
        item.put("detail", s(result.detail()));
        item.put("lookedUpAt", s(result.lookedUpAt().toString()));
        item.put(
                EXPIRES_AT,
                AttributeValue.fromN(Long.toString(clock.instant().plus(ttl).getEpochSecond())));
        dynamo.putItem(r -> r.tableName(tableName).item(item));
    }

    @Override
    public Optional<LookupResult> find(String contactId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(tableName)
                        .key(Map.of(CONTACT_ID, s(contactId)))
                        .consistentRead(true))
                .item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        AttributeValue expiresAt = item.get(EXPIRES_AT);
        if (expiresAt != null
                && Long.parseLong(expiresAt.n()) <= clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(new LookupResult(
                item.get(CONTACT_ID).s(),
                item.get("profile").s(),
                LookupStatus.valueOf(item.get("status").s()),
                item.get("callerNumber").s(),
                fromJson(item.get("matches").s()),
                item.get("detail").s(),
                Instant.parse(item.get("lookedUpAt").s())));
    }

    /** Operation records live in the same table, under keys of their own ({@link DynamoDbOperationRecordStore}). */
    @Override
    public List<OperationRecord> operationRecords(String contactId, List<String> operations) {
        if (operations.isEmpty()) {
            return List.of();
        }
        return new DynamoDbOperationRecordStore(dynamo, tableName, clock)
                .findDone(contactId, operations).stream()
                        .filter(OperationRecord::hasRecord)
                        .sorted(java.util.Comparator.comparing(OperationRecord::updatedAt)
                                .reversed())
                        .toList();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static String toJson(List<CallerMatch> matches) {
        try {
            return JSON.writeValueAsString(matches);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise matches", e);
        }
    }

    private static List<CallerMatch> fromJson(String json) {
        try {
            return JSON.readValue(json, MATCH_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored matches are not valid JSON", e);
        }
    }
}
