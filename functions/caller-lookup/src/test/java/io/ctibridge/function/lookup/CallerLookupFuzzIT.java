package io.ctibridge.function.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.local.LocalStack;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 2,000 random events — random caller IDs (numbers typed every way, placeholders, SOSL/SOQL metacharacters,
 * unicode, huge strings) in random event shapes (missing parts, odd parameter types) — through the real handler:
 * it never throws, always answers the full flow contract, and never sends Salesforce a search term that is not
 * digits joined by OR. The seed is printed so a failure can be replayed.
 */
class CallerLookupFuzzIT {

    private static final int EVENTS = 2_000;
    private static final Pattern SAFE_TERM = Pattern.compile("[0-9]+( OR [0-9]+)*");
    private static final Set<String> CONTRACT_KEYS = Set.of(
            "lookupStatus",
            "matchCount",
            "recordId",
            "recordType",
            "recordName",
            "accountId",
            "callerNumber",
            "popToken");
    private static final String[] FRAGMENTS = {
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
        "-",
        " OR ",
        " AND ",
        " NOT ",
        "RETURNING",
        "FIND",
        "%",
        "_",
        "\n",
        "\t",
        "\u0000",
        "☎",
        "é",
        "日本",
        "\uD83D\uDCDE",
        "anonymous",
        "Restricted",
        "+266696687",
        "tel:",
        "sip:",
        "1".repeat(70)
    };

    private static LocalStack stack;
    private static ExecutorService executor;
    private static CallerLookupHandler handler;

    @BeforeAll
    static void start() {
        stack = LocalStack.startIsolated("lookup-fuzz", EmulatorConfig.defaults());
        executor = Executors.newVirtualThreadPerTaskExecutor();
        CompositionRoot environment = new CompositionRoot(stack.functionEnvironment(), Clock.systemUTC());
        // The handler's own logs are not the subject here; 2,000 lines would drown the build output.
        JsonLog quiet = new JsonLog("fuzz", new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC());
        handler = new CallerLookupHandler(environment.callerLookup(), quiet);
    }

    @AfterAll
    static void stop() {
        executor.close();
        stack.close();
    }

    @Test
    void randomEvents_neverThrow_alwaysAnswerTheContract_andNeverSendAnUnescapedTerm() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.println("CallerLookupFuzzIT seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        stack.salesforce().requests().clear();
        for (int i = 0; i < EVENTS; i++) {
            ConnectEvent event = randomEvent(random);
            Map<String, String> answer = handler.handleEvent(event, null);
            assertNotNull(answer, "seed " + seed + ", event " + i);
            assertTrue(answer.keySet().containsAll(CONTRACT_KEYS), "seed " + seed + ", event " + i + ": " + answer);
            LookupStatus.valueOf(answer.get("lookupStatus"));
            answer.values().forEach(value -> assertNotNull(value, "seed " + seed));
        }
        ObjectMapper json = new ObjectMapper();
        List<RecordedRequest> searches = stack.salesforce().requests().all().stream()
                .filter(r -> r.path().contains("/parameterizedSearch"))
                .toList();
        assertFalse(searches.isEmpty(), "the generator must produce searchable numbers too");
        for (RecordedRequest search : searches) {
            JsonNode body = json.readTree(search.body());
            String q = body.path("q").asText();
            assertTrue(
                    SAFE_TERM.matcher(q).matches(), "seed " + seed + ": unsafe search term reached Salesforce: " + q);
            for (JsonNode target : body.path("sobjects")) {
                String where = target.path("where").asText("");
                assertTrue(where.isEmpty() || where.equals("IsConverted = false"), "unexpected where: " + where);
            }
        }
        assertEquals(
                0,
                stack.salesforce().requests().count(r -> r.path().contains("/query")),
                "a lookup makes no query calls");
    }

    private static ConnectEvent randomEvent(Random random) {
        ConnectEvent event = CallerLookupHandlerIT.event(randomCallerId(random), randomParameters(random));
        switch (random.nextInt(12)) {
            case 0 -> event.setDetails(null);
            case 1 -> event.getDetails().setContactData(null);
            case 2 -> event.getDetails().getContactData().setCustomerEndpoint(null);
            case 3 -> event.getDetails().getContactData().setSystemEndpoint(null);
            case 4 -> event.getDetails().getContactData().setContactId(random.nextBoolean() ? null : "  ");
            case 5 -> event.getDetails().setParameters(null);
            default -> {}
        }
        return event;
    }

    private static Map<String, Object> randomParameters(Random random) {
        Map<String, Object> parameters = new HashMap<>();
        switch (random.nextInt(6)) {
            case 0 -> parameters.put("phoneNumber", randomCallerId(random));
            case 1 -> parameters.put("profile", random.nextBoolean() ? "default" : randomText(random));
            case 2 -> parameters.put("phoneNumber", random.nextInt());
            case 3 -> parameters.put("phoneNumber", List.of("+14155550123"));
            case 4 -> parameters.put("profile", Map.of("nested", true));
            default -> {}
        }
        return parameters;
    }

    private static String randomCallerId(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "+1" + (200 + random.nextInt(800)) + "555" + String.format("%04d", random.nextInt(10_000));
            case 1 -> "(" + (200 + random.nextInt(800)) + ") 555-01" + String.format("%02d", random.nextInt(100));
            case 2 -> random.nextBoolean() ? null : "";
            default -> randomText(random);
        };
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        if (random.nextInt(20) == 0) {
            int noise = random.nextInt(300);
            for (int i = 0; i < noise; i++) {
                text.append((char) random.nextInt(0xFFFF)); // any UTF-16 unit, lone surrogates included
            }
        }
        return text.toString();
    }
}
