package io.ctibridge.core.priming;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.operation.FlowOperations;
import io.ctibridge.core.operation.OperationAnswer;
import io.ctibridge.core.operation.OperationRequest;
import io.ctibridge.core.operation.OperationStatus;
import io.ctibridge.core.root.CompositionRoot;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * A contact flow's {@code find} operation run through {@link FlowOperations} with every remote in memory, for the
 * caller-lookup function's SnapStart priming: the profile's operation → input binding → SOQL → the OkHttp call →
 * record parsing → the operation's record in DynamoDB → the flow's answer. The bundled default profile has no
 * operations, so the canned config table answers it with one find added; Salesforce answers its query with one
 * Account, as an org would.
 */
public final class FlowOperationPriming {

    /**
     * What the rounds did, so that a test can tell they ran the operation path.
     *
     * @param queries the SOQL queries of the find Salesforce was asked (answered from memory)
     */
    public record Summary(
            int rounds, OperationStatus lastStatus, int queries, int salesforceCallsAnswered, int awsCallsAnswered) {}

    static final String OPERATION = "primingFindAccount";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTACT_ID = "00000000-0000-4000-8000-0000000f10f0";
    private static final Duration BUDGET = Duration.ofSeconds(3);
    /** The README's findAccount, under a name of its own. */
    private static final String FIND = """
            {"name":"%s","kind":"find","object":"Account",\
            "inputs":{"accountNumber":{"pattern":"AC-[0-9]{4}","maxLength":7}},\
            "match":{"AccountNumber":"accountNumber"},"returnFields":["Name","Type"],"onMultiple":"FIRST"}""".formatted(OPERATION);

    private static final String ACCOUNT_ANSWER = """
            {"totalSize":1,"done":true,"records":[{"attributes":{"type":"Account",\
            "url":"/services/data/v68.0/sobjects/Account/001000000000001AAA"},"Id":"001000000000001AAA",\
            "Name":"Priming Inc","Type":"Customer"}]}""";

    private FlowOperationPriming() {}

    /** {@code rounds} finds, Salesforce derived from the root's client so that its pool classes are the ones warmed. */
    public static Summary run(CompositionRoot root, int rounds) {
        return run(root.world().salesforce().http(), Clock.systemUTC(), rounds);
    }

    static Summary run(OkHttpClient http, Clock clock, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1");
        }
        AtomicInteger queries = new AtomicInteger();
        CannedWorld canned = new CannedWorld(
                http,
                request -> answer(request, queries),
                new DynamoDbAndSecretsManagerAnswers(profileWithFind()),
                clock);
        FlowOperations operations = canned.root().flowOperations();
        OperationStatus status = null;
        for (int round = 0; round < rounds; round++) {
            OperationAnswer answer = operations.run(new OperationRequest(
                    CONTACT_ID,
                    Profile.DEFAULT_NAME,
                    OPERATION,
                    Map.of("accountNumber", "AC-0001"),
                    Map.of(),
                    "+14155550123",
                    "+18005550100",
                    "VOICE",
                    "Support",
                    BUDGET));
            answer.flowAttributes();
            status = answer.status();
        }
        return new Summary(rounds, status, queries.get(), canned.salesforceCallsAnswered(), canned.awsCallsAnswered());
    }

    /** The find's query; any other Salesforce call of this path finds nothing. */
    private static String answer(Request request, AtomicInteger queries) {
        String path = request.url().encodedPath();
        String soql = Objects.requireNonNullElse(request.url().queryParameter("q"), "");
        if ((path.endsWith("/query") || path.endsWith("/query/")) && soql.contains(" FROM Account")) {
            queries.incrementAndGet();
            return ACCOUNT_ANSWER;
        }
        return null;
    }

    /** The bundled default profile with the find added, as an operator pushes it. */
    private static String profileWithFind() {
        try {
            ObjectNode profile = (ObjectNode) JSON.readTree(ProfileParser.defaultProfileDocument());
            profile.putArray("operations").add(JSON.readTree(FIND));
            return profile.toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
