package io.ctibridge.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.function.contactanalysis.ContactAnalysisHandler;
import io.ctibridge.local.ContactLensFiles;
import io.ctibridge.local.LambdaContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Contact Lens analyses for the chaos run's contacts, delivered through the real contact-analysis handler among
 * the stream's batches: one analysis per contact; for a fifth of them a newer one too, delivered first; a tenth of
 * the events delivered twice (same event id, as a redelivery). A delivery the handler fails (its retry exception,
 * or any error) stays pending and is delivered again later, as Lambda's asynchronous retries would.
 */
final class AnalysisChaos {

    static final String SUMMARY_FIELD = "Contact_Lens_Summary__c";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PER_INVOCATION = 12;

    private final ContactLensFiles bucket;
    private final ContactAnalysisHandler handler;
    private final Random random;
    private final ObjectNode sample;
    private final List<String[]> pending = new ArrayList<>(); // {key, event id}
    private final Map<String, String> newestSummary = new HashMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private int delivered;

    AnalysisChaos(ContactLensFiles bucket, ContactAnalysisHandler handler, Random random) {
        this.bucket = bucket;
        this.handler = handler;
        this.random = random;
        this.sample = sample();
    }

    /** Puts every contact's file(s) in the bucket and queues their events in a shuffled order. */
    void plan(List<String> contacts) {
        Instant finished = Instant.now();
        for (String contactId : contacts) {
            String older = put(contactId, finished, "first analysis of " + contactId);
            newestSummary.put(contactId, "first analysis of " + contactId);
            List<String[]> events = new ArrayList<>();
            if (random.nextInt(100) < 20) {
                String newer = put(contactId, finished.plusSeconds(60), "newer analysis of " + contactId);
                newestSummary.put(contactId, "newer analysis of " + contactId);
                events.add(event(newer));
                count("analyses: newer delivered before older");
            }
            events.add(event(older));
            for (String[] event : List.copyOf(events)) {
                if (random.nextInt(100) < 10) {
                    events.add(event.clone());
                    count("analyses: duplicate deliveries");
                }
            }
            pending.addAll(events);
        }
    }

    /** A few pending deliveries, before the next batch of contact records (so some precede their Task). */
    void deliverSome() {
        for (int i = 0; i < PER_INVOCATION && !pending.isEmpty(); i++) {
            // Keeps each contact's order (newer first): the next one is among the front few.
            deliver(Math.min(random.nextInt(4), pending.size() - 1));
        }
    }

    /** The rest, after the stream is drained, retrying failures up to {@code attempts} rounds. */
    void deliverRest(int attempts) {
        for (int round = 0; round < attempts && !pending.isEmpty(); round++) {
            for (int n = pending.size(); n > 0 && !pending.isEmpty(); n--) {
                deliver(0);
            }
        }
    }

    /** Deliveries still failing after the last round. */
    int undelivered() {
        return pending.size();
    }

    int delivered() {
        return delivered;
    }

    Map<String, Integer> counts() {
        return counts;
    }

    /**
     * Records (Tasks, or VoiceCalls) whose summary is not their contact's newest analysis's, plus, counted with the
     * Tasks only, deliveries never made (contacts without a record are the call log's figures).
     */
    int lost(Map<String, List<Map<String, Object>>> recordsByContact) {
        int lost = 0;
        for (Map.Entry<String, List<Map<String, Object>>> entry : recordsByContact.entrySet()) {
            String expected = newestSummary.get(entry.getKey());
            for (Map<String, Object> task : entry.getValue()) {
                if (expected != null && !expected.equals(task.get(SUMMARY_FIELD))) {
                    lost++;
                }
            }
        }
        return lost;
    }

    private void deliver(int index) {
        String[] event = pending.remove(index);
        delivered++;
        byte[] json = bucket.objectCreatedEvent(event[0], event[1]).getBytes(StandardCharsets.UTF_8);
        try {
            handler.handleRequest(
                    new ByteArrayInputStream(json),
                    new ByteArrayOutputStream(),
                    new LambdaContext("ctibridge-reliability-analysis", CallLogChaos.INVOCATION_TIMEOUT));
        } catch (IOException | RuntimeException e) {
            count("analyses: deliveries failed and retried");
            pending.add(event);
        }
    }

    private String put(String contactId, Instant at, String summary) {
        ObjectNode file = sample.deepCopy();
        ((ObjectNode) file.get("CustomerMetadata")).put("ContactId", contactId);
        ((ObjectNode) file.path("ConversationCharacteristics")
                        .path("ContactSummary")
                        .path("PostContactSummary"))
                .put("Content", summary);
        String key = ContactLensFiles.key(contactId, at, false);
        try {
            bucket.put(key, JSON.writeValueAsBytes(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return key;
    }

    private static String[] event(String key) {
        return new String[] {key, UUID.randomUUID().toString()};
    }

    private void count(String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    /** The sample analysis in {@code events/contactlens/}, found from the working directory up. */
    private static ObjectNode sample() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("events/contactlens/analysis-agent-customer.json");
            if (Files.isRegularFile(file)) {
                try {
                    return (ObjectNode) JSON.readTree(file.toFile());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("events/contactlens/analysis-agent-customer.json not found above "
                + Path.of("").toAbsolutePath());
    }
}
