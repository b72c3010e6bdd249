package io.ctibridge.core.calllog.task;

import io.ctibridge.core.salesforce.SalesforceException;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.api.SaveError;
import io.ctibridge.core.salesforce.api.SaveResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a batch's Tasks with sObject Collections, 200 records a call, each record saved or failed on its own.
 * Records Salesforce could not lock (other Tasks on the same Contact were being inserted) get one more try after
 * a short pause; they were not saved, so trying again cannot duplicate them. A failed call stops the batch when
 * Salesforce is unavailable or out of API requests: what was not written yet comes back later, together.
 */
public final class TaskCollectionsWriter {

    /** One record to write, created or updated (by its Id). */
    public record Write<K>(K key, SObject record) {
        boolean create() {
            return record.id().isEmpty();
        }
    }

    /** How one record fared. */
    public sealed interface Result {
        record Saved(String id) implements Result {}

        /**
         * Salesforce refused the record for good (a validation rule, a required field).
         *
         * @param code    Salesforce's status code(s), safe to log
         * @param message Salesforce's messages and fields, for the dead-letter queue only
         */
        record Rejected(String code, String message) implements Result {}

        /** The record failed on its own for a passing reason (UNABLE_TO_LOCK_ROW): not saved, worth another try. */
        record Transient(String code) implements Result {}

        /** The whole call failed (Salesforce unavailable, out of requests): not written, come back after a while. */
        record Deferred(String code, Duration retryAfter) implements Result {}

        /**
         * The call carrying the record failed without an answer (a timeout, a dropped connection, a 5xx other than
         * 503): Salesforce may have saved it, or may still.
         */
        record InDoubt(String code) implements Result {}
    }

    private final Duration lockRetryPause;
    private final Duration limitBackoff;
    private final Duration outageBackoff;

    /**
     * @param lockRetryPause wait before the one retry of records Salesforce could not lock
     * @param limitBackoff   how long records wait after REQUEST_LIMIT_EXCEEDED
     * @param outageBackoff  how long records wait after an outage (503, timeouts)
     */
    public TaskCollectionsWriter(Duration lockRetryPause, Duration limitBackoff, Duration outageBackoff) {
        this.lockRetryPause = lockRetryPause;
        this.limitBackoff = limitBackoff;
        this.outageBackoff = outageBackoff;
    }

    public <K> Map<K, Result> write(SalesforceApi salesforce, List<Write<K>> writes) {
        Map<K, Result> results = new LinkedHashMap<>();
        boolean stopped = writeAll(salesforce, writes, results);
        List<Write<K>> locked = writes.stream()
                .filter(write -> results.get(write.key()) instanceof Result.Transient)
                .toList();
        if (!stopped && !locked.isEmpty()) {
            pause(lockRetryPause);
            writeAll(salesforce, locked, results);
        }
        return results;
    }

    /**
     * Creates, then updates, in chunks. True when a failed call stopped the batch: every record not written yet
     * is then marked {@link Result.Deferred}.
     */
    private <K> boolean writeAll(SalesforceApi salesforce, List<Write<K>> writes, Map<K, Result> results) {
        List<List<Write<K>>> chunks = new ArrayList<>();
        chunks.addAll(chunks(writes.stream().filter(Write::create).toList()));
        chunks.addAll(chunks(writes.stream().filter(write -> !write.create()).toList()));
        for (int index = 0; index < chunks.size(); index++) {
            List<Write<K>> chunk = chunks.get(index);
            List<SObject> records = chunk.stream().map(Write::record).toList();
            try {
                List<SaveResult> saved = chunk.getFirst().create()
                        ? salesforce.createCollection(records)
                        : salesforce.updateCollection(records);
                for (int i = 0; i < chunk.size(); i++) {
                    results.put(chunk.get(i).key(), i < saved.size() ? result(saved.get(i)) : missing());
                }
            } catch (SalesforceException failure) {
                String code = SalesforceFailures.describe(failure);
                if (SalesforceFailures.retryLater(failure)) {
                    Result deferred =
                            new Result.Deferred(code, SalesforceFailures.backoff(failure, limitBackoff, outageBackoff));
                    chunks.subList(index, chunks.size())
                            .forEach(rest -> rest.forEach(write -> results.put(write.key(), deferred)));
                    if (SalesforceFailures.outcomeUnknown(failure)) {
                        // Only this chunk was sent; the ones after it were certainly not written.
                        chunk.forEach(write -> results.put(write.key(), new Result.InDoubt(code)));
                    }
                    return true;
                }
                chunk.forEach(write -> results.put(write.key(), new Result.Rejected(code, code)));
            }
        }
        return false;
    }

    private static <K> List<List<Write<K>>> chunks(List<Write<K>> writes) {
        List<List<Write<K>>> chunks = new ArrayList<>();
        for (int from = 0; from < writes.size(); from += SalesforceApi.MAX_COLLECTION_SIZE) {
            chunks.add(writes.subList(from, Math.min(writes.size(), from + SalesforceApi.MAX_COLLECTION_SIZE)));
        }
        return chunks;
    }

    private static Result result(SaveResult saved) {
        if (saved.success()) {
            return new Result.Saved(saved.id());
        }
        String code =
                saved.errors().stream().map(SaveError::statusCode).distinct().collect(Collectors.joining(","));
        if (saved.retryable()) {
            return new Result.Transient(code);
        }
        String message = saved.errors().stream()
                .map(error -> error.statusCode() + ": " + error.message()
                        + (error.fields().isEmpty() ? "" : " " + error.fields()))
                .collect(Collectors.joining("; "));
        return new Result.Rejected(code.isEmpty() ? "UNKNOWN_ERROR" : code, message);
    }

    private static Result missing() {
        return new Result.Transient("NO_RESULT");
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
