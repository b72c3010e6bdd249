package io.ctibridge.core.salesforce.telephony;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.salesforce.SalesforceConnectionException;
import io.ctibridge.core.salesforce.SalesforceTimeoutException;
import io.ctibridge.core.salesforce.http.HttpCalls;
import io.ctibridge.core.salesforce.http.HttpResult;
import io.ctibridge.core.time.Deadline;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The Telephony Integration API's VoiceCall endpoints over the environment's one OkHttp client. Each method retries
 * what is safe to retry inside the caller's deadline and answers a {@link TelephonyOutcome}; it never throws for an
 * HTTP status or a network failure.
 *
 * <p>Retries: 429 on both (nothing was done); a 401 once, with a freshly signed token (the cached one may have been
 * refused for skew or a replayed jti); 5xx and lost answers only on PATCH, which overwrites and so may repeat.
 * A POST that failed without a clear answer is not repeated here: the API is not transactional, so it may have made
 * the call, and only the caller, which can look for it by vendorCallKey, may decide to send it again.
 */
public final class TelephonyApi {

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ATTEMPTS = 4;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final OkHttpClient http;
    private final TelephonyCredentials credentials;
    private final TelephonyTokens tokens;
    private final Duration firstBackoff;
    private final AtomicLong requests = new AtomicLong();

    public TelephonyApi(OkHttpClient http, TelephonyCredentials credentials, TelephonyTokens tokens) {
        this(http, credentials, tokens, FIRST_BACKOFF);
    }

    /** @param firstBackoff the pause before the first retry; doubled (with jitter) before each next one */
    public TelephonyApi(
            OkHttpClient http, TelephonyCredentials credentials, TelephonyTokens tokens, Duration firstBackoff) {
        this.http = Objects.requireNonNull(http, "http");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.firstBackoff = Objects.requireNonNull(firstBackoff, "firstBackoff");
    }

    /**
     * Creates a VoiceCall.
     *
     * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.voice_developer_guide.meta/voice_developer_guide/voice_rest_api_create_voice_call.htm">POST /voiceCalls</a>
     */
    public TelephonyOutcome createVoiceCall(NewVoiceCall call, Deadline deadline) {
        ObjectNode body = JSON.createObjectNode();
        body.put("callCenterApiName", credentials.contactCenterApiName());
        body.setAll((ObjectNode) JSON.valueToTree(call));
        return send("POST", "/voiceCalls", body, false, deadline);
    }

    /**
     * Updates (and, unless {@code isActiveCall} is true, closes) the VoiceCall whose Id or vendorCallKey is
     * {@code id}; the API creates the call if it is missing.
     *
     * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.voice_developer_guide.meta/voice_developer_guide/voice_rest_api_update_voice_call.htm">PATCH /voiceCalls/{id}</a>
     */
    public TelephonyOutcome updateVoiceCall(String id, VoiceCallUpdate update, Deadline deadline) {
        String path =
                "/voiceCalls/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        return send("PATCH", path, JSON.valueToTree(update), true, deadline);
    }

    /**
     * Whether the API accepts this environment's token, without writing anything: a {@code POST /voiceCalls} with an
     * empty body is refused as a bad request (400) once the token is accepted, and as unauthorized (401) before.
     * Relies on the API checking the bearer before the body, as every API that answers 401 at all does.
     */
    public TelephonyOutcome checkToken(Deadline deadline) {
        return send("POST", "/voiceCalls", JSON.createObjectNode(), false, deadline);
    }

    /** Requests sent so far (retries included): the benchmark's figure. */
    public long requests() {
        return requests.get();
    }

    public TelephonyTokens tokens() {
        return tokens;
    }

    private TelephonyOutcome send(String method, String path, JsonNode body, boolean repeatable, Deadline deadline) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a " + method + " " + path + " body", e);
        }
        TelephonyOutcome last = new TelephonyOutcome.NotSent("deadline passed before " + method + " " + path);
        boolean reauthenticated = false;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            if (deadline.isExpired()) {
                return last;
            }
            String bearer = tokens.bearer();
            Request.Builder request = new Request.Builder()
                    .url(credentials.baseUrl() + path)
                    .header("Authorization", "Bearer " + bearer)
                    .method(method, RequestBody.create(bytes, JSON_TYPE));
            credentials.providerName().ifPresent(name -> request.header("Telephony-Provider-Name", name));
            HttpResult result;
            try {
                requests.incrementAndGet();
                result = HttpCalls.execute(http, request.build(), deadline);
            } catch (SalesforceTimeoutException | SalesforceConnectionException lost) {
                last = new TelephonyOutcome.InDoubt(lost.getMessage());
                if (!repeatable || !pause(attempt, deadline)) {
                    return last;
                }
                continue;
            }
            int status = result.status();
            if (result.isSuccessful()) {
                return repeatable ? accepted(result) : created(result);
            }
            if (status == 401 || status == 403) {
                tokens.refused(bearer);
                last = new TelephonyOutcome.Unauthorized(status, result.body());
                if (reauthenticated) {
                    return last;
                }
                reauthenticated = true;
                continue;
            }
            if (status == 429) {
                last = new TelephonyOutcome.RateLimited(backoff(attempt));
                if (!pause(attempt, deadline)) {
                    return last;
                }
                continue;
            }
            if (status >= 500) {
                last = new TelephonyOutcome.ServerError(status, result.body());
                if (!repeatable || !pause(attempt, deadline)) {
                    return last;
                }
                continue;
            }
            return new TelephonyOutcome.Rejected(status, result.body());
        }
        return last;
    }

    private static TelephonyOutcome created(HttpResult result) {
        JsonNode answer = readAnswer(result.body());
        String id = answer.path("voiceCallId").asText("");
        if (id.isEmpty()) {
            // A success without the Id: the call probably exists; only a look by vendorCallKey can tell.
            return new TelephonyOutcome.InDoubt(
                    "POST /voiceCalls answered " + result.status() + " without voiceCallId");
        }
        JsonNode errors = answer.path("errors");
        String text = errors.isTextual()
                ? errors.asText()
                : errors.isMissingNode() || errors.isNull() || errors.isEmpty() ? "" : errors.toString();
        return new TelephonyOutcome.Created(id, text);
    }

    private static TelephonyOutcome accepted(HttpResult result) {
        return new TelephonyOutcome.Accepted(
                readAnswer(result.body()).path("status").asText(""));
    }

    private static JsonNode readAnswer(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    /** Sleeps before the next attempt; false when there is no next attempt or no time left for one. */
    private boolean pause(int attempt, Deadline deadline) {
        if (attempt >= MAX_ATTEMPTS) {
            return false;
        }
        Duration pause = backoff(attempt);
        if (deadline.remaining().compareTo(pause.multipliedBy(2)) < 0) {
            return false; // a retry that cannot finish in time only burns the request allowance
        }
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Duration backoff(int attempt) {
        long base = firstBackoff.toMillis() << (attempt - 1);
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }
}
