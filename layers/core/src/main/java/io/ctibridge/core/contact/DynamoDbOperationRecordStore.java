package io.ctibridge.core.contact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Operation records in the contact-state table, beside the lookup's item: key {@code <ContactId>#operation#<name>},
 * so that the functions that already read and write contact state need no new table or permission, and a retried
 * lookup (which replaces its own item) never erases an operation's record. Same TTL attribute as the lookup's.
 */
public final class DynamoDbOperationRecordStore implements OperationRecordStore {

    private static final String KEY = DynamoDbContactStateStore.CONTACT_ID;
    private static final String EXPIRES_AT = DynamoDbContactStateStore.EXPIRES_AT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

    private final DynamoDbClient dynamo;
    private final String tableName;
    private final Clock clock;

    public DynamoDbOperationRecordStore(DynamoDbClient dynamo, String tableName, Clock clock) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    static String key(String contactId, String operation) {
        return contactId + "#operation#" + operation;
    }

    @Override
    public Optional<OperationRecord> claim(OperationRecord pending, Duration ttl) {
        try {
            dynamo.putItem(r -> r.tableName(tableName)
                    .item(item(pending, ttl))
                    .conditionExpression("attribute_not_exists(#k)")
                    .expressionAttributeNames(Map.of("#k", KEY)));
            return Optional.empty();
        } catch (ConditionalCheckFailedException e) {
            return find(pending.contactId(), pending.operation());
        }
    }

    @Override
    public boolean takeOver(String previousAttemptId, OperationRecord pending, Duration ttl) {
        try {
            dynamo.putItem(r -> r.tableName(tableName)
                    .item(item(pending, ttl))
                    .conditionExpression("#s = :pending AND #a = :previous")
                    .expressionAttributeNames(Map.of("#s", "state", "#a", "attemptId"))
                    .expressionAttributeValues(Map.of(
                            ":pending", s(OperationRecord.State.PENDING.name()), ":previous", s(previousAttemptId))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public void release(String contactId, String operation, String attemptId) {
        // Overwritten rather than deleted: the functions may put and update contact state, not delete it.
        OperationRecord released = new OperationRecord(
                contactId,
                operation,
                OperationRecord.State.PENDING,
                OperationRecord.RELEASED,
                "",
                "",
                "",
                Map.of(),
                Instant.EPOCH,
                clock.instant());
        try {
            dynamo.putItem(r -> r.tableName(tableName)
                    .item(item(released, Duration.ofHours(1)))
                    .conditionExpression("#s = :pending AND #a = :attempt")
                    .expressionAttributeNames(Map.of("#s", "state", "#a", "attemptId"))
                    .expressionAttributeValues(
                            Map.of(":pending", s(OperationRecord.State.PENDING.name()), ":attempt", s(attemptId))));
        } catch (ConditionalCheckFailedException e) {
            // Another attempt holds it now, or it is done: not ours to release.
        }
    }

    @Override
    public void save(OperationRecord done, Duration ttl) {
        dynamo.putItem(r -> r.tableName(tableName).item(item(done, ttl)));
    }

    @Override
    public Optional<OperationRecord> find(String contactId, String operation) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(tableName)
                        .key(Map.of(KEY, s(key(contactId, operation))))
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
        return Optional.of(new OperationRecord(
                item.get("contact").s(),
                item.get("operation").s(),
                OperationRecord.State.valueOf(item.get("state").s()),
                item.get("attemptId").s(),
                item.get("status").s(),
                item.get("recordId").s(),
                item.get("objectType").s(),
                fromJson(item.get("fields").s()),
                Instant.parse(item.get("settleBy").s()),
                Instant.parse(item.get("updatedAt").s())));
    }

    private Map<String, AttributeValue> item(OperationRecord record, Duration ttl) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(KEY, s(key(record.contactId(), record.operation())));
        item.put("contact", s(record.contactId()));
        item.put("operation", s(record.operation()));
        item.put("state", s(record.state().name()));
        item.put("attemptId", s(record.attemptId()));
        item.put("status", s(record.status()));
        item.put("recordId", s(record.recordId()));
        item.put("objectType", s(record.objectType()));
        item.put("fields", s(toJson(record.fields())));
        item.put("settleBy", s(record.settleBy().toString()));
        item.put("updatedAt", s(record.updatedAt().toString()));
        item.put(
                EXPIRES_AT,
                AttributeValue.fromN(Long.toString(clock.instant().plus(ttl).getEpochSecond())));
        return item;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static String toJson(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise fields", e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return JSON.readValue(json, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fields are not valid JSON", e);
        }
    }
}
