package io.ctibridge.core.lookup;

import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.LookupResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shapes a lookup result into what the "Invoke AWS Lambda function" block accepts: a flat map of strings (Connect's
 * STRING_MAP response validation), every key always present so flows can test values without checking existence.
 */
public final class FlowResponse {

    /** Keys of the flow contract (README.md, "Caller lookup"). */
    public static final String LOOKUP_STATUS = "lookupStatus";

    public static final String MATCH_COUNT = "matchCount";
    public static final String RECORD_ID = "recordId";
    public static final String RECORD_TYPE = "recordType";
    public static final String RECORD_NAME = "recordName";
    public static final String ACCOUNT_ID = "accountId";
    public static final String CALLER_NUMBER = "callerNumber";
    public static final String POP_TOKEN = "popToken";
    /** Keys the Amazon Connect CTI adapter's own flows read, so existing flows pop without changes. */
    public static final String ACSF_SCREENPOP_RECORD = "acsf-screenpop-record";

    public static final String ACSF_SCREENPOP_SEARCH = "acsf-screenpop-search";

    /** Keeps the answer far below Connect's 32 KB limit whatever a record name holds. */
    private static final int MAX_VALUE_LENGTH = 255;

    private FlowResponse() {}

    public static Map<String, String> of(LookupResult result, String popToken) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(LOOKUP_STATUS, result.status().name());
        answer.put(MATCH_COUNT, Integer.toString(result.matches().size()));
        CallerMatch best = result.best().orElse(null);
        answer.put(RECORD_ID, best == null ? "" : best.id());
        answer.put(RECORD_TYPE, best == null ? "" : best.objectType());
        answer.put(RECORD_NAME, best == null ? "" : clip(best.name()));
        answer.put(ACCOUNT_ID, best == null || best.accountId() == null ? "" : best.accountId());
        answer.put(CALLER_NUMBER, result.callerNumber());
        answer.put(POP_TOKEN, popToken == null ? "" : popToken);
        switch (result.status()) {
            case MATCH -> answer.put(ACSF_SCREENPOP_RECORD, best.id());
            case MULTIPLE -> answer.put(ACSF_SCREENPOP_SEARCH, result.callerNumber());
            default -> {} // the adapter pops nothing of its own; our pop API answers with a New Contact form
        }
        return answer;
    }

    private static String clip(String value) {
        if (value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        // Never cut a surrogate pair in half: Connect would receive an unpaired surrogate.
        int end =
                Character.isHighSurrogate(value.charAt(MAX_VALUE_LENGTH - 1)) ? MAX_VALUE_LENGTH - 1 : MAX_VALUE_LENGTH;
        return value.substring(0, end);
    }
}
