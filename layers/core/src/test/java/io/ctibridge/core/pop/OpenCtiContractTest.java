package io.ctibridge.core.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.LookupResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reads the pop API's JSON as an Open CTI adapter does: {@code screenPop} goes to {@code sforce.opencti.screenPop}
 * and {@code searchAndScreenPop} to {@code sforce.opencti.searchAndScreenPop} unchanged, so they must hold exactly
 * what those methods accept. The contract below is written from Salesforce's documentation, not from our code.
 */
class OpenCtiContractTest {

    /** {@code sforce.opencti.SCREENPOP_TYPE} and the params each type takes. */
    private static final Map<String, Set<String>> SCREEN_POP_PARAMS = Map.of(
            "SOBJECT", Set.of("recordId"),
            "URL", Set.of("url"),
            "OBJECTHOME", Set.of("scope"),
            "LIST", Set.of("listViewId", "scope"),
            "SEARCH", Set.of("searchString"),
            "NEW_RECORD_MODAL", Set.of("entityName", "defaultFieldValues"),
            "FLOW", Set.of("flowDevName", "flowArgs"));

    private static final Set<String> SEARCH_AND_SCREEN_POP_KEYS =
            Set.of("searchParams", "queryParams", "defaultFieldValues", "callType", "deferred");
    private static final Set<String> CALL_TYPES = Set.of("INBOUND", "OUTBOUND", "INTERNAL");
    private static final Set<String> FLOW_ARG_KEYS = Set.of("name", "type", "value");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyStatusUnderEveryProfile_rendersWhatOpenCtiAccepts() throws Exception {
        int checked = 0;
        for (Profile profile : PopFixtures.variedProfiles()) {
            for (LookupResult result : PopFixtures.everyStatus()) {
                JsonNode body = JSON.readTree(PopHttpResponse.ok(ScreenPopPayload.of(result, profile), Map.of())
                        .body());
                String where = result.status() + " with " + profile.popRules();
                assertScreenPop(body, where);
                assertSearchAndScreenPop(body.get("searchAndScreenPop"), where);
                checked++;
            }
        }
        assertEquals(18, checked);
    }

    @Test
    void listRule_sendsAnExplicitNullScreenPop_theListKindAndTheMatches() throws Exception {
        JsonNode body = JSON.readTree(
                PopHttpResponse.ok(ScreenPopPayload.of(PopFixtures.multiple(), PopFixtures.leadsAndFlow()), Map.of())
                        .body());
        assertTrue(body.has("screenPop") && body.get("screenPop").isNull(), body.toString());
        assertEquals("LIST", body.get("pop").get("kind").asText());
        assertEquals(2, body.get("matches").size());
        assertTrue(body.get("searchAndScreenPop").get("deferred").asBoolean());
    }

    @Test
    void neutralPart_namesTheMatchesFieldsAsDocumented() throws Exception {
        JsonNode body = JSON.readTree(
                PopHttpResponse.ok(ScreenPopPayload.of(PopFixtures.multiple(), PopFixtures.defaults()), Map.of())
                        .body());
        assertEquals(
                List.of(
                        "contactId",
                        "callerNumber",
                        "lookupStatus",
                        "matches",
                        "pop",
                        "screenPop",
                        "searchAndScreenPop"),
                fieldNames(body));
        JsonNode first = body.get("matches").get(0);
        assertEquals(List.of("id", "object", "name", "accountId", "accountName", "matchedField"), fieldNames(first));
        assertEquals("Analytical Engines Ltd", first.get("accountName").asText());
        assertTrue(body.get("matches").get(1).get("accountName").isNull());
        assertEquals("MULTIPLE", body.get("lookupStatus").asText());
    }

    @Test
    void unknownNumber_isLeftOut_notSentEmpty() throws Exception {
        JsonNode body = JSON.readTree(
                PopHttpResponse.ok(ScreenPopPayload.of(PopFixtures.withheld(), PopFixtures.defaults()), Map.of())
                        .body());
        assertFalse(body.has("callerNumber"), body.toString());
        assertEquals("NEW_RECORD", body.get("pop").get("kind").asText());
    }

    private static void assertScreenPop(JsonNode body, String where) {
        assertTrue(body.has("screenPop"), where);
        JsonNode screenPop = body.get("screenPop");
        if (screenPop.isNull()) {
            assertEquals("LIST", body.get("pop").get("kind").asText(), "only a list pops nothing: " + where);
            assertTrue(body.get("matches").size() > 0, "a list pop needs matches: " + where);
            return;
        }
        assertEquals(Set.of("type", "params"), Set.copyOf(fieldNames(screenPop)), where);
        String type = screenPop.get("type").asText();
        assertTrue(SCREEN_POP_PARAMS.containsKey(type), "unknown screenPop type " + type + ": " + where);
        JsonNode params = screenPop.get("params");
        assertEquals(SCREEN_POP_PARAMS.get(type), Set.copyOf(fieldNames(params)), type + ": " + where);
        switch (type) {
            case "SOBJECT" -> assertTrue(params.get("recordId").asText().matches("[a-zA-Z0-9]{15}|[a-zA-Z0-9]{18}"));
            case "SEARCH" -> assertTrue(params.get("searchString").asText().length() >= 3, where);
            case "NEW_RECORD_MODAL" -> {
                assertTrue(params.get("entityName").isTextual()
                        && !params.get("entityName").asText().isEmpty());
                assertTrue(params.get("defaultFieldValues").isObject(), where);
                params.get("defaultFieldValues").forEach(value -> assertTrue(value.isValueNode(), where));
            }
            case "FLOW" -> {
                assertFalse(params.get("flowDevName").asText().isEmpty(), where);
                assertTrue(params.get("flowArgs").isArray(), where);
                params.get("flowArgs").forEach(arg -> assertEquals(FLOW_ARG_KEYS, Set.copyOf(fieldNames(arg)), where));
            }
            default -> throw new AssertionError("this API should not pop " + type + ": " + where);
        }
    }

    private static void assertSearchAndScreenPop(JsonNode search, String where) {
        assertEquals(SEARCH_AND_SCREEN_POP_KEYS, Set.copyOf(fieldNames(search)), where);
        assertTrue(search.get("searchParams").isTextual(), where);
        assertTrue(search.get("queryParams").isTextual(), where);
        assertTrue(search.get("defaultFieldValues").isObject(), where);
        assertTrue(CALL_TYPES.contains(search.get("callType").asText()), where);
        assertEquals("INBOUND", search.get("callType").asText(), where);
        assertTrue(search.get("deferred").isBoolean(), where);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        assertEquals(names.size(), new HashSet<>(names).size());
        return names;
    }
}
