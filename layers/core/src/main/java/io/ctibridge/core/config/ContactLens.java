package io.ctibridge.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which Contact Lens post-call insights land on the call's activity, and in which fields. A field left out is not
 * written; nothing is written while {@code enabled} is false.
 *
 * @param enabled                apply post-call analysis files to the call's activity
 * @param redacted               use the redacted file ({@code Analysis/Voice/Redacted/…}) and ignore the other
 * @param summaryField           the generative post-contact summary (a long text area field)
 * @param customerSentimentField the customer's overall sentiment, -5 to 5 (a number field with decimals)
 * @param agentSentimentField    the agent's overall sentiment, -5 to 5
 * @param categoriesField        the matched categories, joined with {@code ;} (a text or multi-select picklist)
 * @param talkTimeField          total talk time in seconds (a number field)
 * @param nonTalkTimeField       total non-talk time in seconds (a number field)
 */
public record ContactLens(
        boolean enabled,
        boolean redacted,
        String summaryField,
        String customerSentimentField,
        String agentSentimentField,
        String categoriesField,
        String talkTimeField,
        String nonTalkTimeField) {

    @JsonCreator
    static ContactLens fromJson(
            @JsonProperty("enabled") Boolean enabled,
            @JsonProperty("redacted") Boolean redacted,
            @JsonProperty("summaryField") String summaryField,
            @JsonProperty("customerSentimentField") String customerSentimentField,
            @JsonProperty("agentSentimentField") String agentSentimentField,
            @JsonProperty("categoriesField") String categoriesField,
            @JsonProperty("talkTimeField") String talkTimeField,
            @JsonProperty("nonTalkTimeField") String nonTalkTimeField) {
        return new ContactLens(
                enabled != null && enabled,
                redacted != null && redacted,
                summaryField,
                customerSentimentField,
                agentSentimentField,
                categoriesField,
                talkTimeField,
                nonTalkTimeField);
    }

    /** Off: no analysis is applied. */
    public static ContactLens disabled() {
        return fromJson(null, null, null, null, null, null, null, null);
    }

    /** The named fields by their setting's name ({@code summaryField} → its API name), in a stable order. */
    public Map<String, String> fieldsBySetting() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("summaryField", summaryField);
        fields.put("customerSentimentField", customerSentimentField);
        fields.put("agentSentimentField", agentSentimentField);
        fields.put("categoriesField", categoriesField);
        fields.put("talkTimeField", talkTimeField);
        fields.put("nonTalkTimeField", nonTalkTimeField);
        fields.values().removeIf(Objects::isNull);
        return fields;
    }
}
