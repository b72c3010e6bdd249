package io.ctibridge.cli.doctor;

import io.ctibridge.core.calllog.analysis.AnalysisFields;
import io.ctibridge.core.config.CallLog;
import io.ctibridge.core.config.ContactLens;
import io.ctibridge.core.config.FieldMapping;
import io.ctibridge.core.config.MappingSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A value the call log writes into a field it does not own, as the profile names it: a field mapping, a Contact Lens
 * setting or a VoiceCall call attribute; the doctor checks the field's type against it.
 *
 * @param source  what the operator wrote, e.g. {@code queueWaitSeconds} or {@code contactLens.summaryField}
 * @param field   the target field's API name
 * @param shape   how the value is written
 * @param longest the longest text written (the mapping's maxLength, the summary's cut); 0 when not bounded
 * @param setting how to point the source elsewhere, the start of a fix: "Map queue onto"
 * @param mapped  a field mapping, whose maxLength bounds the text (else the bound is the call log's own)
 */
record WrittenValue(String source, String field, Shape shape, int longest, String setting, boolean mapped) {

    /** How a value goes over the wire, from {@code CallFieldMapper} and {@code AnalysisFields}. */
    enum Shape {
        /** A JSON string. */
        TEXT("text", "a text field (string, textarea, url, phone, email, picklist)"),
        /** A JSON integer: durations in whole seconds, counts. */
        WHOLE_NUMBER("a whole number", "a number field (int, double, currency, percent) or a text field"),
        /** A JSON number with two decimals: a Contact Lens sentiment, -5 to 5. */
        SCORE("a score with two decimals", "a number field with decimals (double, currency, percent) or a text field"),
        /** A JSON true or false. */
        BOOLEAN("true or false", "a boolean (checkbox) field or a text field"),
        /** An ISO-8601 UTC string, as Salesforce takes a DateTime. */
        DATETIME("an ISO-8601 date and time", "a datetime field or a text field");

        private final String written;
        private final String fits;

        Shape(String written, String fits) {
            this.written = written;
            this.fits = fits;
        }

        /** What the source writes, for a report line. */
        String written() {
            return written;
        }

        /** The field types that take it, for a report line. */
        String fits() {
            return fits;
        }

        static Shape of(MappingSource.Kind kind) {
            return switch (kind) {
                case TEXT, EXACT -> TEXT;
                case SECONDS, COUNT -> WHOLE_NUMBER;
                case BOOLEAN -> BOOLEAN;
                case DATETIME -> DATETIME;
            };
        }
    }

    /** What a Task (or the profile's callLog.object) gets beyond the fields the call logger owns. */
    static List<WrittenValue> onCallLogObject(CallLog callLog) {
        List<WrittenValue> values = new ArrayList<>();
        for (FieldMapping mapping : callLog.fieldMappings()) {
            // Stored profiles passed validation, so every source parses; one that does not is not checked here.
            mapping.sourceRef()
                    .ifPresent(ref -> values.add(new WrittenValue(
                            mapping.source(),
                            mapping.field(),
                            Shape.of(ref.source().kind()),
                            mapping.maxLength(),
                            "Map " + mapping.source() + " onto",
                            true)));
        }
        ContactLens lens = callLog.contactLens();
        if (lens.enabled()) {
            lens("summaryField", lens.summaryField(), Shape.TEXT, AnalysisFields.MAX_SUMMARY, values);
            lens("customerSentimentField", lens.customerSentimentField(), Shape.SCORE, 0, values);
            lens("agentSentimentField", lens.agentSentimentField(), Shape.SCORE, 0, values);
            lens("categoriesField", lens.categoriesField(), Shape.TEXT, AnalysisFields.MAX_CATEGORIES, values);
            lens("talkTimeField", lens.talkTimeField(), Shape.WHOLE_NUMBER, 0, values);
            lens("nonTalkTimeField", lens.nonTalkTimeField(), Shape.WHOLE_NUMBER, 0, values);
        }
        return values;
    }

    /**
     * What a VoiceCall gets: the same mapped and Contact Lens values, and the contact attributes
     * {@code callLog.voiceCall.callAttributes} names (text as the flow set it, not cut).
     */
    static List<WrittenValue> onVoiceCall(CallLog callLog) {
        List<WrittenValue> values = new ArrayList<>(onCallLogObject(callLog));
        for (Map.Entry<String, String> attribute :
                callLog.voiceCall().callAttributes().entrySet()) {
            String setting = "callLog.voiceCall.callAttributes." + attribute.getKey();
            values.add(
                    new WrittenValue(setting, attribute.getValue(), Shape.TEXT, 0, "Point " + setting + " at", false));
        }
        return values;
    }

    private static void lens(String setting, String field, Shape shape, int longest, List<WrittenValue> values) {
        if (field != null) {
            String source = "contactLens." + setting;
            values.add(new WrittenValue(source, field, shape, longest, "Point " + source + " at", false));
        }
    }
}
