package io.ctibridge.core.priming;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Salesforce answered from memory, for priming: an OkHttp interceptor that never calls {@code chain.proceed}, so
 * nothing leaves the JVM while the client's own classes (dispatcher, interceptors, body handling) still run. The
 * caller says what to answer; a request it has no answer for gets a 404, which the calling code treats as an error.
 */
public final class CannedSalesforce implements Interceptor {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String NOT_FOUND =
            "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"priming has no answer for this request\"}]";

    /** What the token endpoint answers: the client-credentials grant of {@link CannedWorld}'s credentials. */
    private static final String TOKEN_ANSWER = """
            {"access_token":"priming-token","instance_url":"https://priming.invalid",\
            "token_type":"Bearer","issued_at":"1700000000000"}""";

    private final Function<Request, String> answers;
    private final AtomicInteger answered = new AtomicInteger();

    /** @param answers the JSON body of a 200 for each request, or null when priming has none */
    public CannedSalesforce(Function<Request, String> answers) {
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    @Override
    public Response intercept(Chain chain) {
        String body = chain.request().url().encodedPath().equals("/services/oauth2/token")
                ? TOKEN_ANSWER
                : answers.apply(chain.request());
        answered.incrementAndGet();
        return new Response.Builder()
                .request(chain.request())
                .protocol(Protocol.HTTP_1_1)
                .code(body == null ? 404 : 200)
                .message(body == null ? "Not Found" : "OK")
                .body(ResponseBody.create(body == null ? NOT_FOUND : body, JSON))
                .build();
    }

    /** Requests answered so far, 404s included. */
    public int answered() {
        return answered.get();
    }
}
