package io.ctibridge.core.salesforce.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.core.salesforce.ApiUsage;
import io.ctibridge.core.salesforce.RequestLimitExceededException;
import io.ctibridge.core.salesforce.SalesforceApiException;
import io.ctibridge.core.salesforce.SalesforceError;
import io.ctibridge.core.salesforce.http.HttpCalls;
import io.ctibridge.core.salesforce.http.HttpResult;
import io.ctibridge.core.salesforce.session.SalesforceSession;
import io.ctibridge.core.salesforce.session.SessionProvider;
import io.ctibridge.core.time.Deadline;
import java.time.Clock;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Sends API calls with the current session: adds the bearer token, refreshes the session once when
 * Salesforce answers 401, and turns error answers into exceptions. Every answer's API usage header, and every
 * {@code REQUEST_LIMIT_EXCEEDED}, goes into the environment's {@link ApiUsage}: all calls pass here.
 */
final class ApiTransport {

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient resending;
    private final OkHttpClient sendingOnce;
    private final SessionProvider sessions;
    private final ApiUsage usage;
    private final Clock clock;

    ApiTransport(OkHttpClient http, SessionProvider sessions, ApiUsage usage, Clock clock) {
        this.resending = http;
        // Shares the connection pool; only the retry policy differs.
        this.sendingOnce = http.newBuilder().retryOnConnectionFailure(false).build();
        this.sessions = sessions;
        this.usage = usage;
        this.clock = clock;
    }

    /** The answer's JSON; a missing node for an empty answer. */
    JsonNode send(ApiCall call, Deadline deadline) {
        SalesforceSession session = sessions.session(deadline);
        HttpResult result = exchange(call, session, deadline);
        if (result.status() == 401) {
            usage.seen(result.limitInfo(), clock.instant());
            // Salesforce rejected the token before acting on the request, so sending it again is safe.
            sessions.invalidate(session);
            result = exchange(call, sessions.session(deadline), deadline);
        }
        usage.seen(result.limitInfo(), clock.instant());
        if (!result.isSuccessful()) {
            SalesforceApiException failure = ErrorBodies.toException(result.status(), result.body());
            if (failure instanceof RequestLimitExceededException) {
                usage.limitExceeded(clock.instant());
            }
            throw failure;
        }
        return readJson(result);
    }

    private HttpResult exchange(ApiCall call, SalesforceSession session, Deadline deadline) {
        HttpUrl.Builder url =
                HttpUrl.get(session.instanceUrl().toString()).newBuilder().encodedPath(call.path());
        call.query().forEach(url::addQueryParameter);
        Request.Builder request = new Request.Builder()
                .url(url.build())
                .header("Authorization", "Bearer " + session.accessToken())
                .header("Accept", "application/json")
                .method(call.method(), call.body() == null ? null : RequestBody.create(toJson(call.body()), JSON_TYPE));
        call.headers().forEach(request::header);
        return HttpCalls.execute(call.idempotent() ? resending : sendingOnce, request.build(), deadline);
    }

    private static byte[] toJson(Object body) {
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request body cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode readJson(HttpResult result) {
        if (result.body().isEmpty()) {
            return Json.MAPPER.missingNode();
        }
        try {
            return Json.MAPPER.readTree(result.body());
        } catch (JacksonException e) {
            throw new SalesforceApiException(
                    result.status(), List.of(new SalesforceError("INVALID_RESPONSE", "answer is not JSON", List.of())));
        }
    }
}
