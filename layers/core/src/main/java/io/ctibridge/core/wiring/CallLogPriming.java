package io.ctibridge.core.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.calllog.CallLogLedger;
import io.ctibridge.core.calllog.CallLogSettings;
import io.ctibridge.core.calllog.CallLogger;
import io.ctibridge.core.calllog.DeadLetter;
import io.ctibridge.core.calllog.DynamoDbCallLogLedger;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.ProfileParser;
import io.ctibridge.core.config.ProfileReader;
import io.ctibridge.core.lookup.ContactStateStore;
import io.ctibridge.core.lookup.DynamoDbContactStateStore;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Call logs wired to memory, for a call-log function's SnapStart priming: the handler's real code runs on its
 * synthetic event through {@link #callLogger()}, and the snapshot then holds the call-log path compiled: ledger
 * read and claim (DynamoDB through the AWS SDK), contact state, owner query, Task mapping, the Collections create
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
     * @param deadLetters  what the call log gave up on: empty when every round took the success path
     */
    public record Summary(
            int tasksCreated,
            int ownerQueries,
            int salesforceCallsAnswered,
            int awsCallsAnswered,
            List<DeadLetter> deadLetters) {
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

    private final Clock clock;
    private final PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    private final AtomicInteger tasksCreated = new AtomicInteger();
    private final AtomicInteger ownerQueries = new AtomicInteger();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final CannedSalesforce salesforce = new CannedSalesforce(this::salesforceAnswer);
    private final SalesforceApi api;
    private final CannedAwsHttpClient aws = new CannedAwsHttpClient(new DynamoDbAndSecretsManagerAnswers());
    private final DynamoDbClient dynamoDb = aws.client(DynamoDbClient.builder());
    private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();
    private final ProfileReader profiles;

    /** Salesforce derived from the environment's client, so that its pool and dispatcher classes are the ones warmed. */
    public CallLogPriming(FunctionEnvironment environment) {
        this(environment.salesforceHttp(), Clock.systemUTC());
    }

    CallLogPriming(OkHttpClient http, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.api = salesforce.api(http, clock);
        Profile profile = new ProfileParser().parse(ProfileParser.defaultProfileDocument());
        this.profiles = name -> profile;
    }

    /** A new call log on the in-memory remotes, logging nowhere, with the default settings. */
    public CallLogger callLogger() {
        ContactStateStore states = new DynamoDbContactStateStore(dynamoDb, "priming-contact-state", clock);
        CallLogLedger ledger = new DynamoDbCallLogLedger(dynamoDb, "priming-call-log-ledger", clock);
        return new CallLogger(
                profiles,
                states,
                ledger,
                () -> api,
                deadLetters::add,
                work,
                CallLogSettings.defaults(),
                clock,
                log(CallLogger.class),
                new EmfMetrics("priming", nowhere, clock));
    }

    /** A log that writes nowhere, for the handler built around {@link #callLogger()}. */
    public JsonLog log(Class<?> owner) {
        return new JsonLog(owner.getName(), nowhere, clock);
    }

    public Summary summary() {
        return new Summary(tasksCreated.get(), ownerQueries.get(), salesforce.answered(), aws.answered(), deadLetters);
    }

    @Override
    public void close() {
        work.close();
        dynamoDb.close();
    }

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
