package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.local.KinesisRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Contact records for the call-log figures: the repository's sample CTR ({@code events/kinesis/
 * ctr-inbound-answered.json}) under other ContactIds and callers, in Kinesis events as the stream delivers them.
 */
final class SampleRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong POSITION = new AtomicLong();

    private final String ctr;
    private final String sampleContactId;
    private final String sampleCaller;

    private SampleRecords(String ctr) throws IOException {
        this.ctr = ctr;
        var root = JSON.readTree(ctr);
        this.sampleContactId = root.path("ContactId").asText();
        this.sampleCaller = root.path("CustomerEndpoint").path("Address").asText();
    }

    /** The sample inbound answered CTR of the repository at {@code root}. */
    static SampleRecords inboundAnswered(Path root) {
        try {
            var event = JSON.readTree(Files.readAllBytes(root.resolve("events/kinesis/ctr-inbound-answered.json")));
            return new SampleRecords(new String(
                    Base64.getDecoder()
                            .decode(event.path("Records")
                                    .get(0)
                                    .path("kinesis")
                                    .path("data")
                                    .asText()),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample as contact {@code contactId}. */
    String record(String contactId) {
        return ctr.replace(sampleContactId, contactId);
    }

    /** The sample as contact {@code contactId} from caller {@code e164}. */
    String record(String contactId, String e164) {
        return record(contactId).replace(sampleCaller, e164);
    }

    /** One Kinesis event holding {@code records} (JSON CTRs), each partitioned by its own key. */
    static KinesisEvent kinesis(List<String> records, List<String> contactIds) {
        List<KinesisEvent.KinesisEventRecord> batch = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            batch.add(KinesisRecords.record(
                    POSITION.incrementAndGet(),
                    contactIds.get(i),
                    records.get(i).getBytes(StandardCharsets.UTF_8)));
        }
        KinesisEvent event = new KinesisEvent();
        event.setRecords(batch);
        return event;
    }
}
