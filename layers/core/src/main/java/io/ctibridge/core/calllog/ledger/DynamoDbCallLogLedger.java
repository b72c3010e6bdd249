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
 * TTL attribute {@code expiresAt} once no redelivery can come any more. Uses only GetItem-family reads and
 * UpdateItem, each write conditional on the item's {@code revision}.
 *
 * <p>Each call-log destination keeps its own attributes on the one item: the Task's are named as they always were
 * ({@code state}, {@code taskId}, {@code revision}…), another destination's carry its prefix ({@code voiceCallState},
 * {@code voiceCallId}, {@code voiceCallRevision}…). A destination's writes touch and condition on its own attributes
 * only (UpdateItem, never a whole-item PutItem), so the Task and the VoiceCall of one contact, and attributes other
 * features add, never overwrite each other.
 *
 * <p>The same item carries the contact's newest Contact Lens analysis ({@code analysisKey}, {@code analysisAt},
 * {@code analysisInsight}), shared by the destinations, and per destination the key of the analysis its record
 * carries ({@code analysisApplied} for the Task, {@code voiceCallAnalysisApplied}…): written only by
 * {@link #recordAnalysis} (conditional on {@code analysisAt}), {@link #markAnalysisApplied} (conditional on
 * {@code analysisKey}) and {@link #complete}, never touching another destination's attributes. An item may hold an
 * analysis and no destination's side yet: the analysis arrived before the contact record.
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
    private final String prefix;

    public DynamoDbCallLogLedger(DynamoDbClient dynamo, String tableName, Clock clock, Duration retention) {
        this(dynamo, tableName, clock, retention, "");
    }

    private DynamoDbCallLogLedger(
            DynamoDbClient dynamo, String tableName, Clock clock, Duration retention, String prefix) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /**
     * The same table's entries of another destination, whose attributes carry {@code prefix} (e.g. {@code voiceCall}:
     * {@code voiceCallState}, and {@code voiceCallId} for its record's Id).
     */
    public DynamoDbCallLogLedger forDestination(String attributePrefix) {
        if (attributePrefix.isEmpty() || !attributePrefix.chars().allMatch(Character::isLetter)) {
            throw new IllegalArgumentException("a destination's prefix is letters only: " + attributePrefix);
        }
        return new DynamoDbCallLogLedger(dynamo, tableName, clock, retention, attributePrefix);
    }

    /** This destination's name for an entry attribute; the Task's are unprefixed. */
    private String a(String attribute) {
        if (prefix.isEmpty()) {
            return attribute;
        }
        if (attribute.equals("taskId")) {
            return prefix + "Id";
        }
        return prefix + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
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
            if (item != null && item.containsKey(a("state"))) {
                found.put(ids.getFirst(), fromItem(item));
            }
            return found;
        }
        for (int from = 0; from < ids.size(); from += MAX_KEYS_PER_BATCH_GET) {
            List<Map<String, AttributeValue>> keys =
                    ids.subList(from, Math.min(ids.size(), from + MAX_KEYS_PER_BATCH_GET)).stream()
                            .map(id -> Map.of(CONTACT_ID, s(id)))
                            .toList();
            batchGet(keys).stream()
                    .filter(item -> item.containsKey(a("state"))) // only another destination's entry
                    .forEach(item -> {
                        LedgerEntry entry = fromItem(item);
                        found.put(entry.contactId(), entry);
                    });
        }
        return found;
    }

    @Override
    public Optional<LedgerEntry> claim(
            String contactId, RecordVersion version, String claimant, Instant leaseUntil, Optional<LedgerEntry> seen) {
        // A destination that made its record before its claim was lost keeps the record's Id through the takeover.
        String madeEarlier = seen.filter(entry -> entry.state() == LedgerState.PENDING)
                .map(LedgerEntry::taskId)
                .orElse(null);
        LedgerEntry claim = new LedgerEntry(
                contactId,
                LedgerState.PENDING,
                LedgerEntry.versionToClaim(seen, version),
                madeEarlier,
                claimant,
                seen.map(LedgerEntry::revision).orElse(0L) + 1,
                leaseUntil);
        Map<String, String> names = names(
                "state",
                "lastUpdate",
                "source",
                "claimant",
                "revision",
                "leaseUntil",
                "taskId",
                "inDoubtSince",
                "rejectReason");
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pending", s(LedgerState.PENDING.name()));
        values.put(":lastUpdate", s(claim.version().lastUpdate().toString()));
        values.put(":source", s(claim.version().source().name()));
        values.put(":claimant", s(claimant));
        values.put(":revision", n(claim.revision()));
        values.put(":leaseUntil", n(leaseUntil.toEpochMilli()));
        values.put(":now", s(clock.instant().toString()));
        values.put(":expiresAt", n(expiresAt()));
        String set = "SET #state = :pending, #lastUpdate = :lastUpdate, #source = :source, #claimant = :claimant, "
                + "#revision = :revision, #leaseUntil = :leaseUntil, updatedAt = :now, " + EXPIRES_AT + " = :expiresAt";
        String remove = " REMOVE #inDoubtSince, #rejectReason";
        if (madeEarlier != null) {
            set += ", #taskId = :taskId";
            values.put(":taskId", s(madeEarlier));
        } else {
            remove += ", #taskId";
        }
        String condition;
        if (seen.isEmpty()) {
            condition = "attribute_not_exists(#state)";
        } else {
            condition = "#revision = :seen";
            values.put(":seen", n(seen.get().revision()));
        }
        String expression = set + remove;
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
                    return ", " + a(ANALYSIS_APPLIED) + " = :applied";
                })
                .orElse("");
        return update(
                current,
                "SET #state = :done, #taskId = :taskId, #lastUpdate = :lastUpdate, #source = :source, "
                        + "#revision = :next, updatedAt = :now, " + EXPIRES_AT + " = :expiresAt" + analysis
                        + " REMOVE #leaseUntil, #rejectReason, #inDoubtSince",
                names("state", "taskId", "lastUpdate", "source", "leaseUntil", "rejectReason", "inDoubtSince"),
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
                    .updateExpression("SET " + a(ANALYSIS_APPLIED) + " = :key")
                    .conditionExpression(ANALYSIS_KEY + " = :key")
                    .expressionAttributeValues(Map.of(":key", s(key))));
            return true;
        } catch (ConditionalCheckFailedException replaced) {
            return false;
        }
    }

    private Optional<LedgerEntry> taskSide(Map<String, AttributeValue> item) {
        return item != null && item.containsKey(a(STATE)) ? Optional.of(fromItem(item)) : Optional.empty();
    }

    /** The item's analysis, applied or not as this destination's record has it. */
    private LedgerAnalysis analysisOf(Map<String, AttributeValue> item) {
        if (item == null || !item.containsKey(ANALYSIS_KEY)) {
            return null;
        }
        String key = item.get(ANALYSIS_KEY).s();
        AttributeValue applied = item.get(a(ANALYSIS_APPLIED));
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
                "SET #inDoubtSince = :since, #revision = :next, updatedAt = :now, " + EXPIRES_AT + " = :expiresAt",
                names("inDoubtSince"),
                Map.of(":since", n(since.toEpochMilli())));
    }

    @Override
    public boolean reject(LedgerEntry current, String reason) {
        return update(
                current,
                "SET #state = :rejected, #rejectReason = :reason, #revision = :next, updatedAt = :now, " + EXPIRES_AT
                        + " = :expiresAt REMOVE #leaseUntil, #inDoubtSince",
                names("state", "rejectReason", "leaseUntil", "inDoubtSince"),
                Map.of(":rejected", s(LedgerState.REJECTED.name()), ":reason", s(reason)));
    }

    @Override
    public boolean recordMade(LedgerEntry current, String recordId) {
        return update(
                current,
                "SET #taskId = :taskId, #revision = :next, updatedAt = :now, " + EXPIRES_AT + " = :expiresAt "
                        + "REMOVE #inDoubtSince",
                names("taskId", "inDoubtSince"),
                Map.of(":taskId", s(recordId)));
    }

    /** {@code #name} → this destination's attribute for each entry attribute. */
    private Map<String, String> names(String... attributes) {
        Map<String, String> names = new HashMap<>();
        for (String attribute : attributes) {
            names.put("#" + attribute, a(attribute));
        }
        return names;
    }

    // "state" and "source" are DynamoDB reserved words: every entry attribute is named through #aliases.
    private boolean update(
            LedgerEntry current, String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> allValues = new HashMap<>(values);
        allValues.put(":seen", n(current.revision()));
        allValues.put(":next", n(current.revision() + 1));
        allValues.put(":now", s(clock.instant().toString()));
        allValues.put(":expiresAt", n(expiresAt()));
        Map<String, String> allNames = new HashMap<>(names);
        allNames.put("#revision", a("revision"));
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

    private LedgerEntry fromItem(Map<String, AttributeValue> item) {
        AttributeValue lease = item.get(a("leaseUntil"));
        AttributeValue taskId = item.get(a("taskId"));
        AttributeValue inDoubtSince = item.get(a("inDoubtSince"));
        return new LedgerEntry(
                item.get(CONTACT_ID).s(),
                LedgerState.valueOf(item.get(a("state")).s()),
                new RecordVersion(
                        Instant.parse(item.get(a("lastUpdate")).s()),
                        RecordSource.valueOf(item.get(a("source")).s())),
                taskId == null ? null : taskId.s(),
                item.get(a("claimant")).s(),
                Long.parseLong(item.get(a("revision")).n()),
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
