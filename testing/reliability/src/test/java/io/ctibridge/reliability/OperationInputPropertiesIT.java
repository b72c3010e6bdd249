package io.ctibridge.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.emulator.soql.Lexer;
import io.ctibridge.emulator.soql.Literal;
import io.ctibridge.emulator.soql.Token;
import io.ctibridge.emulator.soql.TokenType;
import io.ctibridge.function.lookup.CallerLookupHandler;
import io.ctibridge.local.ConnectFlowEvents;
import io.ctibridge.local.LocalStack;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every kind of contact-flow operation on generated hostile input (quotes, backslashes, SOQL and SOSL operators,
 * wildcards, Unicode, control characters), through the real handler against the emulator, checking what reached
 * Salesforce: a find's query, lexed as Salesforce lexes it, has the same structure as for a harmless input and the
 * input only as the decoded value of its string literal; a create's and an update's input only as a JSON string value
 * of the fields the profile names; input that breaks its rule reaches nothing at all.
 */
class OperationInputPropertiesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROFILE = """
            {"profile": "hostile-input",
             "operations": [
               {"name": "findBySubject", "kind": "find", "object": "Case",
                "inputs": {"text": {"maxLength": 120}}, "match": {"Subject": "text"},
                "filters": [{"field": "Status", "op": "!=", "value": "Closed"}], "returnFields": ["CaseNumber"]},
               {"name": "findByName", "kind": "find", "object": "Contact",
                "inputs": {"first": {"maxLength": 40}, "last": {"maxLength": 80}},
                "match": {"FirstName": "first", "LastName": "last"}, "returnFields": ["Account.Name"]},
               {"name": "createNote", "kind": "create", "object": "Case",
                "inputs": {"text": {"maxLength": 120}},
                "fields": {"Origin": "Phone", "Subject": "${input.text}", "Description": "IVR said: ${input.text}"},
                "idempotencyField": "CtiOperationKey__c", "returnFields": ["CaseNumber"]},
               {"name": "updateNote", "kind": "update", "object": "Case", "target": "createNote",
                "inputs": {"text": {"maxLength": 120}}, "fields": {"Description": "${input.text}"}}
             ]}""";

    private static LocalStack stack;
    private static CallerLookupHandler handler;

    @BeforeContainer
    static void start() {
        stack = LocalStack.startIsolated("reliability-operations", EmulatorConfig.defaults());
        stack.profiles().put(new ProfileParser().parse(PROFILE), "test");
        CompositionRoot environment = new CompositionRoot(stack.functionEnvironment(), Clock.systemUTC());
        JsonLog quiet = new JsonLog("properties", new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC());
        handler = new CallerLookupHandler(environment.callerLookup(), environment.flowOperations(), quiet);
    }

    @AfterContainer
    static void stop() {
        stack.close();
    }

    @Property
    void find_inputReachesSalesforceOnlyAsTheValueOfItsStringLiteral(@ForAll("inputs") String input) {
        Map<String, String> answer = run("findBySubject", Map.of("text", input));

        List<RecordedRequest> sent = apiRequests();
        if (!acceptable(input, 120)) {
            assertInvalid(answer, sent);
            return;
        }
        assertEquals(1, sent.size(), "one query");
        String soql = sent.getFirst().queryParam("q").orElseThrow();
        assertEquals(structure(query("findBySubject", "harmless")), structure(soql), soql);
        assertEquals(List.of(input.strip(), "Closed"), stringLiterals(soql), soql);
    }

    @Property
    void find_twoInputs_eachStayInItsOwnLiteral(@ForAll("inputs") String first, @ForAll("inputs") String last) {
        Map<String, String> answer = run("findByName", Map.of("first", first, "last", last));

        List<RecordedRequest> sent = apiRequests();
        if (!acceptable(first, 40) || !acceptable(last, 80)) {
            assertInvalid(answer, sent);
            return;
        }
        String soql = sent.getFirst().queryParam("q").orElseThrow();
        assertEquals(structure(query("findByName", "a", "b")), structure(soql), soql);
        assertEquals(List.of(first.strip(), last.strip()), stringLiterals(soql), soql);
    }

    @Property(tries = 300)
    void createAndUpdate_inputReachesSalesforceOnlyAsAJsonStringOfTheNamedFields(@ForAll("inputs") String input)
            throws IOException {
        ConnectEvent event = event("createNote", Map.of("text", input));
        stack.salesforce().requests().clear();
        Map<String, String> created = handler.handleEvent(event, null);

        List<RecordedRequest> sent = apiRequests();
        if (!acceptable(input, 120)) {
            assertInvalid(created, sent);
            return;
        }
        assertEquals("CREATED", created.get("operationStatus"), created.toString());
        JsonNode create =
                JSON.readTree(sent.getFirst().body()).path("compositeRequest").get(0);
        assertEquals(Set.of("Origin", "Subject", "Description", "CtiOperationKey__c"), fieldNames(create.path("body")));
        assertEquals(input.strip(), create.path("body").path("Subject").asText());
        assertEquals(
                "IVR said: " + input.strip(),
                create.path("body").path("Description").asText());
        assertTrue(create.path("url").asText().endsWith("/sobjects/Case"), create.toString());
        assertTrue(
                sent.getFirst().path().endsWith("/composite"), sent.getFirst().path());
        assertEquals(
                input.strip(),
                stack.salesforce()
                        .records()
                        .get(created.get("recordId"))
                        .orElseThrow()
                        .get("Subject"));

        event.getDetails()
                .setParameters(
                        new HashMap<>(Map.of("operation", "updateNote", "profile", "hostile-input", "text", input)));
        stack.salesforce().requests().clear();
        Map<String, String> updated = handler.handleEvent(event, null);

        assertEquals("UPDATED", updated.get("operationStatus"), updated.toString());
        RecordedRequest patch = apiRequests().getFirst();
        assertEquals("PATCH", patch.method());
        assertEquals(Set.of("Description"), fieldNames(JSON.readTree(patch.body())));
        assertEquals(
                input.strip(), JSON.readTree(patch.body()).path("Description").asText());
    }

    @Provide
    Arbitrary<String> inputs() {
        Arbitrary<String> hostile = Arbitraries.of(
                "' OR Name != '",
                "\\' OR Id != null OR Name = '\\",
                "00001001' OR CaseNumber != '",
                "%",
                "_",
                "*",
                "\\",
                "'",
                "\"",
                "\\\\'",
                "a' LIMIT 1 --",
                "FIND {x} IN ALL FIELDS",
                "x) OR (Id != null",
                "Robert'); DELETE FROM Case;--",
                "é€😀'\"",
                "line\nbreak",
                "tab\there",
                "  padded  ",
                "");
        Arbitrary<String> generated = Arbitraries.strings()
                .withChars("'\\\"%_*?&|!{}[]()^~:+-=<>; ,.")
                .withChars("aOR AND NOT LIKE IN")
                .withCharRange('0', '9')
                .withChars("é€\u00a0\u2028")
                .withChars('\n', '\t', '\u0000')
                .ofMinLength(0)
                .ofMaxLength(130);
        return Arbitraries.oneOf(hostile, generated);
    }

    // --- helpers ---

    private static Map<String, String> run(String operation, Map<String, String> inputs) {
        ConnectEvent event = event(operation, inputs);
        stack.salesforce().requests().clear();
        return handler.handleEvent(event, null);
    }

    private static ConnectEvent event(String operation, Map<String, String> inputs) {
        Map<String, Object> parameters = new HashMap<>(inputs);
        parameters.put("operation", operation);
        parameters.put("profile", "hostile-input");
        return ConnectFlowEvents.inbound("+14155550199", parameters);
    }

    /** The query the same operation sends for harmless inputs. */
    private static String query(String operation, String... values) {
        Map<String, String> inputs = new HashMap<>();
        if (operation.equals("findBySubject")) {
            inputs.put("text", values[0]);
        } else {
            inputs.put("first", values[0]);
            inputs.put("last", values[1]);
        }
        run(operation, inputs);
        return apiRequests().getFirst().queryParam("q").orElseThrow();
    }

    /** What the flow's reader does with the value: strip it; a rule-breaking value is refused. */
    private static boolean acceptable(String input, int maxLength) {
        String value = input.strip();
        int length = value.codePointCount(0, value.length());
        return length >= 1 && length <= maxLength && value.chars().noneMatch(Character::isISOControl);
    }

    private static void assertInvalid(Map<String, String> answer, List<RecordedRequest> sent) {
        assertEquals("INVALID_INPUT", answer.get("operationStatus"), answer.toString());
        assertEquals(List.of(), sent, "nothing reaches Salesforce");
    }

    private static List<RecordedRequest> apiRequests() {
        return stack.salesforce().requests().all().stream()
                .filter(RecordedRequest::isApiCall)
                .toList();
    }

    /** Every token but string literals, as Salesforce's lexer sees the query. */
    private static List<String> structure(String soql) {
        List<String> out = new ArrayList<>();
        for (Token token : tokens(soql)) {
            out.add(token.type() == TokenType.STRING ? "<string>" : token.type() + ":" + token.text());
        }
        return out;
    }

    private static List<String> stringLiterals(String soql) {
        return tokens(soql).stream()
                .filter(token -> token.type() == TokenType.STRING)
                .map(token -> ((Literal.Str) token.value()).value())
                .toList();
    }

    private static List<Token> tokens(String soql) {
        Lexer lexer = new Lexer(soql, 0, "MALFORMED_QUERY");
        List<Token> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.type() != TokenType.EOF; token = lexer.nextToken()) {
            tokens.add(token);
        }
        return tokens;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
