package io.ctibridge.core.priming;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.calllog.CallLogger;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.root.CompositionRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;

/**
 * Call logs wired to memory, for a call-log function's SnapStart priming: the handler's real code runs on its
 * synthetic event through {@link #callLogger()}, and the snapshot then holds the call-log path compiled: ledger
 * read and claim (DynamoDB through the AWS SDK), contact state, the caller search of a call without a lookup, owner
 * query, Task mapping, the Collections create
 * and the ledger's DONE. DynamoDB is a {@link CannedAwsHttpClient} (an empty ledger, every write accepted),
 * Salesforce a {@link CannedSalesforce} (the agent's User found, every Task created), the dead-letter queue a list
 * that stays empty on that path; nothing leaves the JVM.
 *
 * <p>Nothing here is shared with the handler's own call log: its owner cache, Salesforce session and ledger are
 * its own, and gone when this closes. Each {@link #callLogger()} is new, so that every round meets an empty owner
 * cache, as a restored environment's first call does. The canned ledger keeps no state, so every round's claim is
 * a first claim whatever its ContactId.
 */
public final class CallLogPriming implements AutoCloseable {

    /**
     * What the rounds did, so that a test can tell they ran the call-log path.
     *
     * @param tasksCreated Tasks in the Collections creates Salesforce was asked for (answered from memory)
     * @param ownerQueries SOQL queries for the agents' Users
     * @param deadLetters  the dead-letter queue's SendMessage calls: empty when every round took the success path
     */
    public record Summary(
            int tasksCreated,
            int ownerQueries,
            int salesforceCallsAnswered,
            int awsCallsAnswered,
            List<String> deadLetters) {
        public Summary {
            deadLetters = List.copyOf(deadLetters);
        }
    }

    /** The Connect username of the agent on the synthetic contacts in the functions' jars. */
    public static final String AGENT_USERNAME = "ava.agent";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATE_COLLECTION_PATH = "/composite/sobjects";
    /** The agent's Salesforce User, by both fields an owner mapping may match on. */
    private static final String USER_ANSWER = """
            {"totalSize":1,"done":true,"records":[{"attributes":{"type":"User",\
            "url":"/services/data/v68.0/sobjects/User/005000000000001AAA"},"Id":"005000000000001AAA",\
            "Username":"%s","FederationIdentifier":"%s"}]}""".formatted(AGENT_USERNAME, AGENT_USERNAME);

    private final AtomicInteger tasksCreated = new AtomicInteger();
    private final AtomicInteger ownerQueries = new AtomicInteger();
    private final List<String> deadLetters = new CopyOnWriteArrayList<>();
    private final CannedWorld canned;

    /** Salesforce derived from the root's client, so that its pool and dispatcher classes are the ones warmed. */
    public CallLogPriming(CompositionRoot root) {
        this(root.world().salesforce().http(), Clock.systemUTC());
    }

    CallLogPriming(OkHttpClient http, Clock clock) {
        DynamoDbAndSecretsManagerAnswers stores = new DynamoDbAndSecretsManagerAnswers();
        this.canned = new CannedWorld(
                http,
                this::salesforceAnswer,
                request -> {
                    if (request.firstMatchingHeader("X-Amz-Target").orElse("").endsWith(".SendMessage")) {
                        deadLetters.add("SendMessage");
                    }
                    return stores.bodyFor(request);
                },
                clock);
    }

    /**
     * A new call log on the in-memory remotes, built by the root as Lambda builds it, logging nowhere: a new root
     * each time, so that every round meets an empty owner cache and opens its session, as a restored environment's
     * first call does.
     */
    public CallLogger callLogger() {
        return canned.root().callLogger();
    }

    /** A log that writes nowhere, for the handler built around {@link #callLogger()}. */
    public JsonLog log(Class<?> owner) {
        return canned.world().logs().log(owner);
    }

    public Summary summary() {
        return new Summary(
                tasksCreated.get(),
                ownerQueries.get(),
                canned.salesforceCallsAnswered(),
                canned.awsCallsAnswered(),
                deadLetters);
    }

    @Override
    public void close() {}

    /** The owner query and the Collections create; nothing else is on the call log's success path. */
    private String salesforceAnswer(Request request) {
        String path = request.url().encodedPath();
        String soql = Objects.requireNonNullElse(request.url().queryParameter("q"), "");
        if ((path.endsWith("/query") || path.endsWith("/query/")) && soql.contains(" FROM User ")) {
            ownerQueries.incrementAndGet();
            return USER_ANSWER;
        }
        if (request.method().equals("POST") && path.endsWith(CREATE_COLLECTION_PATH)) {
            return created(records(request));
        }
        return null;
    }

    /** One saved result per record, in order, each with a synthetic Task Id. */
    private String created(int records) {
        StringJoiner results = new StringJoiner(",", "[", "]");
        for (int i = 0; i < records; i++) {
            results.add("{\"id\":\"00T%012dAAA\",\"success\":true,\"errors\":[]}"
                    .formatted(tasksCreated.incrementAndGet()));
        }
        return results.toString();
    }

    private static int records(Request request) {
        if (request.body() == null) {
            return 0;
        }
        try (Buffer body = new Buffer()) {
            request.body().writeTo(body);
            return JSON.readTree(body.readUtf8()).path("records").size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
