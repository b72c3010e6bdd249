package io.ctibridge.core.wiring;

import io.ctibridge.core.salesforce.ApiVersion;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.session.SalesforceSession;
import io.ctibridge.core.salesforce.session.SessionProvider;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Salesforce answered from memory, for priming: an OkHttp interceptor that never calls {@code chain.proceed}, so
 * nothing leaves the JVM while the client's own classes (dispatcher, interceptors, body handling) still run. The
 * caller says what to answer; a request it has no answer for gets a 404, which the calling code treats as an error.
 */
final class CannedSalesforce implements Interceptor {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String NOT_FOUND =
            "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"priming has no answer for this request\"}]";

    private final Function<Request, String> answers;
    private final AtomicInteger answered = new AtomicInteger();

    /** @param answers the JSON body of a 200 for each request, or null when priming has none */
    CannedSalesforce(Function<Request, String> answers) {
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    @Override
    public Response intercept(Chain chain) {
        String body = answers.apply(chain.request());
        answered.incrementAndGet();
        return new Response.Builder()
                .request(chain.request())
                .protocol(Protocol.HTTP_1_1)
                .code(body == null ? 404 : 200)
                .message(body == null ? "Not Found" : "OK")
                .body(ResponseBody.create(body == null ? NOT_FOUND : body, JSON))
                .build();
    }

    /**
     * The Salesforce API on a copy of {@code http} whose every request this answers, with a synthetic session. A copy
     * of the environment's client, so that its pool and dispatcher classes are the ones warmed; no connection opens.
     */
    SalesforceApi api(OkHttpClient http, Clock clock) {
        SessionProvider sessions = new SessionProvider(deadline ->
                new SalesforceSession("priming-token", URI.create("https://priming.invalid"), clock.instant()));
        return new SalesforceApi(http.newBuilder().addInterceptor(this).build(), sessions, ApiVersion.DEFAULT);
    }

    /** Requests answered so far, 404s included. */
    int answered() {
        return answered.get();
    }
}
