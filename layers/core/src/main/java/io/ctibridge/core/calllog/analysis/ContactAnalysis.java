package io.ctibridge.core.calllog.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;

/**
 * What a Contact Lens post-call analysis says about a call, as far as the call's activity shows it. Every part may be
 * missing: a summary only when generative summaries are on, sentiment only when the participant spoke.
 *
 * @param contactId         the ContactId
 * @param summary           the generative post-contact summary, or null
 * @param customerSentiment the customer's overall sentiment (-5 to 5), or null
 * @param agentSentiment    the agent's overall sentiment (-5 to 5), or null
 * @param categories        the matched categories, in the file's order
 * @param talkTimeMillis    total talk time, or null
 * @param nonTalkTimeMillis total non-talk time, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactAnalysis(
        String contactId,
        String summary,
        Double customerSentiment,
        Double agentSentiment,
        List<String> categories,
        Long talkTimeMillis,
        Long nonTalkTimeMillis) {

    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ContactAnalysis {
        Objects.requireNonNull(contactId, "contactId");
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** This analysis as the ledger keeps it. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an analysis as JSON", e);
        }
    }

    /** An analysis the ledger kept, by {@link #toJson()}. */
    public static ContactAnalysis fromJson(String json) {
        try {
            return JSON.readValue(json, ContactAnalysis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an analysis kept by the ledger: " + e.getOriginalMessage(), e);
        }
    }
}
