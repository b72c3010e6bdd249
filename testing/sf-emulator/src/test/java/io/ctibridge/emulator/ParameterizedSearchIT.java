package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParameterizedSearchIT {
    private static final String PATH = TestClient.V + "/parameterizedSearch/";
    private static SalesforceEmulator sf;
    private static TestClient client;

    @BeforeAll
    static void start() {
        sf = SalesforceEmulator.start(EmulatorConfig.defaults());
        client = new TestClient(sf.baseUrl()).login();
    }

    @AfterAll
    static void stop() {
        sf.close();
    }

    @Test
    void post_searchesPhoneFieldsAcrossObjects_withPerObjectWhereAndLimit() {
        var answer = client.post(PATH, """
                {"q": "4155550188", "in": "PHONE",
                 "fields": ["Id", "Name"],
                 "sobjects": [
                   {"name": "Contact", "fields": ["Id", "Name", "Phone", "Account.Name"], "limit": 5},
                   {"name": "Lead", "fields": ["Id", "Name", "Company"], "where": "IsConverted = false", "limit": 5}
                 ],
                 "overallLimit": 20}
                """);

        assertEquals(List.of("Contact:Sam O'Brien", "Lead:Sam O'Brien"), TestClient.searchRecords(answer));
        assertEquals(
                "O'Brien Consulting",
                answer.body().get("searchRecords").get(1).get("Company").asText());
    }

    @Test
    void post_whereExcludesConvertedLead() {
        var answer = client.post(PATH, """
                {"q": "442079460958", "in": "PHONE", "fields": ["Name"],
                 "sobjects": [{"name": "Contact"}, {"name": "Lead", "where": "IsConverted = false"}]}
                """);

        assertEquals(List.of("Contact:Oliver Brown"), TestClient.searchRecords(answer));
    }

    @Test
    void post_perObjectLimitAndOverallLimit_capTheAnswer() {
        var perObject = client.post(PATH, """
                {"q": "4155550123", "in": "PHONE", "fields": ["Name"],
                 "sobjects": [{"name": "Contact", "limit": 1}]}
                """);
        var overall = client.post(PATH, """
                {"q": "4155550188", "in": "PHONE", "fields": ["Name"], "overallLimit": 1,
                 "sobjects": [{"name": "Contact"}, {"name": "Lead"}]}
                """);

        assertEquals(1, TestClient.searchRecords(perObject).size());
        assertEquals(List.of("Contact:Sam O'Brien"), TestClient.searchRecords(overall));
    }

    @Test
    void get_acceptsPerObjectParameters() {
        var answer = client.get(PATH + "?q=4155550188&in=PHONE&sobject=Contact&sobject=Lead"
                + "&Contact.fields=Id,Name&Lead.fields=Id,Name&Lead.where=" + TestClient.encode("IsConverted = true")
                + "&Lead.limit=3");

        assertEquals(List.of("Contact:Sam O'Brien"), TestClient.searchRecords(answer));
    }

    @Test
    void post_answersInvalidField_forBadWhereField() {
        var answer = client.post(PATH, """
                {"q": "4155550188", "in": "PHONE",
                 "sobjects": [{"name": "Lead", "fields": ["Id"], "where": "Converted = false"}]}
                """);

        assertEquals(400, answer.status());
        assertEquals("INVALID_FIELD", answer.errorCode());
    }

    @Test
    void post_answersMalformedSearch_forUnescapedReservedCharacterInQ() {
        var answer = client.post(PATH, """
                {"q": "+14155550188", "in": "PHONE", "sobjects": [{"name": "Lead"}]}
                """);

        assertEquals("MALFORMED_SEARCH", answer.errorCode());
    }

    @Test
    void post_answersInvalidType_forUnknownObject_andJsonParserError_forUnknownKey() {
        assertEquals("INVALID_TYPE", client.post(PATH, """
                {"q": "4155550188", "sobjects": [{"name": "Nope"}]}
                """).errorCode());
        assertEquals("JSON_PARSER_ERROR", client.post(PATH, """
                {"q": "4155550188", "sobjectz": []}
                """).errorCode());
    }

    @Test
    void post_withoutSobjects_searchesEveryObject_withDefaultFieldsWhereTheyExist() {
        var answer = client.post(PATH, """
                {"q": "4155550150", "in": "PHONE", "fields": ["Id", "Name"]}
                """);

        assertEquals(List.of("Account:Umbrella Health Clinic"), TestClient.searchRecords(answer));
    }
}
