package io.ctibridge.core.operation;

import io.ctibridge.core.config.FlowOperation;
import io.ctibridge.core.config.MultipleMatches;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.OperationRecord;
import io.ctibridge.core.contact.OperationRecordStore;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.SalesforceApiException;
import io.ctibridge.core.salesforce.SalesforceAuthException;
import io.ctibridge.core.salesforce.SalesforceConfigException;
import io.ctibridge.core.salesforce.Soql;
import io.ctibridge.core.salesforce.api.CompositeRequest;
import io.ctibridge.core.salesforce.api.CompositeResponse;
import io.ctibridge.core.salesforce.api.CompositeSubrequest;
import io.ctibridge.core.salesforce.api.CompositeSubresponse;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.time.Deadline;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** One run of one operation, on a worker thread bounded by the deadline: its Salesforce round trip and its record. */
final class OperationRun {

    /** A create that an earlier attempt may still land: answered UNAVAILABLE, never created a second time. */
    static final class InDoubtException extends RuntimeException {
        InDoubtException(String message) {
            super(message);
        }
    }

    private final FlowOperation operation;
    private final OperationRequest request;
    private final CallValues values;
    private final OperationRecordStore records;
    private final Supplier<SalesforceApi> salesforce;
    private final Deadline deadline;
    private final OperationSettings settings;
    private final Clock clock;
    private final JsonLog log;

    OperationRun(
            FlowOperation operation,
            OperationRequest request,
            CallValues values,
            OperationRecordStore records,
            Supplier<SalesforceApi> salesforce,
            Deadline deadline,
            OperationSettings settings,
            Clock clock,
            JsonLog log) {
        this.operation = operation;
        this.request = request;
        this.values = values;
        this.records = records;
        this.salesforce = salesforce;
        this.deadline = deadline;
        this.settings = settings;
        this.clock = clock;
        this.log = log;
    }

    OperationAnswer execute() {
        return switch (operation.kind()) {
            case FIND -> find();
            case CREATE -> create();
            case UPDATE -> update();
        };
    }

    // --- find ---

    private OperationAnswer find() {
        List<SObject> found = salesforce.get().query(FindQuery.soql(operation, values.inputsForQuery()));
        if (found.isEmpty()) {
            return done(OperationStatus.NONE, "", 0, Map.of(), "no match");
        }
        OperationStatus status = found.size() > 1 && operation.onMultiple() == MultipleMatches.MULTIPLE
                ? OperationStatus.MULTIPLE
                : OperationStatus.FOUND;
        SObject best = found.getFirst();
        return done(status, best.id().orElse(""), found.size(), returned(best), found.size() + " match(es)");
    }

    // --- create ---

    private OperationAnswer create() {
        String attempt = UUID.randomUUID().toString();
        OperationRecord claim =
                OperationRecord.pending(request.contactId(), operation.name(), attempt, settleBy(), clock.instant());
        Optional<OperationRecord> existing = records.claim(claim, settings.recordTtl());
        if (existing.isEmpty()) {
            return createClaimed(attempt);
        }
        OperationRecord earlier = existing.get();
        if (earlier.isDone()) {
            // Connect's retry of a create that finished: the first attempt's record, without asking Salesforce.
            return answerOf(earlier, "created by an earlier attempt");
        }
        if (!earlier.isReleased()) {
            // The earlier attempt's create may have landed after it gave up: look for its marker first.
            Optional<SObject> landed = findByMarker();
            if (landed.isPresent()) {
                SObject record = landed.get();
                return done(
                        OperationStatus.CREATED,
                        record.id().orElse(""),
                        1,
                        returned(record),
                        "created by an earlier attempt (found by its idempotency marker)");
            }
            if (clock.instant().isBefore(earlier.settleBy())) {
                throw new InDoubtException("an earlier attempt's create may still land; not creating a second record");
            }
        }
        if (!records.takeOver(earlier.attemptId(), claim, settings.recordTtl())) {
            throw new InDoubtException("another attempt is creating the record");
        }
        return createClaimed(attempt);
    }

    private OperationAnswer createClaimed(String attempt) {
        Map<String, Object> fields = values.render(operation);
        fields.put(operation.idempotencyField(), marker());
        try {
            SalesforceApi api = salesforce.get();
            if (operation.returnFields().isEmpty()) {
                String id = api.create(operation.object(), fields);
                return done(OperationStatus.CREATED, id, 1, Map.of(), "created");
            }
            CompositeResponse answer = api.composite(CompositeRequest.of(List.of(
                    CompositeSubrequest.create("created", operation.object(), fields),
                    readBack("record", "@{created.id}"))));
            CompositeSubresponse created = answer.subresponses().getFirst();
            created.error().ifPresent(error -> {
                throw error;
            });
            String id = created.id().orElseThrow(() -> new IllegalStateException("create answered no id"));
            return done(OperationStatus.CREATED, id, 1, readBackFields(answer), "created");
        } catch (SalesforceApiException e) {
            if ("DUPLICATE_VALUE".equals(e.errorCode())) {
                // The unique idempotency field refused a second record: an earlier attempt's create landed after all.
                Optional<SObject> landed = findByMarker();
                if (landed.isPresent()) {
                    return done(
                            OperationStatus.CREATED,
                            landed.get().id().orElse(""),
                            1,
                            returned(landed.get()),
                            "created by an earlier attempt (its idempotency marker is unique)");
                }
            }
            // An error answer below 500 means Salesforce wrote nothing: a retry may create at once.
            if (e.httpStatus() < 500) {
                records.release(request.contactId(), operation.name(), attempt);
            }
            throw e;
        } catch (SalesforceAuthException | SalesforceConfigException e) {
            records.release(request.contactId(), operation.name(), attempt); // nothing was sent
            throw e;
        }
    }

