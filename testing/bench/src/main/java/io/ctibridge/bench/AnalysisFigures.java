package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Salesforce requests per Contact Lens analysis, counted on the emulator's request log around each delivery through
 * the real contact-analysis handler: an analysis before its call's Task (folded into the create later), after it
 * (one update), and the same event again (nothing). One composition root for all calls, as one warm environment.
 */
final class AnalysisFigures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LambdaContext CONTEXT = new LambdaContext("ctibridge-bench", Duration.ofSeconds(30));

    private AnalysisFigures() {}

    /** The figures as a Markdown table (each row: requests in all over {@code calls} deliveries, and per one). */
    static String run(Path root, int calls, PrintStream progress) {
        try (BenchStack bench = BenchStack.start()) {
            CompositionRoot world = new CompositionRoot(bench.lambdaEnvironment(), Clock.systemUTC());
            ContactRecordHandler records = new ContactRecordHandler(world);
            ContactAnalysisHandler analyses = new ContactAnalysisHandler(world);
            ContactLensFiles bucket = bench.stack().contactLensFiles();
            String ctr = sampleRecord(root);
            String sampleId = JSON.readTree(ctr).path("ContactId").asText();
            ObjectNode analysis =
                    (ObjectNode) JSON.readTree(root.resolve("events/contactlens/analysis-agent-customer.json")
                            .toFile());
            long before = 0;
            long after = 0;
            long duplicate = 0;
            long position = 0;
            for (int i = 0; i < calls; i++) {
                // Before the Task: the analysis waits in the ledger.
                String early = UUID.randomUUID().toString();
                int at = bench.requests();
                deliver(analyses, bucket, analysis, early);
                before += bench.requests() - at;
                records.handleEvent(kinesis(++position, ctr.replace(sampleId, early), early), CONTEXT);
                // After the Task, then the same event again.
                String late = UUID.randomUUID().toString();
                records.handleEvent(kinesis(++position, ctr.replace(sampleId, late), late), CONTEXT);
                at = bench.requests();
                String event = deliver(analyses, bucket, analysis, late);
                after += bench.requests() - at;
                at = bench.requests();
                analyses.handleRequest(
                        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                        new ByteArrayOutputStream(),
                        CONTEXT);
                duplicate += bench.requests() - at;
                if (bench.tasksLogging(early) != 1 || bench.tasksLogging(late) != 1) {
                    throw new IllegalStateException("call " + i + ": not one Task per call");
                }
            }
            progress.println("bench: " + calls + " calls, each with an analysis before and one after its Task");
            StringBuilder out = new StringBuilder(
                    "| Analysis arrives | Salesforce requests | per analysis |\n" + "| --- | --- | --- |\n");
            for (var row : List.of(
                    new Object[] {"before the Task", before},
                    new Object[] {"after the Task", after},
                    new Object[] {"again (same event)", duplicate})) {
                long total = (Long) row[1];
                out.append("| ")
                        .append(row[0])
                        .append(" | ")
                        .append(total)
                        .append(" | ")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", (double) total / calls))
                        .append(" |\n");
            }
            return out.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
                new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), CONTEXT);
        return event;
    }

    private static KinesisEvent kinesis(long position, String ctr, String contactId) {
        KinesisEvent event = new KinesisEvent();
        event.setRecords(List.of(KinesisRecords.record(position, contactId, ctr.getBytes(StandardCharsets.UTF_8))));
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
