package io.ctibridge.reliability;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.local.ConnectFlowEvents;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Generators of hostile input for every parser at the edge, shared by the property tests (a thousand tries each in
 * the normal build) and the bin/reliability campaign (tens of thousands). Each mixes near-valid input built from
 * real fragments with noise: the interesting bugs sit just next to the valid shapes.
 */
public final class BadInputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Pieces of caller IDs as networks, people and attackers write them. */
    private static final List<String> CALLER_FRAGMENTS = List.of(
            "+1",
            "415",
            "555",
            "0123",
            "(",
            ")",
            "-",
            ".",
            " ",
            "+44",
            "020",
            "7946",
            "0958",
            "+49",
            "030",
            "+91",
            "'",
            "\"",
            "\\",
            "{",
            "}",
            "[",
            "]",
            "*",
            "?",
            "~",
            "^",
            ":",
            "!",
            "&",
            "|",
            "+",
            "%",
            "_",
            " OR ",
            " AND ",
            " NOT ",
            "RETURNING",
            "FIND",
            "\n",
            "\t",
            "\u0000",
            "☎",
            "é",
            "日本",
            "\uD83D\uDCDE",
            "\uD800",
            "anonymous",
            "Restricted",
            "PRIVATE",
            "+266696687",
            "+7378742833",
            "tel:",
            "sip:",
            "x204",
            "١٢٣",
            "０１２３",
            "1".repeat(70));

    private static final List<String> CTR_FIELDS = List.of(
            "ContactId",
            "InitialContactId",
            "PreviousContactId",
            "Channel",
            "InitiationMethod",
            "InitiationTimestamp",
            "DisconnectTimestamp",
            "LastUpdateTimestamp",
            "ConnectedToSystemTimestamp",
            "DisconnectReason",
            "Agent",
            "Queue",
            "Attributes",
            "CustomerEndpoint");

    private BadInputs() {}

    /** Caller IDs: well-formed numbers of several countries, placeholders, metacharacters and raw noise. */
    public static Arbitrary<String> callerIds() {
        Arbitrary<String> usNumbers = Arbitraries.integers()
                .between(200, 999)
                .flatMap(area -> Arbitraries.integers()
                        .between(0, 9999)
                        .map(line -> "+1" + area + "555" + String.format("%04d", line)));
        Arbitrary<String> fragments = Arbitraries.of(CALLER_FRAGMENTS)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(parts -> String.join("", parts));
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(80);
        return Arbitraries.frequencyOf(
                        weighted(3, usNumbers),
                        weighted(5, fragments),
                        weighted(2, noise),
                        weighted(1, Arbitraries.just("")))
                .injectNull(0.02);
    }

    /** The contact flow's event in random shapes: parts missing, parameters of the wrong JSON type. */
    public static Arbitrary<ConnectEvent> connectEvents() {
        Arbitrary<Map<String, Object>> parameters = Arbitraries.oneOf(
                Arbitraries.just(Map.<String, Object>of()),
                callerIds().filter(Objects::nonNull).map(n -> Map.<String, Object>of("phoneNumber", n)),
                Arbitraries.strings().ofMaxLength(70).map(p -> Map.<String, Object>of("profile", p)),
                Arbitraries.integers().map(i -> Map.<String, Object>of("phoneNumber", i)),
                Arbitraries.just(Map.<String, Object>of("phoneNumber", List.of("+14155550123"))),
                Arbitraries.just(Map.<String, Object>of("profile", Map.of("nested", true))));
        Arbitrary<Integer> damage = Arbitraries.integers().between(0, 11);
        return Combinators.combine(
                        callerIds(),
                        parameters,
                        damage,
                        Arbitraries.strings().ofMaxLength(40).injectNull(0.1))
                .as(BadInputs::connectEvent);
    }

    /** Contact trace records: valid ones with fields removed, retyped or corrupted, and bytes that are not JSON. */
    public static Arbitrary<byte[]> contactRecords() {
        Arbitrary<byte[]> damaged = Combinators.combine(
                        callerIds(),
                        Arbitraries.of(CTR_FIELDS).list().ofMaxSize(4),
                        Arbitraries.of(CTR_FIELDS).list().ofMaxSize(3),
                        Arbitraries.oneOf(
                                Arbitraries.strings().ofMaxLength(30),
                                Arbitraries.integers(),
                                Arbitraries.just(List.of()),
                                Arbitraries.just(Map.of("x", 1)),
                                Arbitraries.just("2026-13-45T99:99:99Z"),
                                Arbitraries.just(true)))
                .as((caller, removed, retyped, value) -> damagedRecord(caller, removed, retyped, value));
        Arbitrary<byte[]> truncated = damaged.flatMap(
                bytes -> Arbitraries.integers().between(0, bytes.length).map(cut -> Arrays.copyOf(bytes, cut)));
        Arbitrary<byte[]> rawBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        return Arbitraries.frequencyOf(weighted(5, damaged), weighted(2, truncated), weighted(2, rawBytes));
    }

    /** Profile documents: the default profile with settings removed, retyped or out of range, and broken JSON. */
    public static Arbitrary<String> profileDocuments() {
        String valid = ProfileParser.defaultProfileDocument();
        Arbitrary<String> edited = Combinators.combine(
                        Arbitraries.of(
                                "profile",
                                "defaultRegion",
                                "lookupDeadlineMs",
                                "maxMatches",
                                "popTokenTtlSeconds",
                                "contactStateTtlSeconds",
                                "searchTargets",
                                "popRules",
                                "callLog",
                                "systemNumbers",
                                "tieBreak",
                                "unknownSetting"),
                        Arbitraries.oneOf(
                                Arbitraries.integers(),
                                Arbitraries.strings().ofMaxLength(20),
                                Arbitraries.just(List.of()),
                                Arbitraries.just(Map.of()),
                                Arbitraries.just(false),
                                Arbitraries.just(
                                        List.of(Map.of("object", "Contact' OR Name != '", "fields", List.of()))),
                                Arbitraries.integers().between(-1, 100_000)))
                .as((field, value) -> withField(valid, field, value));
        Arbitrary<String> truncated =
                Arbitraries.integers().between(0, valid.length()).map(cut -> valid.substring(0, cut));
        return Arbitraries.frequencyOf(
                weighted(6, edited),
                weighted(2, truncated),
                weighted(2, Arbitraries.strings().ofMaxLength(100)));
    }

    /** One-character edits of a genuine token, the way a tamperer or a bad copy-paste changes it. */
    public static Arbitrary<TokenMutation> tokenMutations() {
        return Combinators.combine(
                        Arbitraries.of(TokenMutation.Kind.values()),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.chars().all())
                .as(TokenMutation::new);
    }

    private static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<T> arbitrary) {
        return Tuple.of(weight, arbitrary);
    }

    private static ConnectEvent connectEvent(
            String callerId, Map<String, Object> parameters, int damage, String contactId) {
        ConnectEvent event = ConnectFlowEvents.inbound(callerId, parameters);
        switch (damage) {
            case 0 -> event.setDetails(null);
            case 1 -> event.getDetails().setContactData(null);
            case 2 -> event.getDetails().getContactData().setCustomerEndpoint(null);
            case 3 -> event.getDetails().getContactData().setSystemEndpoint(null);
            case 4 -> event.getDetails().getContactData().setContactId(contactId);
            case 5 -> event.getDetails().setParameters(null);
            default -> {}
        }
        return event;
    }

    private static byte[] damagedRecord(String caller, List<String> removed, List<String> retyped, Object value) {
        Map<String, Object> ctr = new LinkedHashMap<>(ContactRecords.answered(
                "c-" + Math.abs(String.valueOf(caller).hashCode()), caller == null ? "" : caller, 0));
        removed.forEach(ctr::remove);
        retyped.forEach(field -> ctr.put(field, value));
        return json(ctr);
    }

    static String withField(String document, String field, Object value) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> profile = new HashMap<>(JSON.readValue(document, Map.class));
            profile.put(field, value);
            return JSON.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the default profile is JSON", e);
        }
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
        }
    }
}
