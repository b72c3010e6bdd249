package io.ctibridge.core.priming;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.lookup.CallerLookup;
import io.ctibridge.core.lookup.LookupOutcome;
import io.ctibridge.core.lookup.LookupRequest;
import io.ctibridge.core.pop.PopHttpRequest;
import io.ctibridge.core.pop.PopHttpResponse;
import io.ctibridge.core.pop.ScreenPopEndpoint;
import io.ctibridge.core.root.CompositionRoot;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * A synthetic caller looked up and popped through the real code with every remote replaced by memory, so that a
 * SnapStart snapshot holds its classes loaded and its hot paths compiled: event values → number classification →
 * parameterizedSearch request JSON → the OkHttp call → response parsing → ranking → flow answer → pop token → screen
 * pop and its renderings → JSON logs and metrics, and the DynamoDB and Secrets Manager stores through the AWS SDK.
 * Salesforce is a {@link CannedSalesforce} interceptor that answers without ever proceeding to the network, AWS a
 * {@link CannedAwsHttpClient}; the pop-token key is a synthetic one that signs nothing outside this run.
 */
final class PrimingWorkload {

    /** What one run did, so that a test can tell it ran the paths it claims to. */
    record Summary(
            int rounds,
            LookupStatus lastStatus,
            int lastPopStatus,
            int salesforceCallsAnswered,
            int awsCallsAnswered) {}

    private static final String CONTACT_ID = "00000000-0000-4000-8000-00000000beef";
    private static final String KNOWN_CALLER = "+14155550123";
    private static final String DIALED = "+18005550100";
    private static final Duration BUDGET = Duration.ofSeconds(3);
    /** Enough calls for the hot methods to be JIT-compiled before the snapshot; a warm round takes well under 1 ms. */
    static final int DEFAULT_ROUNDS = 50;

    /** The answer of a parameterizedSearch: two Contacts sharing the caller's line, so ranking has work to do. */
    private static final String SEARCH_ANSWER = """
            {"searchRecords":[
             {"attributes":{"type":"Contact","url":"/services/data/v68.0/sobjects/Contact/003000000000001AAA"},
              "Id":"003000000000001AAA","Name":"Priming One","Phone":"(415) 555-0123","MobilePhone":null,
              "AccountId":"001000000000001AAA","Account":{"attributes":{"type":"Account"},"Name":"Priming Inc"},
              "LastModifiedDate":"2026-01-02T03:04:05.000+0000"},
             {"attributes":{"type":"Contact","url":"/services/data/v68.0/sobjects/Contact/003000000000002AAA"},
              "Id":"003000000000002AAA","Name":"Priming Two","Phone":"415-555-0123","MobilePhone":"+1 415 555 0123",
              "AccountId":null,"Account":null,"LastModifiedDate":"2026-01-01T03:04:05.000+0000"}]}""";

    private final int rounds;
    private final Clock clock;

    PrimingWorkload(int rounds, Clock clock) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1");
        }
        this.rounds = rounds;
        this.clock = clock;
    }

    /**
     * @param http the environment's Salesforce client: the in-memory one derives from it, so its connection pool
     *             and dispatcher classes are the ones warmed (no connection is ever opened)
     */
    Summary run(OkHttpClient http) {
        CannedWorld canned =
                new CannedWorld(http, PrimingWorkload::salesforceAnswer, new DynamoDbAndSecretsManagerAnswers(), clock);
        // Built as Lambda builds them, through the root: the stores' own code and the SDK's request path run against
        // memory. The canned DynamoDB keeps nothing, so the pop computes its lookup again, as for an expired state.
        CompositionRoot root = canned.root();
        CallerLookup lookup = root.callerLookup();
        ScreenPopEndpoint pops = root.screenPop();
        LookupStatus status = null;
        int popStatus = 0;
        for (int round = 0; round < rounds; round++) {
            LookupOutcome outcome = lookup.lookup(request(KNOWN_CALLER));
            outcome.flowAttributes();
            lookup.lookup(request("anonymous")).flowAttributes();
            lookup.lookup(request("12")).flowAttributes();
            PopHttpResponse pop = pops.handle(
                    new PopHttpRequest(
                            "GET",
                            ScreenPopEndpoint.ROUTE_PREFIX + CONTACT_ID,
                            Map.of("authorization", "Bearer " + outcome.popToken()),
                            Map.of()),
                    BUDGET);
            status = outcome.result().status();
            popStatus = pop.status();
        }
        return new Summary(rounds, status, popStatus, canned.salesforceCallsAnswered(), canned.awsCallsAnswered());
    }

    private static LookupRequest request(String callerId) {
        return new LookupRequest(CONTACT_ID, callerId, DIALED, Profile.DEFAULT_NAME, BUDGET);
    }

    /** The search the lookup sends; any other Salesforce call of these paths finds nothing. */
    private static String salesforceAnswer(Request request) {
        return request.url().encodedPath().endsWith("/parameterizedSearch/")
                ? SEARCH_ANSWER
                : "{\"totalSize\":0,\"done\":true,\"records\":[]}";
    }
}
