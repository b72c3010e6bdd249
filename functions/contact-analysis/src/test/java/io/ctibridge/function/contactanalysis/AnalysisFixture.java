package io.ctibridge.function.contactanalysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.aws.LambdaEventCodec;
import io.ctibridge.core.calllog.analysis.AnalysisOutcome;
import io.ctibridge.function.contactrecord.CallLogFixture;
import io.ctibridge.function.contactrecord.ContactRecordHandler;
import io.ctibridge.function.contactrecord.Ctr;
import io.ctibridge.function.contactrecord.KinesisBatch;
import io.ctibridge.local.ContactLensFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A call-log stack (moto, the emulator) with the contact-analysis handler beside the contact-record handler, both
 * wired as in Lambda: what the analysis ITs log calls and deliver analysis files through.
 */
final class AnalysisFixture implements AutoCloseable {

    static final Path EVENTS = Path.of("../../events");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LambdaEventCodec<ScheduledEvent, Void> CODEC =
            LambdaEventCodec.of(ScheduledEvent.class, Void.class);

    final CallLogFixture calls;
    final ContactLensFiles files;
    final ContactAnalysisHandler handler;
    final ContactRecordHandler records;

    private AnalysisFixture(CallLogFixture calls) {
        this.calls = calls;
        this.files = calls.stack.contactLensFiles();
        this.handler = new ContactAnalysisHandler(calls.environment); // as the no-arg constructor wires it
        this.records = calls.recordHandler();
    }

    static AnalysisFixture start(String suffix) {
        return new AnalysisFixture(CallLogFixture.start(suffix));
    }

    /** Logs the contact record through the Kinesis handler; fails unless it is logged in this delivery. */
    void log(Ctr ctr) {
        var response = records.handleEvent(KinesisBatch.ofCtrs(List.of(ctr)), null);
        assertEquals(List.of(), response.getBatchItemFailures(), "the contact record is logged");
    }

    /** Puts the sample file, made about {@code contactId}, under the key Contact Lens would use; its event. */
    String put(String contactId, Instant at, String sample) {
        String key = ContactLensFiles.key(contactId, at, false);
        files.put(key, sample(sample, contactId));
        return files.objectCreatedEvent(key);
    }

    /** The sample analysis file {@code events/contactlens/<name>}, its ContactId set to {@code contactId}. */
    static byte[] sample(String name, String contactId) {
        try {
            ObjectNode file = (ObjectNode)
                    JSON.readTree(EVENTS.resolve("contactlens").resolve(name).toFile());
            ((ObjectNode) file.get("CustomerMetadata")).put("ContactId", contactId);
            return JSON.writeValueAsBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Delivers the EventBridge event to the handler as Lambda would (the JSON read by its codec). */
    AnalysisOutcome deliver(String eventJson) {
        ScheduledEvent event =
                CODEC.readOrFailInvocation(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)));
        return handler.handleEvent(event, null);
    }

    /** Between tests: no faults left, the dead-letter queue empty. */
    void reset() {
        calls.stack.salesforce().faults().reset();
        calls.deadLetters.drain();
    }

    static double number(Map<String, Object> record, String field) {
        Object value = record.get(field);
        if (!(value instanceof Number number)) {
            throw new AssertionError(field + " is " + value + " in " + record);
        }
        return number.doubleValue();
    }

    @Override
    public void close() {
        calls.close();
    }
}
