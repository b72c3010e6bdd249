package io.ctibridge.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.function.contactanalysis.ContactAnalysisHandler;
import io.ctibridge.function.contactrecord.ContactRecordHandler;
import io.ctibridge.local.ContactLensFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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

    private AnalysisFigures() {}

    /**
     * The figures as a Markdown table (each row: requests in all over {@code calls} deliveries, and per one).
     *
     * @param destinations the call-log destinations to measure, as a profile spells them (Task, VoiceCall, both)
     */
    static String run(Path root, int calls, List<String> destinations, PrintStream progress) {
        try (BenchStack bench = BenchStack.start()) {
            SampleRecords ctr = SampleRecords.inboundAnswered(root);
            ObjectNode analysis =
                    (ObjectNode) JSON.readTree(root.resolve("events/contactlens/analysis-agent-customer.json")
                            .toFile());
            StringBuilder out =
                    new StringBuilder("| Destination | Analysis arrives | Salesforce requests | per analysis |\n"
                            + "| --- | --- | --- | --- |\n");
            for (String destination : destinations) {
                bench.logTo(destination);
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
    private static long[] measure(
            BenchStack bench, SampleRecords ctr, ObjectNode analysis, int calls, String destination)
            throws IOException {
        // A fresh environment per destination: a warm one would serve the profile it cached.
        CompositionRoot world = new CompositionRoot(bench.lambdaEnvironment(), Clock.systemUTC());
        ContactRecordHandler records = new ContactRecordHandler(world);
        ContactAnalysisHandler analyses = new ContactAnalysisHandler(world);
        ContactLensFiles bucket = bench.stack().contactLensFiles();
        long[] counts = new long[3];
        for (int i = 0; i < calls; i++) {
            // Before the record: the analysis waits in the ledger.
            String early = UUID.randomUUID().toString();
            int at = bench.requests();
            deliver(analyses, bucket, analysis, early);
            counts[0] += bench.requests() - at;
            records.handleEvent(
                    SampleRecords.kinesis(List.of(ctr.record(early)), List.of(early)), BenchStack.invocation());
            // After the record, then the same event again.
            String late = UUID.randomUUID().toString();
            records.handleEvent(
                    SampleRecords.kinesis(List.of(ctr.record(late)), List.of(late)), BenchStack.invocation());
            at = bench.requests();
            String event = deliver(analyses, bucket, analysis, late);
            counts[1] += bench.requests() - at;
            at = bench.requests();
            analyses.handleRequest(
                    new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                    new ByteArrayOutputStream(),
                    BenchStack.invocation());
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
                BenchStack.invocation());
        return event;
    }
}
