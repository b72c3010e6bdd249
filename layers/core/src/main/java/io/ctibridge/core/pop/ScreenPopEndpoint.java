package io.ctibridge.core.pop;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.phone.PhoneMasking;
import io.ctibridge.core.time.Deadline;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /v1/pops/{contactId}}, {@code Authorization: Bearer <popToken>}: the HTTP face of the screen pop, in the
 * order that keeps contact data safe: route, method, ContactId shape, token, and only then the pop.
 *
 * <p>Optional query parameters, read only when no lookup result is stored: {@code callerNumber} (the caller ID the
 * adapter sees on the contact) and {@code profile}. One JSON log line and one metric per request, keyed by ContactId,
 * numbers masked, tokens never logged.
 */
public final class ScreenPopEndpoint {

    public static final String ROUTE_PREFIX = "/v1/pops/";
    public static final String CALLER_NUMBER_PARAM = "callerNumber";
    public static final String PROFILE_PARAM = "profile";
    static final String ALLOW = "GET, OPTIONS";
    /** Longer is not a caller ID; refused before it reaches the classifier. */
    private static final int MAX_CALLER_NUMBER_LENGTH = 64;
    /** Enough of a bad path for a log line, not enough to flood it. */
    private static final int MAX_LOGGED_PATH = 120;

    private final PopRequestAuthorizer authorizer;
    private final ScreenPopService pops;
    private final CorsPolicy cors;
    private final JsonLog log;
    private final EmfMetrics metrics;

