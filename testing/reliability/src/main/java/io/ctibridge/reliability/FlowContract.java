package io.ctibridge.reliability;

import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.lookup.FlowResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The caller lookup's answer as the contact flow's STRING_MAP validation and the flow's branches need it. */
public final class FlowContract {

    public static final List<String> KEYS = List.of(
            FlowResponse.LOOKUP_STATUS,
            FlowResponse.MATCH_COUNT,
            FlowResponse.RECORD_ID,
            FlowResponse.RECORD_TYPE,
            FlowResponse.RECORD_NAME,
            FlowResponse.ACCOUNT_ID,
            FlowResponse.CALLER_NUMBER,
            FlowResponse.POP_TOKEN);

    private FlowContract() {}

    /** What is wrong with the answer, or empty when it is a flat map of strings with every key and a known status. */
    public static Optional<String> violation(Map<String, String> answer) {
        if (answer == null) {
            return Optional.of("no answer");
        }
        for (String key : KEYS) {
            if (!answer.containsKey(key)) {
                return Optional.of("missing key " + key);
            }
        }
        for (Map.Entry<String, ?> entry : answer.entrySet()) {
            if (!(entry.getValue() instanceof String)) {
                return Optional.of("value of " + entry.getKey() + " is not a string");
            }
        }
        String status = answer.get(FlowResponse.LOOKUP_STATUS);
        if (Arrays.stream(LookupStatus.values()).noneMatch(s -> s.name().equals(status))) {
            return Optional.of("unknown lookupStatus " + status);
        }
        try {
            Integer.parseInt(answer.get(FlowResponse.MATCH_COUNT));
        } catch (NumberFormatException e) {
            return Optional.of("matchCount is not a number");
        }
        return Optional.empty();
    }
}
