package io.ctibridge.core.calllog.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Contact Lens post-call analysis file. Participant ids are {@code AGENT}/{@code CUSTOMER} in the files
 * Contact Lens writes and UUIDs in AWS's current examples: both are resolved through {@code Participants[]
 * .ParticipantRole}, so the sentiment of each role is found either way.
 */
public final class ContactAnalysisParser {

    static final String AGENT = "AGENT";
    static final String CUSTOMER = "CUSTOMER";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param expectedContactId the ContactId the file's key names; the file must not name another
     * @throws MalformedAnalysisException when it is not JSON, not an analysis, failed, or about another contact
     */
    public ContactAnalysis parse(byte[] file, String expectedContactId) throws MalformedAnalysisException {
        JsonNode root;
        try {
            root = JSON.readTree(file);
        } catch (JsonProcessingException e) {
            throw new MalformedAnalysisException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedAnalysisException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedAnalysisException("not a JSON object");
        }
        if (!root.path("ConversationCharacteristics").isObject()) {
            throw new MalformedAnalysisException("no ConversationCharacteristics: not a post-call analysis");
        }
        String jobStatus = root.path("JobStatus").asText("");
        if (!jobStatus.isEmpty() && !jobStatus.equalsIgnoreCase("COMPLETED")) {
            throw new MalformedAnalysisException("the analysis job ended " + jobStatus);
        }
        String named = root.path("CustomerMetadata").path("ContactId").asText("");
        if (!named.isEmpty() && !named.equals(expectedContactId)) {
            throw new MalformedAnalysisException(
                    "the file analyses contact " + named + ", its key names " + expectedContactId);
        }
        JsonNode characteristics = root.get("ConversationCharacteristics");
        Map<String, Double> sentiment = sentimentByRole(
                characteristics.path("Sentiment").path("OverallSentiment"), roles(root.path("Participants")));
        return new ContactAnalysis(
                expectedContactId,
                summary(characteristics),
                sentiment.get(CUSTOMER),
                sentiment.get(AGENT),
                categories(root.path("Categories").path("MatchedCategories")),
                millis(characteristics.path("TalkTime").path("TotalTimeMillis")),
                millis(characteristics.path("NonTalkTime").path("TotalTimeMillis")));
    }

    /** ParticipantId → AGENT/CUSTOMER; a role id maps to itself, as in the files Contact Lens writes. */
    private static Map<String, String> roles(JsonNode participants) {
        Map<String, String> roles = new HashMap<>(Map.of(AGENT, AGENT, CUSTOMER, CUSTOMER));
        for (JsonNode participant : participants) {
            String id = participant.path("ParticipantId").asText("");
            String role = participant.path("ParticipantRole").asText("").toUpperCase(Locale.ROOT);
            if (!id.isEmpty() && (role.equals(AGENT) || role.equals(CUSTOMER))) {
                roles.put(id, role);
            }
        }
        return roles;
    }

    private static Map<String, Double> sentimentByRole(JsonNode overall, Map<String, String> roles) {
        Map<String, Double> byRole = new HashMap<>();
        overall.properties().forEach(entry -> {
            String role = roles.get(entry.getKey());
            if (role != null && entry.getValue().isNumber()) {
                byRole.put(role, entry.getValue().asDouble());
            }
        });
        return byRole;
    }

    private static String summary(JsonNode characteristics) {
        JsonNode content = characteristics
                .path("ContactSummary")
                .path("PostContactSummary")
                .path("Content");
        return content.isTextual() && !content.asText().isBlank() ? content.asText() : null;
    }

    private static List<String> categories(JsonNode matched) {
        List<String> categories = new ArrayList<>();
        for (JsonNode category : matched) {
            if (category.isTextual() && !category.asText().isBlank()) {
                categories.add(category.asText());
            }
        }
        return categories;
    }

    private static Long millis(JsonNode value) {
        return value.isNumber() ? value.asLong() : null;
    }
}
