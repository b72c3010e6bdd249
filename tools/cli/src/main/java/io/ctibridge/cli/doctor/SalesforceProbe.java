package io.ctibridge.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.salesforce.ApiVersion;
import io.ctibridge.core.salesforce.auth.Authenticators;
import io.ctibridge.core.salesforce.auth.SalesforceCredentials;
import io.ctibridge.core.salesforce.session.SalesforceSession;
import io.ctibridge.core.time.Deadline;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The few raw Salesforce calls the doctor makes beyond what the functions make: the token (through the functions'
 * own authenticator), the token endpoint's clock, the versions list and an object's describe.
 */
final class SalesforceProbe {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A field as the integration user sees it in describe.
     *
     * @param type   describe's {@code type}: string, textarea, picklist, boolean, int, double, datetime…
     * @param length the longest text the field holds; 0 when describe gives none (numbers, dates, booleans)
     */
    record FieldGrant(boolean createable, boolean updateable, String type, int length) {}

    /** A Salesforce answer the doctor cannot use: not reachable, or an unexpected status. */
    static final class ProbeException extends RuntimeException {
        ProbeException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final OkHttpClient http;
    private final Clock clock;

    SalesforceProbe(OkHttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /** @throws io.ctibridge.core.salesforce.SalesforceAuthException when the grant is refused */
    SalesforceSession token(SalesforceCredentials credentials) {
        return Authenticators.forCredentials(credentials, http, clock).authenticate(Deadline.after(CALL_TIMEOUT));
    }

    /** Salesforce's clock minus ours, from the token endpoint's {@code Date} header; empty when it has none. */
    Optional<Duration> clockSkew(URI loginUrl) {
        Instant before = clock.instant();
        try (Response response = http.newCall(new Request.Builder()
                        .url(loginUrl.resolve("/services/oauth2/token").toString())
                        .get()
                        .build())
                .execute()) {
            String date = response.header("Date");
            if (date == null) {
                return Optional.empty();
            }
            Instant theirs = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            // The header has whole seconds: compare with the middle of the round trip.
            Instant ours = before.plus(Duration.between(before, clock.instant()).dividedBy(2));
            return Optional.of(Duration.between(ours, theirs));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code GET /services/data/}: the versions the org serves, e.g. {@code 66.0}. */
    List<String> versions(URI instanceUrl) {
        JsonNode body = get(instanceUrl.resolve("/services/data/"), Optional.empty())
                .orElseThrow(() -> new ProbeException("GET /services/data/ answered 404", null));
        List<String> versions = new ArrayList<>();
        body.forEach(version -> versions.add(version.path("version").asText()));
        return versions;
    }

    /** The object's fields by API name, or empty when the object does not exist (or the user cannot see it). */
    Optional<Map<String, FieldGrant>> fields(SalesforceSession session, ApiVersion version, String object) {
        URI describe = session.instanceUrl().resolve(version.dataPath() + "sobjects/" + object + "/describe");
        return get(describe, Optional.of(session)).map(body -> {
            Map<String, FieldGrant> fields = new LinkedHashMap<>();
            body.path("fields")
                    .forEach(field -> fields.put(
                            field.path("name").asText(),
                            new FieldGrant(
                                    field.path("createable").asBoolean(),
                                    field.path("updateable").asBoolean(),
                                    field.path("type").asText(),
                                    field.path("length").asInt(0))));
            return fields;
        });
    }

    private Optional<JsonNode> get(URI url, Optional<SalesforceSession> session) {
        Request.Builder request = new Request.Builder().url(url.toString()).get();
        session.ifPresent(s -> request.header("Authorization", "Bearer " + s.accessToken()));
        try (Response response = http.newCall(request.build()).execute()) {
            if (response.code() == 404) {
                return Optional.empty();
            }
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw new ProbeException("GET " + url.getPath() + " answered HTTP " + response.code(), null);
            }
            return Optional.of(JSON.readTree(body));
        } catch (IOException e) {
            throw new ProbeException("GET " + url.getPath() + " failed: " + e.getMessage(), e);
        }
    }
}
