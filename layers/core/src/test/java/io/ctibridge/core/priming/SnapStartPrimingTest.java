package io.ctibridge.core.priming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.salesforce.http.HttpSettings;
import io.ctibridge.testkit.FunctionEnvironments;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The SnapStart hooks called directly, as the runtime would around a snapshot. One loopback server stands for every
 * remote (AWS endpoint, Salesforce login and instance) and records what reaches it.
 */
class SnapStartPrimingTest {

    private static final String SECRETS_MANAGER_TARGET = "secretsmanager.GetSecretValue";
    private static final String TOKEN_PATH = "/services/oauth2/token";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final List<String> received = new CopyOnWriteArrayList<>();

    @Test
    void beforeCheckpoint_buildsClientsAndRunsTheSyntheticCall_withoutARequestToAnyServer() {
        server.setDispatcher(recordingEverything());
        CompositionRoot environment = environment();

        AtomicInteger handlerPrimings = new AtomicInteger();

        new SnapStartPriming(environment, new PrimingWorkload(3, Clock.systemUTC()), handlerPrimings::incrementAndGet)
                .beforeCheckpoint(null);

        assertEquals(List.of(), received);
        assertEquals(0, server.getRequestCount());
        assertEquals(1, handlerPrimings.get());
    }

    @Test
    void workload_looksUpRanksAndPopsTheSyntheticCaller_answeringSalesforceAndAwsFromMemory() {
        OkHttpClient http = HttpSettings.defaults().newClient();

        PrimingWorkload.Summary summary = new PrimingWorkload(2, Clock.systemUTC()).run(http);

        // Two synthetic Contacts on the caller's line; the pop is authorised by the token the lookup minted.
        assertEquals(LookupStatus.MULTIPLE, summary.lastStatus());
        assertEquals(200, summary.lastPopStatus());
        // The session's token once (the services are built by the root, through the real session provider), then one
        // search per round for the known caller; withheld and invalid callers and the pop send none.
        assertEquals(1 + 2, summary.salesforceCallsAnswered());
        // Per round the three lookups' state writes and the pop's state read; the profile once (then cached); the
        // pop-token secret once (AWSCURRENT, AWSPREVIOUS), shared by the lookup and the pop.
        assertEquals(2 * 4 + 1 + 2, summary.awsCallsAnswered());
        assertEquals(0, http.connectionPool().connectionCount());
    }

    @Test
    void afterRestore_dropsTheSalesforceSession_soTheNextCallFetchesItsOwnToken() {
        server.setDispatcher(salesforceAndSecretsManager());
        CompositionRoot environment = environment();
        SnapStartPriming priming = new SnapStartPriming(
                environment, new PrimingWorkload(1, Clock.systemUTC()), () -> fail("afterRestore must not prime"));
        environment.salesforce().get().query("SELECT Id FROM Contact");
        environment.salesforce().get().query("SELECT Id FROM Contact");
        assertEquals(List.of(SECRETS_MANAGER_TARGET, TOKEN_PATH, "query", "query"), received);

        assertEquals(1, environment.world().salesforce().http().connectionPool().connectionCount());

        priming.afterRestore(null);

        assertEquals(0, environment.world().salesforce().http().connectionPool().connectionCount());
        environment.salesforce().get().query("SELECT Id FROM Contact");
        // The credentials stay (the secret is the same for every environment); the token and the socket do not.
        assertEquals(List.of(SECRETS_MANAGER_TARGET, TOKEN_PATH, "query", "query", TOKEN_PATH, "query"), received);
    }

    @Test
    void afterRestore_beforeAnyCall_connectsNothing() {
        server.setDispatcher(recordingEverything());
        CompositionRoot environment = environment();

        new SnapStartPriming(
                        environment,
                        new PrimingWorkload(1, Clock.systemUTC()),
                        () -> fail("afterRestore must not prime"))
                .afterRestore(null);

        assertEquals(List.of(), received);
    }

    private CompositionRoot environment() {
        return new CompositionRoot(FunctionEnvironments.allAt(server.url("/").toString()), Clock.systemUTC());
    }

    private Dispatcher recordingEverything() {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                received.add(request.getMethod() + " " + request.getUrl().encodedPath());
                return new MockResponse.Builder().code(500).build();
            }
        };
    }

    /** Secrets Manager's GetSecretValue, Salesforce's token endpoint and its query resource, on one server. */
    private Dispatcher salesforceAndSecretsManager() {
        String origin = "http://" + server.getHostName() + ":" + server.getPort();
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String target = request.getHeaders().get("X-Amz-Target");
                String path = request.getUrl().encodedPath();
                if (SECRETS_MANAGER_TARGET.equals(target)) {
                    received.add(target);
                    String secret = "{\\\"authFlow\\\":\\\"CLIENT_CREDENTIALS\\\",\\\"loginUrl\\\":\\\"" + origin
                            + "\\\",\\\"clientId\\\":\\\"c\\\",\\\"clientSecret\\\":\\\"s\\\"}";
                    return json("{\"Name\":\"ctibridge/salesforce\",\"SecretString\":\"" + secret + "\"}");
                }
                if (path.equals(TOKEN_PATH)) {
                    received.add(path);
                    return json("{\"access_token\":\"token-" + received.size() + "\",\"instance_url\":\"" + origin
                            + "\",\"token_type\":\"Bearer\"}");
                }
                if (path.endsWith("/query") || path.endsWith("/query/")) {
                    received.add("query");
                    return json("{\"totalSize\":0,\"done\":true,\"records\":[]}");
                }
                received.add("unexpected " + request.getMethod() + " " + path);
                return new MockResponse.Builder().code(404).build();
            }
        };
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}
