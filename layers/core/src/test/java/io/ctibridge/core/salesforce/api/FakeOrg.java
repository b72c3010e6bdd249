package io.ctibridge.core.salesforce.api;

import io.ctibridge.core.salesforce.ApiVersion;
import io.ctibridge.core.salesforce.auth.ClientCredentialsAuthenticator;
import io.ctibridge.core.salesforce.auth.SalesforceCredentials;
import io.ctibridge.core.salesforce.http.HttpSettings;
import io.ctibridge.core.salesforce.session.SessionProvider;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A MockWebServer dispatcher that plays a Salesforce org: its token endpoint issues token-1, token-2, …
 * (each invalidating the previous), API calls with any other token get 401 INVALID_SESSION_ID, and
 * API calls with the current token get the answers the test queued, in order.
 */
final class FakeOrg extends Dispatcher {

    static final String TOKEN_PATH = "/services/oauth2/token";

    final AtomicInteger tokenRequests = new AtomicInteger();
    private final BlockingQueue<MockResponse> answers = new LinkedBlockingQueue<>();
    private volatile String validToken;
    private volatile Duration tokenDelay = Duration.ZERO;
    private volatile boolean acceptsTokens = true;

    /** A client wired as in production (client credentials grant) against {@code server}. */
    static SalesforceApi connect(MockWebServer server, HttpSettings settings) {
        URI origin = URI.create(server.url("/").toString().replaceAll("/$", ""));
        var credentials =
                new SalesforceCredentials.ClientCredentials(origin, "client-id", "client-secret", ApiVersion.DEFAULT);
        var http = settings.newClient();
        var sessions = new SessionProvider(new ClientCredentialsAuthenticator(credentials, http, Clock.systemUTC()));
        return new SalesforceApi(http, sessions, ApiVersion.DEFAULT);
    }

    static SalesforceApi connect(MockWebServer server) {
        return connect(server, HttpSettings.defaults());
    }

    /** Queue an API answer with a JSON body. */
    FakeOrg answer(int status, String json) {
        return answer(new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json")
                .body(json)
                .build());
    }

    FakeOrg answer(MockResponse response) {
        answers.add(response);
        return this;
    }

    /** Salesforce forgets the current token: the next API call gets 401. */
    void expireSession() {
        validToken = null;
    }

    /** Every token is refused from now on, fresh ones too (a deactivated integration user, say). */
    void rejectEveryToken() {
        acceptsTokens = false;
    }

    void delayTokenAnswers(Duration delay) {
        tokenDelay = delay;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        HttpUrl url = request.getUrl();
        if (url.encodedPath().equals(TOKEN_PATH)) {
            return issueToken(url);
        }
        String token = validToken;
        if (!acceptsTokens
                || token == null
                || !("Bearer " + token).equals(request.getHeaders().get("Authorization"))) {
            return json(401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
        }
        MockResponse answer = answers.poll(2, TimeUnit.SECONDS);
        return answer != null
                ? answer
                : json(500, "[{\"message\":\"test queued no answer\",\"errorCode\":\"NO_ANSWER\"}]");
    }

    private MockResponse issueToken(HttpUrl url) throws InterruptedException {
        int n = tokenRequests.incrementAndGet();
        Thread.sleep(tokenDelay);
        String token = "token-" + n;
        validToken = token;
        String instance = url.scheme() + "://" + url.host() + ":" + url.port();
        return json(
                200,
                "{\"access_token\":\"" + token + "\",\"instance_url\":\"" + instance
                        + "\",\"id\":\"x\",\"token_type\":\"Bearer\",\"issued_at\":\"1772446530123\",\"scope\":\"api\"}");
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    /** The next request that is not a token request. */
    static RecordedRequest takeApiRequest(MockWebServer server) throws InterruptedException {
        while (true) {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("no API request was sent");
            }
            if (!request.getUrl().encodedPath().equals(TOKEN_PATH)) {
                return request;
            }
        }
    }
}