    public ScreenPopEndpoint(
            PopRequestAuthorizer authorizer, ScreenPopService pops, CorsPolicy cors, JsonLog log, EmfMetrics metrics) {
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.pops = Objects.requireNonNull(pops, "pops");
        this.cors = Objects.requireNonNull(cors, "cors");
        this.log = Objects.requireNonNull(log, "log");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** @param timeBudget how long the request may take (Lambda's remaining time less a margin) */
    public PopHttpResponse handle(PopHttpRequest request, Duration timeBudget) {
        long started = System.nanoTime();
        Deadline deadline = Deadline.after(timeBudget.isNegative() ? Duration.ZERO : timeBudget);
        Answer answer;
        try {
            answer = answer(request, deadline);
        } catch (RuntimeException e) {
            // A bug: the adapter gets a clear 500 and no partial data; the log line carries the cause.
            log.error("screen pop failed unexpectedly", Map.of("path", clip(request.path())), e);
            answer = errorAnswer(
                    Outcome.ERROR,
                    500,
                    "internal_error",
                    "the pop could not be built; retry shortly",
                    Map.of(),
                    Map.of("path", clip(request.path())));
        }
        long elapsedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Map<String, Object> fields = new LinkedHashMap<>(answer.logFields());
        fields.put("outcome", answer.outcome().name());
        fields.put("status", answer.response().status());
        fields.put("elapsedMs", elapsedMs);
        if (answer.response().status() >= 400) {
            log.warn("screen pop not served", fields);
        } else {
            log.info("screen pop", fields);
        }
        metrics.count("ScreenPop", "Outcome", answer.outcome().name(), elapsedMs);
        return answer.response();
    }

    private Answer answer(PopHttpRequest request, Deadline deadline) {
        String origin = request.header("origin");
        Map<String, String> corsHeaders = cors.responseHeaders(origin);
        String path = request.path();
        if (!path.startsWith(ROUTE_PREFIX) || path.indexOf('/', ROUTE_PREFIX.length()) >= 0) {
            return errorAnswer(
                    Outcome.NOT_FOUND,
                    404,
                    "not_found",
                    "no such route; the pop API serves GET " + ROUTE_PREFIX + "{contactId}",
                    corsHeaders,
                    Map.of("path", clip(path)));
        }
        return switch (request.method()) {
            case "GET" -> get(path.substring(ROUTE_PREFIX.length()), request, corsHeaders, deadline);
            case "OPTIONS" -> preflight(origin);
            default ->
                errorAnswer(
                        Outcome.METHOD_NOT_ALLOWED,
                        405,
                        "method_not_allowed",
                        "use GET",
                        with(corsHeaders, "Allow", ALLOW),
                        Map.of("method", clip(request.method())));
        };
    }

    private Answer get(
            String rawContactId, PopHttpRequest request, Map<String, String> corsHeaders, Deadline deadline) {
        Optional<String> contactId = ContactIds.canonical(rawContactId);
        if (contactId.isEmpty()) {
            return errorAnswer(
                    Outcome.BAD_REQUEST,
                    400,
                    "invalid_contact_id",
                    "the contact id must be an Amazon Connect ContactId (a UUID)",
                    corsHeaders,
                    Map.of("path", clip(request.path())));
        }
        Map<String, Object> keyed = Map.of("contactId", contactId.get());
        if (authorizer.authorize(request.header("authorization"), contactId.get()) instanceof PopAccess.Refused no) {
            Map<String, String> headers =
                    no.challenge() == null ? corsHeaders : with(corsHeaders, "WWW-Authenticate", no.challenge());
            return errorAnswer(
                    Outcome.forRefusal(no.status()),
                    no.status(),
                    no.error(),
                    no.message(),
                    headers,
                    with(keyed, "reason", no.reason()));
        }
        Optional<String> badParameter = badParameter(request.query());
        if (badParameter.isPresent()) {
            return errorAnswer(Outcome.BAD_REQUEST, 400, "invalid_parameter", badParameter.get(), corsHeaders, keyed);
        }
        ScreenPop pop = pops.pop(
                new PopQuery(
                        contactId.get(),
                        request.query().get(CALLER_NUMBER_PARAM),
                        request.query().get(PROFILE_PARAM)),
                deadline.remaining());
        return new Answer(
                Outcome.served(pop.source()), PopHttpResponse.ok(pop.payload(), corsHeaders), servedFields(pop));
    }

    /**
     * A CORS preflight. Deployed, API Gateway answers these itself; here for servers without it in front. Refusing
     * with 403 (rather than a bare 204) tells a developer at once that the origin is not configured.
     */
    private Answer preflight(String origin) {
        if (origin == null) {
            return new Answer(Outcome.OPTIONS, PopHttpResponse.noContent(Map.of("Allow", ALLOW)), Map.of());
        }
        if (!cors.allows(origin)) {
            return errorAnswer(
                    Outcome.ORIGIN_REFUSED,
                    403,
                    "origin_not_allowed",
                    "this origin may not call the pop API; add it to the allowed origins",
                    Map.of(),
                    Map.of("origin", clip(origin)));
        }
        return new Answer(
                Outcome.PREFLIGHT, PopHttpResponse.noContent(cors.preflightHeaders(origin)), Map.of("origin", origin));
    }

    private static Optional<String> badParameter(Map<String, String> query) {
        String callerNumber = query.get(CALLER_NUMBER_PARAM);
        if (callerNumber != null && callerNumber.length() > MAX_CALLER_NUMBER_LENGTH) {
            return Optional.of(CALLER_NUMBER_PARAM + " is longer than " + MAX_CALLER_NUMBER_LENGTH + " characters");
        }
        String profile = query.get(PROFILE_PARAM);
        if (profile != null && !profile.isBlank() && !Profile.isValidName(profile)) {
            return Optional.of(PROFILE_PARAM + " must match " + Profile.NAME.pattern());
        }
        return Optional.empty();
    }

    private static Map<String, Object> servedFields(ScreenPop pop) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("contactId", pop.result().contactId());
        fields.put("profile", pop.result().profile());
        fields.put("source", pop.source().name());
        fields.put("lookupStatus", pop.result().status().name());
        fields.put("matchCount", pop.result().matches().size());
        fields.put("caller", PhoneMasking.mask(pop.result().callerNumber()));
        fields.put("popKind", pop.payload().pop().kind());
        return fields;
    }

    private static Answer errorAnswer(
            Outcome outcome,
            int status,
            String error,
            String message,
            Map<String, String> headers,
            Map<String, Object> logFields) {
        return new Answer(outcome, PopHttpResponse.error(status, error, message, headers), logFields);
    }

    private static <V> Map<String, V> with(Map<String, V> map, String key, V value) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    private static String clip(String text) {
        return text.length() <= MAX_LOGGED_PATH ? text : text.substring(0, MAX_LOGGED_PATH) + "…";
    }

    /** One metric dimension value per kind of answer. */
    enum Outcome {
        SERVED,
        LOOKED_UP,
        NO_STATE,
        UNAUTHORIZED,
        FORBIDDEN,
        TOKEN_CHECK_UNAVAILABLE,
        BAD_REQUEST,
        NOT_FOUND,
        METHOD_NOT_ALLOWED,
        PREFLIGHT,
        ORIGIN_REFUSED,
        OPTIONS,
        ERROR;

        static Outcome served(ScreenPop.Source source) {
            return switch (source) {
                case STORED -> SERVED;
                case LOOKED_UP -> LOOKED_UP;
                case NO_STATE -> NO_STATE;
            };
        }

        static Outcome forRefusal(int status) {
            return switch (status) {
                case 401 -> UNAUTHORIZED;
                case 403 -> FORBIDDEN;
                default -> TOKEN_CHECK_UNAVAILABLE;
            };
        }
    }

    private record Answer(Outcome outcome, PopHttpResponse response, Map<String, Object> logFields) {}
}
