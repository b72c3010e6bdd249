package io.ctibridge.core.calllog.analysis;

import io.ctibridge.core.config.ContactLens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields an analysis sets on the call's activity, as the profile's {@code callLog.contactLens} names them.
 * Parts the analysis lacks are left out, never sent as null: a later analysis without a summary keeps the earlier
 * summary rather than clearing it.
 */
public final class AnalysisFields {

    /** A long text area holds up to 131,072 characters; summaries are far shorter, this only keeps the write valid. */
    public static final int MAX_SUMMARY = 32_000;
    /** Categories go to a text field or a multi-select picklist (values joined with {@code ;}, up to 4,099). */
    public static final int MAX_CATEGORIES = 4_000;

    private AnalysisFields() {}

    /** Empty when the profile does not apply analyses. */
    public static Map<String, Object> of(ContactLens lens, ContactAnalysis analysis) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (!lens.enabled()) {
            return fields;
        }
        put(fields, lens.summaryField(), analysis.summary() == null ? null : cut(analysis.summary(), MAX_SUMMARY));
        put(fields, lens.customerSentimentField(), score(analysis.customerSentiment()));
        put(fields, lens.agentSentimentField(), score(analysis.agentSentiment()));
        put(
                fields,
                lens.categoriesField(),
                analysis.categories().isEmpty() ? null : cut(String.join(";", analysis.categories()), MAX_CATEGORIES));
        put(fields, lens.talkTimeField(), seconds(analysis.talkTimeMillis()));
        put(fields, lens.nonTalkTimeField(), seconds(analysis.nonTalkTimeMillis()));
        return fields;
    }

    private static void put(Map<String, Object> fields, String field, Object value) {
        if (field != null && value != null) {
            fields.put(field, value);
        }
    }

    /** Two decimals, as a Number(3,2) field holds it. */
    private static BigDecimal score(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static Long seconds(Long millis) {
        return millis == null ? null : Math.round(millis / 1000.0);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
