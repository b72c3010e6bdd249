package io.ctibridge.core.priming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.calllog.analysis.ContactAnalysisApplier;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.root.CompositionRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Contact Lens analyses applied in memory, for the contact-analysis function's SnapStart priming: the handler's real
 * code runs on its synthetic S3 event through {@link #applier()}, and the snapshot then holds that path compiled:
 * profile and contact state reads, the file's GetObject (the S3 client through the AWS SDK), its parse, the ledger's
 * conditional UpdateItem, the sObject Collections update of the call's Task and the ledger's mark.
 *
 * <p>Every remote is memory, as in {@link CallLogPriming}: S3 answers the analysis file the caller gives, DynamoDB
 * answers the {@code default} profile with Contact Lens on (the bundled one has it off, which would stop the path at
 * the profile) and a ledger item whose Task is written, so that the analysis goes on to Salesforce; Salesforce
 * accepts every update; the dead-letter queue is a list that stays empty on that path. Each {@link #applier()} is
 * built by a new root: an empty profile cache and a new Salesforce session, as a restored environment's first call.
 */
public final class ContactAnalysisPriming implements AutoCloseable {

    /**
     * What the rounds did, so that a test can tell they ran the analysis path.
     *
     * @param filesRead    GetObject calls answered with the analysis file
     * @param tasksUpdated Tasks in the Collections updates Salesforce was asked for (answered from memory)
     * @param deadLetters  the dead-letter queue's SendMessage calls: empty when every round took the success path
     */
    public record Summary(
            int filesRead,
            int tasksUpdated,
            int salesforceCallsAnswered,
            int awsCallsAnswered,
            List<String> deadLetters) {
        public Summary {
            deadLetters = List.copyOf(deadLetters);
        }
    }

    /** The Task the canned ledger says the call log wrote for the analysis's contact. */
    static final String TASK_ID = "00T00000000PRIMAAA";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLLECTIONS_PATH = "/composite/sobjects";
    /** The fields the demo org and the local stack use; a profile names its own. */
    private static final String CONTACT_LENS = """
            {"enabled":true,"summaryField":"Contact_Lens_Summary__c","customerSentimentField":"Customer_Sentiment__c",\
            "agentSentimentField":"Agent_Sentiment__c","categoriesField":"Contact_Lens_Categories__c"}""";

    private final AtomicInteger filesRead = new AtomicInteger();
    private final AtomicInteger tasksUpdated = new AtomicInteger();
    private final List<String> deadLetters = new CopyOnWriteArrayList<>();
    private final byte[] analysisFile;
    private final CannedWorld canned;

    /**
     * Salesforce derived from the root's client, so that its pool and dispatcher classes are the ones warmed.
     *
     * @param analysisFile what S3 answers for the event's key: a post-call analysis file of the key's contact
     */
    public ContactAnalysisPriming(CompositionRoot root, byte[] analysisFile) {
        this(root.world().salesforce().http(), analysisFile, Clock.systemUTC());
    }

    ContactAnalysisPriming(OkHttpClient http, byte[] analysisFile, Clock clock) {
        this.analysisFile = analysisFile.clone();
        DynamoDbAndSecretsManagerAnswers stores = new DynamoDbAndSecretsManagerAnswers(profileWithContactLens());
        this.canned = new CannedWorld(
                http,
                this::salesforceAnswer,
                new CannedAwsAnswers() {
                    @Override
                    public String bodyFor(SdkHttpRequest request) {
                        return bodyFor(request, new byte[0]);
                    }

                    @Override
                    public String bodyFor(SdkHttpRequest request, byte[] body) {
                        return awsAnswer(request, body, stores);
                    }
                },
                clock);
    }

    /** A new applier on the in-memory remotes, built by the root as Lambda builds it, logging nowhere. */
    public ContactAnalysisApplier applier() {
        return canned.root().contactAnalysis();
    }

    public Summary summary() {
        return new Summary(
                filesRead.get(),
                tasksUpdated.get(),
                canned.salesforceCallsAnswered(),
                canned.awsCallsAnswered(),
                deadLetters);
    }

    @Override
    public void close() {}

    private String awsAnswer(SdkHttpRequest request, byte[] body, DynamoDbAndSecretsManagerAnswers stores) {
        String target = request.firstMatchingHeader("X-Amz-Target").orElse("");
        if (target.isEmpty()
                && request.method() == SdkHttpMethod.GET
                && request.encodedPath().contains("/Analysis/")) {
            filesRead.incrementAndGet();
            return new String(analysisFile, StandardCharsets.UTF_8);
        }
        if (target.endsWith(".SendMessage")) {
            deadLetters.add("SendMessage");
            return stores.bodyFor(request, body);
        }
        if (target.endsWith(".UpdateItem")) {
            JsonNode update = parse(body);
            if ("ALL_NEW".equals(update.path("ReturnValues").asText())) {
                return ledgerItemAfter(update);
            }
        }
        return stores.bodyFor(request, body);
    }

    /**
     * The ledger item after the analysis was recorded: the one sent, on a contact whose Task the call log has
     * written, so that the applier goes on to update it.
     */
    private static String ledgerItemAfter(JsonNode update) {
        JsonNode values = update.path("ExpressionAttributeValues");
        ObjectNode item = JSON.createObjectNode();
        item.set("contactId", update.path("Key").path("contactId"));
        item.putObject("state").put("S", "DONE");
        item.putObject("taskId").put("S", TASK_ID);
        item.putObject("lastUpdate").put("S", "2026-01-01T00:04:00Z");
        item.putObject("source").put("S", "CONTACT_RECORD");
        item.putObject("claimant").put("S", "priming");
        item.putObject("revision").put("N", "2");
        item.set("analysisKey", values.path(":key"));
        item.set("analysisAt", values.path(":at"));
        item.set("analysisInsight", values.path(":insight"));
        ObjectNode answer = JSON.createObjectNode();
        answer.set("Attributes", item);
        return answer.toString();
    }

    /** The Collections update; nothing else of Salesforce is on the analysis's success path (the token aside). */
    private String salesforceAnswer(Request request) {
        if (request.method().equals("PATCH") && request.url().encodedPath().endsWith(COLLECTIONS_PATH)) {
            StringJoiner results = new StringJoiner(",", "[", "]");
            for (JsonNode record : parse(body(request)).path("records")) {
                tasksUpdated.incrementAndGet();
                results.add("{\"id\":\"%s\",\"success\":true,\"errors\":[]}"
                        .formatted(record.path("Id").asText()));
            }
            return results.toString();
        }
        return null;
    }

    /** The bundled default profile with Contact Lens on, as an operator pushes it. */
    private static String profileWithContactLens() {
        ObjectNode profile =
                (ObjectNode) parse(ProfileParser.defaultProfileDocument().getBytes(StandardCharsets.UTF_8));
        ((ObjectNode) profile.path("callLog")).set("contactLens", parse(CONTACT_LENS.getBytes(StandardCharsets.UTF_8)));
        return profile.toString();
    }

    private static byte[] body(Request request) {
        if (request.body() == null) {
            return new byte[0];
        }
        try (Buffer buffer = new Buffer()) {
            request.body().writeTo(buffer);
            return buffer.readByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(byte[] json) {
        try {
            return json.length == 0 ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
