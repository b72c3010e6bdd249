package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.function.contactanalysis.ContactAnalysisHandler;
import io.ctibridge.function.contactrecord.ContactRecordHandler;
import io.ctibridge.local.ContactLensFiles;
import io.ctibridge.local.KinesisRecords;
import io.ctibridge.local.LambdaContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Salesforce requests (REST and Telephony API) per Contact Lens analysis, counted on the emulator's request log
 * around each delivery through the real contact-analysis handler, for each call-log destination: an analysis before
 * its call's record (folded into the Task's create or the VoiceCall's closing PATCH later), after it (one update per
 * record), and the same event again (nothing). One composition root per destination, as one warm environment.
 */
final class AnalysisFigures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private AnalysisFigures() {}

    /**
     * The figures as a Markdown table (each row: requests in all over {@code calls} deliveries, and per one).
     *
     * @param destinations the call-log destinations to measure, as a profile spells them (Task, VoiceCall, both)
     */
    static String run(Path root, int calls, List<String> destinations, PrintStream progress) {
        try (BenchStack bench = BenchStack.start()) {
            String ctr = sampleRecord(root);
            ObjectNode analysis =
                    (ObjectNode) JSON.readTree(root.resolve("events/contactlens/analysis-agent-customer.json")
                            .toFile());
            StringBuilder out =
                    new StringBuilder("| Destination | Analysis arrives | Salesforce requests | per analysis |\n"
                            + "| --- | --- | --- | --- |\n");
            for (String destination : destinations) {
                logTo(bench, destination);
                long[] counts = measure(bench, ctr, analysis, calls, destination);
                progress.println("bench: " + destination + ": " + calls
                        + " calls, each with an analysis before and one after its record");
                String[] rows = {"before the record", "after the record", "again (same event)"};
                for (int i = 0; i < rows.length; i++) {
                    out.append("| ")
                            .append(destination)
                            .append(" | ")
                            .append(rows[i])
                            .append(" | ")
                            .append(counts[i])
                            .append(" | ")
                            .append(String.format(java.util.Locale.ROOT, "%.2f", (double) counts[i] / calls))
                            .append(" |\n");
                }
            }
            return out.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Requests for the analyses delivered before, after and again, over {@code calls} calls. */
    private static long[] measure(BenchStack bench, String ctr, ObjectNode analysis, int calls, String destination)
            throws IOException {
        // A fresh environment per destination: a warm one would serve the profile it cached.
        CompositionRoot world = new CompositionRoot(bench.lambdaEnvironment(), Clock.systemUTC());
        ContactRecordHandler records = new ContactRecordHandler(world);
        ContactAnalysisHandler analyses = new ContactAnalysisHandler(world);
        ContactLensFiles bucket = bench.stack().contactLensFiles();
        String sampleId = JSON.readTree(ctr).path("ContactId").asText();
        long[] counts = new long[3];
        for (int i = 0; i < calls; i++) {
            // Before the record: the analysis waits in the ledger.
            String early = UUID.randomUUID().toString();
            int at = bench.requests();
            deliver(analyses, bucket, analysis, early);
            counts[0] += bench.requests() - at;
            records.handleEvent(kinesis(ctr.replace(sampleId, early), early), context());
            // After the record, then the same event again.
            String late = UUID.randomUUID().toString();
            records.handleEvent(kinesis(ctr.replace(sampleId, late), late), context());
            at = bench.requests();
            String event = deliver(analyses, bucket, analysis, late);
            counts[1] += bench.requests() - at;
            at = bench.requests();
            analyses.handleRequest(
                    new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                    new ByteArrayOutputStream(),
                    context());
            counts[2] += bench.requests() - at;
            long tasks = destination.equals("VoiceCall") ? 0 : 1;
            long voiceCalls = destination.equals("Task") ? 0 : 1;
            for (String contactId : List.of(early, late)) {
                if (bench.tasksLogging(contactId) != tasks || bench.voiceCallsLogging(contactId) != voiceCalls) {
                    throw new IllegalStateException(destination + ", call " + i + ": not " + tasks + " Task and "
                            + voiceCalls + " VoiceCall for " + contactId);
                }
            }
        }
        return counts;
    }

    /** The stack's default profile (Contact Lens on), logging to {@code destination}. */
    private static void logTo(BenchStack bench, String destination) throws IOException {
        ProfileParser parser = new ProfileParser();
        Profile current =
                bench.stack().profiles().get(Profile.DEFAULT_NAME).orElseThrow().profile();
        ObjectNode document = (ObjectNode) JSON.readTree(parser.toJson(current));
        ((ObjectNode) document.get("callLog")).put("destination", destination);
        bench.stack().profiles().put(parser.parse(document.toString()), "bench");
    }

    private static String deliver(
            ContactAnalysisHandler analyses, ContactLensFiles bucket, ObjectNode analysis, String contactId)
            throws IOException {
        ObjectNode file = analysis.deepCopy();
        ((ObjectNode) file.get("CustomerMetadata")).put("ContactId", contactId);
        String key = ContactLensFiles.key(contactId, Instant.now(), false);
        bucket.put(key, JSON.writeValueAsBytes(file));
        String event = bucket.objectCreatedEvent(key);
        analyses.handleRequest(
                new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(),
                context());
        return event;
    }

    private static long position;

    /** A context per invocation: its remaining time counts from when it is made. */
    private static LambdaContext context() {
        return new LambdaContext("ctibridge-bench", TIMEOUT);
    }

    private static KinesisEvent kinesis(String ctr, String contactId) {
        KinesisEvent event = new KinesisEvent();
        event.setRecords(List.of(KinesisRecords.record(++position, contactId, ctr.getBytes(StandardCharsets.UTF_8))));
        return event;
    }

    private static String sampleRecord(Path root) throws IOException {
        var event = JSON.readTree(Files.readAllBytes(root.resolve("events/kinesis/ctr-inbound-answered.json")));
        return new String(
                Base64.getDecoder()
                        .decode(event.path("Records")
                                .get(0)
                                .path("kinesis")
                                .path("data")
                                .asText()),
                StandardCharsets.UTF_8);
    }
}
