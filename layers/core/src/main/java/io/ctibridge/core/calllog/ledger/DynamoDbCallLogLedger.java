package io.ctibridge.core.calllog.ledger;

import io.ctibridge.core.calllog.record.RecordSource;
import io.ctibridge.core.calllog.record.RecordVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The ledger in DynamoDB: one item per ContactId (partition key {@code contactId}), expiring through the table's
 * TTL attribute {@code expiresAt} once no redelivery can come any more. Uses only GetItem-family reads and UpdateItem,
 * each write of the Task side conditional on the item's {@code revision}.
 *
 * <p>The same item carries the contact's newest Contact Lens analysis ({@code analysisKey}, {@code analysisAt},
 * {@code analysisInsight}, {@code analysisApplied}): written only by {@link #recordAnalysis} (conditional on
 * {@code analysisAt}) and {@link #markAnalysisApplied} (conditional on {@code analysisKey}), never touching
 * {@code revision}, so the two sides do not contend. An item may hold an analysis and no Task side yet (no
 * {@code state}): the analysis arrived before the contact record. Claims update the item rather than replace it, so
 * that they keep a waiting analysis and hand it to the Task's create.
 */
public final class DynamoDbCallLogLedger implements CallLogLedger {

    /** Longer than the stream's retention (1 day by default) and the dead-letter queue's (14 days). */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

    static final String CONTACT_ID = "contactId";
    static final String EXPIRES_AT = "expiresAt";
    static final String STATE = "state";
    static final String ANALYSIS_KEY = "analysisKey";
    static final String ANALYSIS_AT = "analysisAt";
    static final String ANALYSIS_INSIGHT = "analysisInsight";
    static final String ANALYSIS_APPLIED = "analysisApplied";
    private static final int MAX_KEYS_PER_BATCH_GET = 100;
    private static final int MAX_UNPROCESSED_ROUNDS = 5;

    private final DynamoDbClient dynamo;
    private final String tableName;
    private final Clock clock;
    private final Duration retention;

    public DynamoDbCallLogLedger(DynamoDbClient dynamo, String tableName, Clock clock, Duration retention) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    public DynamoDbCallLogLedger(DynamoDbClient dynamo, String tableName, Clock clock) {
        this(dynamo, tableName, clock, DEFAULT_RETENTION);
    }

    @Override
    public Map<String, LedgerEntry> find(Collection<String> contactIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(contactIds));
        Map<String, LedgerEntry> found = new HashMap<>();
        if (ids.size() == 1) {
            // One contact (the event path): a plain GetItem, all the event function's role allows.
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(tableName)
                            .key(Map.of(CONTACT_ID, s(ids.getFirst())))
                            .consistentRead(true))
                    .item();
            if (item != null && item.containsKey(STATE)) {
                found.put(ids.getFirst(), fromItem(item));
            }
            return found;
        }
        for (int from = 0; from < ids.size(); from += MAX_KEYS_PER_BATCH_GET) {
            List<Map<String, AttributeValue>> keys =
                    ids.subList(from, Math.min(ids.size(), from + MAX_KEYS_PER_BATCH_GET)).stream()
                            .map(id -> Map.of(CONTACT_ID, s(id)))
                            .toList();
            // An item with only an analysis has no Task side yet: to the call log, the contact is new.
            batchGet(keys).stream().filter(item -> item.containsKey(STATE)).forEach(item -> {
                LedgerEntry entry = fromItem(item);
                found.put(entry.contactId(), entry);
            });
        }
        return found;
    }

    @Override
    public Optional<LedgerEntry> claim(
            String contactId, RecordVersion version, String claimant, Instant leaseUntil, Optional<LedgerEntry> seen) {
        LedgerEntry claim = new LedgerEntry(
                contactId,
                LedgerState.PENDING,
                version,
                null,
                claimant,
                seen.map(LedgerEntry::revision).orElse(0L) + 1,
                leaseUntil);
        Map<String, AttributeValue> values = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        StringBuilder set = new StringBuilder();
        toItem(claim).forEach((name, value) -> {
            if (!name.equals(CONTACT_ID)) {
                set.append(set.isEmpty() ? "SET " : ", ")
                        .append("#")
                        .append(name)
                        .append(" = :")
                        .append(name);
                names.put("#" + name, name);
                values.put(":" + name, value);
            }
        });
        // An update, not a put: the item may hold an analysis that arrived first, which the claim keeps.
        String expression = set + " REMOVE taskId, rejectReason, inDoubtSince";
        String condition;
        if (seen.isEmpty()) {
            condition = "attribute_not_exists(#state)";
        } else {
            condition = "#revision = :seen";
            values.put(":seen", n(seen.get().revision()));
        }
        try {
            Map<String, AttributeValue> after = dynamo.updateItem(r -> r.tableName(tableName)
                            .key(Map.of(CONTACT_ID, s(contactId)))
                            .updateExpression(expression)
                            .conditionExpression(condition)
                            .expressionAttributeNames(names)
                            .expressionAttributeValues(values)
                            .returnValues(ReturnValue.ALL_NEW))
                    .attributes();
            // The claim is what was written; the item adds only the analysis that may be waiting on it.
            return Optional.of(new LedgerEntry(
                    claim.contactId(),
                    claim.state(),
                    claim.version(),
                    claim.taskId(),
                    claim.claimant(),
                    claim.revision(),
                    claim.leaseUntil(),
                    null,
                    analysisOf(after)));
        } catch (ConditionalCheckFailedException lostRace) {
            return Optional.empty();
        }
    }

    @Override
    public boolean complete(LedgerEntry current, String taskId, RecordVersion version) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":done",
                s(LedgerState.DONE.name()),
                ":taskId",
                s(taskId),
                ":lastUpdate",
                s(version.lastUpdate().toString()),
                ":source",
                s(version.source().name())));
        // The write carried the waiting analysis: it is applied, unless a later one replaced it meanwhile (applied
        // is analysisApplied = analysisKey, so a later key still reads as waiting).
        String analysis = current.waitingAnalysis()
                .map(waiting -> {
                    values.put(":applied", s(waiting.key()));
                    return ", " + ANALYSIS_APPLIED + " = :applied";
                })
                .orElse("");
        return update(
                current,
                "SET #state = :done, taskId = :taskId, lastUpdate = :lastUpdate, #source = :source, "
                        + "#revision = :next, updatedAt = :now, " + EXPIRES_AT + " = :expiresAt" + analysis
                        + " REMOVE leaseUntil, rejectReason, inDoubtSince",
                Map.of("#state", "state", "#source", "source"),
                values);
    }

    @Override
    public AnalysisRecording recordAnalysis(String contactId, LedgerAnalysis analysis) {
        try {
            Map<String, AttributeValue> after = dynamo.updateItem(r -> r.tableName(tableName)
                            .key(Map.of(CONTACT_ID, s(contactId)))
                            .updateExpression("SET " + ANALYSIS_KEY + " = :key, " + ANALYSIS_AT + " = :at, "
                                    + ANALYSIS_INSIGHT + " = :insight, " + EXPIRES_AT + " = :expiresAt")
                            // Later wins; the same key again (a redelivery) rewrites the same values.
                            .conditionExpression("attribute_not_exists(" + ANALYSIS_AT + ") OR " + ANALYSIS_AT
                                    + " < :at OR " + ANALYSIS_KEY + " = :key")
                            .expressionAttributeValues(Map.of(
                                    ":key", s(analysis.key()),
                                    ":at", n(analysis.at().toEpochMilli()),
                                    ":insight", s(analysis.insight()),
                                    ":expiresAt", n(expiresAt())))
                            .returnValues(ReturnValue.ALL_NEW))
                    .attributes();
            return new AnalysisRecording(true, analysisOf(after), taskSide(after));
        } catch (ConditionalCheckFailedException later) {
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(tableName)
                            .key(Map.of(CONTACT_ID, s(contactId)))
                            .consistentRead(true))
                    .item();
            return new AnalysisRecording(false, analysisOf(item), taskSide(item));
        }
    }

    @Override
    public boolean markAnalysisApplied(String contactId, String key) {
        try {
            dynamo.updateItem(r -> r.tableName(tableName)
                    .key(Map.of(CONTACT_ID, s(contactId)))
                    .updateExpression("SET " + ANALYSIS_APPLIED + " = :key")
                    .conditionExpression(ANALYSIS_KEY + " = :key")
                    .expressionAttributeValues(Map.of(":key", s(key))));
            return true;
        } catch (ConditionalCheckFailedException replaced) {
            return false;
        }
    }

    private static Optional<LedgerEntry> taskSide(Map<String, AttributeValue> item) {
        return item != null && item.containsKey(STATE) ? Optional.of(fromItem(item)) : Optional.empty();
    }

    private static LedgerAnalysis analysisOf(Map<String, AttributeValue> item) {
        if (item == null || !item.containsKey(ANALYSIS_KEY)) {
            return null;
        }
        String key = item.get(ANALYSIS_KEY).s();
        AttributeValue applied = item.get(ANALYSIS_APPLIED);
        return new LedgerAnalysis(
                key,
                Instant.ofEpochMilli(Long.parseLong(item.get(ANALYSIS_AT).n())),
                item.get(ANALYSIS_INSIGHT).s(),
                applied != null && key.equals(applied.s()));
    }

    @Override
    public boolean markInDoubt(LedgerEntry current, Instant since) {
        return update(
                current,
                "SET inDoubtSince = :since, #revision = :next, updatedAt = :now, " + EXPIRES_AT + " = :expiresAt",
                Map.of(),
                Map.of(":since", n(since.toEpochMilli())));
    }

    @Override
    public boolean reject(LedgerEntry current, String reason) {
        return update(
                current,
                "SET #state = :rejected, rejectReason = :reason, #revision = :next, updatedAt = :now, " + EXPIRES_AT
                        + " = :expiresAt REMOVE leaseUntil, inDoubtSince",
                Map.of("#state", "state"),
                Map.of(":rejected", s(LedgerState.REJECTED.name()), ":reason", s(reason)));
    }

    // "state" and "source" are DynamoDB reserved words: every attribute that might be is named through #aliases.
    private boolean update(
            LedgerEntry current, String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> allValues = new HashMap<>(values);
        allValues.put(":seen", n(current.revision()));
        allValues.put(":next", n(current.revision() + 1));
        allValues.put(":now", s(clock.instant().toString()));
        allValues.put(":expiresAt", n(expiresAt()));
        Map<String, String> allNames = new HashMap<>(names);
        allNames.put("#revision", "revision");
        try {
            dynamo.updateItem(r -> r.tableName(tableName)
                    .key(Map.of(CONTACT_ID, s(current.contactId())))
                    .updateExpression(expression)
                    .conditionExpression("#revision = :seen")
                    .expressionAttributeNames(allNames)
                    .expressionAttributeValues(allValues));
            return true;
        } catch (ConditionalCheckFailedException changed) {
            return false;
        }
    }

    private List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, KeysAndAttributes> request = Map.of(
                tableName,
                KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
        for (int round = 0; !request.isEmpty(); round++) {
            if (round == MAX_UNPROCESSED_ROUNDS) {
                throw new IllegalStateException("DynamoDB left ledger keys unprocessed after " + round + " rounds");
            }
            if (round > 0) {
                pause(Duration.ofMillis(50L << round)); // unprocessed keys mean throttling: give it a moment
            }
            Map<String, KeysAndAttributes> current = request;
            BatchGetItemResponse response = dynamo.batchGetItem(r -> r.requestItems(current));
            items.addAll(response.responses().getOrDefault(tableName, List.of()));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        return items;
    }

    private Map<String, AttributeValue> toItem(LedgerEntry entry) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(CONTACT_ID, s(entry.contactId()));
        item.put("state", s(entry.state().name()));
        item.put("lastUpdate", s(entry.version().lastUpdate().toString()));
        item.put("source", s(entry.version().source().name()));
        item.put("claimant", s(entry.claimant()));
        item.put("revision", n(entry.revision()));
        item.put("leaseUntil", n(entry.leaseUntil().toEpochMilli()));
        item.put("updatedAt", s(clock.instant().toString()));
        item.put(EXPIRES_AT, n(expiresAt()));
        if (entry.taskId() != null) {
            item.put("taskId", s(entry.taskId()));
        }
        return item;
    }

    private static LedgerEntry fromItem(Map<String, AttributeValue> item) {
        AttributeValue lease = item.get("leaseUntil");
        AttributeValue taskId = item.get("taskId");
        AttributeValue inDoubtSince = item.get("inDoubtSince");
        return new LedgerEntry(
                item.get(CONTACT_ID).s(),
                LedgerState.valueOf(item.get("state").s()),
                new RecordVersion(
                        Instant.parse(item.get("lastUpdate").s()),
                        RecordSource.valueOf(item.get("source").s())),
                taskId == null ? null : taskId.s(),
                item.get("claimant").s(),
                Long.parseLong(item.get("revision").n()),
                lease == null ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(lease.n())),
                inDoubtSince == null ? null : Instant.ofEpochMilli(Long.parseLong(inDoubtSince.n())),
                analysisOf(item));
    }

    private long expiresAt() {
        return clock.instant().plus(retention).getEpochSecond();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the ledger", e);
        }
    }
}
