package io.ctibridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * The call logger's Kinesis cold starts. Each child gets the sample batch with its contact record under a new
 * ContactId (the record decoded, every occurrence of its id replaced, encoded again), so that each really creates
 * a Task rather than finding its contact logged already. The child must report no failed record, and the emulator
 * must then hold exactly one Task for that contact.
 */
final class ContactRecordUnderTest extends SampleEventFunction {

    private final EventFiles files;

    ContactRecordUnderTest(BenchStack stack, Path sample, EventFiles files) {
        super(BenchFunction.CONTACT_RECORD, stack, sample);
        this.files = Objects.requireNonNull(files, "files");
    }

    @Override
    public PreparedEvent prepare() {
        ObjectNode event = EventFiles.read(sample);
        ArrayNode records = (ArrayNode) event.path("Records");
        if (records.size() != 1) {
            throw new IllegalArgumentException(sample + " must hold one contact record, not " + records.size());
        }
        ObjectNode kinesis = (ObjectNode) records.get(0).path("kinesis");
        String record =
                new String(Base64.getDecoder().decode(kinesis.path("data").asText()), StandardCharsets.UTF_8);
        String sampleContactId = EventFiles.parse(record).path("ContactId").asText();
        String contactId = UUID.randomUUID().toString();
        kinesis.put("partitionKey", contactId);
        kinesis.put(
                "data",
                Base64.getEncoder()
                        .encodeToString(
                                record.replace(sampleContactId, contactId).getBytes(StandardCharsets.UTF_8)));
        return new PreparedEvent(files.write(function().cliName(), event), answer -> check(answer, contactId));
    }

    private Verdict check(JsonNode answer, String contactId) {
        JsonNode failures = answer.path("batchItemFailures");
        long tasks = stack.tasksLogging(contactId);
        String summary = failures.size() + " failed records, " + tasks + " Task";
        return failures.isArray() && failures.isEmpty() && tasks == 1
                ? Verdict.passed(summary)
                : Verdict.failed(summary);
    }
}
