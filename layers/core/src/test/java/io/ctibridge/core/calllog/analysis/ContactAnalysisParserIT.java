package io.ctibridge.core.calllog.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.config.ContactLens;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The samples in events/contactlens, shaped as AWS documents the post-call file. */
/** An IT: it reads the repository's samples, which sam build's copy of the module lacks. */
class ContactAnalysisParserIT {

    private static final String CONTACT = "6c1e9a52-0f3b-4d8e-a7c1-53b2e9d04f17";
    private final ContactAnalysisParser parser = new ContactAnalysisParser();

    @Test
    void roleIds_giveSummarySentimentCategoriesAndTimes() throws Exception {
        ContactAnalysis analysis = parser.parse(sample("analysis-agent-customer.json"), CONTACT);
        assertTrue(analysis.summary().startsWith("The customer called about a duplicate charge"));
        assertEquals(-0.8, analysis.customerSentiment());
        assertEquals(2.4, analysis.agentSentiment());
        assertEquals(List.of("Billing dispute", "Retention offer"), analysis.categories());
        assertEquals(61010L, analysis.talkTimeMillis());
        assertEquals(6480L, analysis.nonTalkTimeMillis());
    }

    @Test
    void uuidParticipantIds_areMappedThroughParticipants() throws Exception {
        ContactAnalysis analysis = parser.parse(sample("analysis-uuid-participants.json"), CONTACT);
        assertEquals(3.2, analysis.customerSentiment());
        assertEquals(1.7, analysis.agentSentiment());
        assertNull(analysis.summary(), "no generative summary in that file");
    }

    @Test
    void badFiles_areRefusedWithTheirReason() {
        assertTrue(assertThrows(MalformedAnalysisException.class, () -> parse("{\"Version\":"))
                .getMessage()
                .startsWith("not JSON"));
        assertTrue(assertThrows(MalformedAnalysisException.class, () -> parse("[]"))
                .getMessage()
                .contains("not a JSON object"));
        assertTrue(assertThrows(MalformedAnalysisException.class, () -> parse("{\"Transcript\":[]}"))
                .getMessage()
                .contains("ConversationCharacteristics"));
        assertTrue(assertThrows(
                        MalformedAnalysisException.class,
                        () -> parse("{\"JobStatus\":\"FAILED\",\"ConversationCharacteristics\":{}}"))
                .getMessage()
                .contains("FAILED"));
        assertTrue(assertThrows(
                        MalformedAnalysisException.class,
                        () -> parse(
                                "{\"ConversationCharacteristics\":{},\"CustomerMetadata\":{\"ContactId\":\"other\"}}"))
                .getMessage()
                .contains("analyses contact other"));
    }

    @Test
    void fields_followTheProfile_andLeaveOutWhatTheAnalysisLacks() throws Exception {
        ContactLens lens = new ContactLens(true, false, "Summary__c", "Cust__c", null, "Cats__c", "Talk__c", null);
        ContactAnalysis analysis = parser.parse(sample("analysis-uuid-participants.json"), CONTACT);
        Map<String, Object> fields = AnalysisFields.of(lens, analysis);
        assertEquals(Map.of("Cust__c", new BigDecimal("3.20"), "Cats__c", "Billing dispute", "Talk__c", 61L), fields);
        assertEquals(Map.of(), AnalysisFields.of(ContactLens.disabled(), analysis));
        assertEquals(analysis, ContactAnalysis.fromJson(analysis.toJson()), "as the ledger keeps it");
    }

    private ContactAnalysis parse(String json) throws MalformedAnalysisException {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), CONTACT);
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("../../events/contactlens").resolve(name));
    }
}