    /** The record of an earlier attempt, looked up by the idempotency marker it was created with. */
    private Optional<SObject> findByMarker() {
        String soql = "SELECT " + String.join(", ", FindQuery.selected(operation)) + " FROM "
                + Soql.identifier(operation.object()) + " WHERE " + Soql.identifier(operation.idempotencyField())
                + " = " + Soql.quote(marker()) + " ORDER BY CreatedDate, Id LIMIT 1";
        return salesforce.get().query(soql).stream().findFirst();
    }

    /** Unique per contact and operation; ContactIds are UUIDs and operation names have no '.'. */
    private String marker() {
        return request.contactId() + "." + operation.name();
    }

    private Instant settleBy() {
        return clock.instant().plus(deadline.remaining()).plus(settings.inDoubtGrace());
    }

    // --- update ---

    private OperationAnswer update() {
        Optional<String> target = target();
        if (target.isEmpty()) {
            return done(OperationStatus.NONE, "", 0, Map.of(), "no " + operation.object() + " to update");
        }
        String id = SalesforceApi.recordId(target.get());
        Map<String, Object> fields = values.render(operation);
        SalesforceApi api = salesforce.get();
        if (operation.returnFields().isEmpty()) {
            api.update(operation.object(), id, fields);
            return done(OperationStatus.UPDATED, id, 1, Map.of(), "updated");
        }
        CompositeResponse answer = api.composite(CompositeRequest.of(List.of(
                new CompositeSubrequest(
                        "PATCH", "sobjects/" + Soql.identifier(operation.object()) + "/" + id, "updated", fields),
                readBack("record", id))));
        answer.subresponses().getFirst().error().ifPresent(error -> {
            throw error;
        });
        return done(OperationStatus.UPDATED, id, 1, readBackFields(answer), "updated");
    }

    private Optional<String> target() {
        if (operation.updatesTheLookupMatch()) {
            return values.lookupMatch()
                    .filter(match -> match.objectType().equalsIgnoreCase(operation.object()))
                    .map(CallerMatch::id);
        }
        return values.operation(operation.target())
                .filter(record -> record.objectType().equalsIgnoreCase(operation.object()))
                .map(OperationRecord::recordId);
    }

    // --- shared ---

    private CompositeSubrequest readBack(String referenceId, String id) {
        String fields = String.join(",", FindQuery.selected(operation));
        return new CompositeSubrequest(
                "GET",
                "sobjects/" + Soql.identifier(operation.object()) + "/" + id + "?fields=" + fields,
                referenceId,
                null);
    }

    /** The read-back's fields; empty when it failed (the write itself succeeded, which is what counts). */
    private Map<String, String> readBackFields(CompositeResponse answer) {
        CompositeSubresponse read = answer.subresponses().get(1);
        if (!read.isSuccess() || read.body() == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : operation.returnFields()) {
            var node = read.body().path(field);
            out.put(field, node.isMissingNode() || node.isNull() ? "" : node.asText());
        }
        return out;
    }

    private Map<String, String> returned(SObject record) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : operation.returnFields()) {
            out.put(field, record.string(field).orElse(""));
        }
        return out;
    }

    /** Keeps what the operation did under the contact, then answers it. */
    private OperationAnswer done(
            OperationStatus status, String recordId, int count, Map<String, String> fields, String detail) {
        String type = recordId.isEmpty() ? "" : operation.object();
        try {
            records.save(
                    new OperationRecord(
                            request.contactId(),
                            operation.name(),
                            OperationRecord.State.DONE,
                            "",
                            status.name(),
                            recordId,
                            type,
                            fields,
                            Instant.EPOCH,
                            clock.instant()),
                    settings.recordTtl());
        } catch (RuntimeException e) {
            // Salesforce did its part: the flow still gets it. A create's retry finds the record by its marker;
            // only the pop and the call log lose this record.
            log.error(
                    "could not store the operation's record; answering without it",
                    Map.of("contactId", request.contactId(), "operation", operation.name()),
                    e);
        }
        return new OperationAnswer(operation.name(), status, recordId, type, Math.min(count, 2), fields, "", detail);
    }

    private OperationAnswer answerOf(OperationRecord record, String detail) {
        return new OperationAnswer(
                operation.name(),
                OperationStatus.valueOf(record.status()),
                record.recordId(),
                record.objectType(),
                record.recordId().isEmpty() ? 0 : 1,
                record.fields(),
                "",
                detail);
    }
}
