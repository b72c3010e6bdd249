package io.ctibridge.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowResponseTest {

    private static final Set<String> CONTRACT_KEYS = Set.of(
            "lookupStatus",
            "matchCount",
            "recordId",
            "recordType",
            "recordName",
            "accountId",
            "callerNumber",
            "popToken");
    private static final CallerMatch JANE =
            new CallerMatch("003000000000001AAA", "Contact", "Jane Doe", "001000000000001AAA", "Acme", "Phone");

    @Test
    void of_givesEveryContractKey_forAMatch_withTheAdaptersRecordKey() {
        Map<String, String> answer = FlowResponse.of(result(LookupStatus.MATCH, List.of(JANE)), "tok");
        assertEquals(
                CONTRACT_KEYS,
                Set.copyOf(answer.keySet().stream()
                        .filter(k -> !k.startsWith("acsf"))
                        .toList()));
        assertEquals("MATCH", answer.get("lookupStatus"));
        assertEquals("1", answer.get("matchCount"));
        assertEquals("003000000000001AAA", answer.get("recordId"));
        assertEquals("Contact", answer.get("recordType"));
        assertEquals("Jane Doe", answer.get("recordName"));
        assertEquals("001000000000001AAA", answer.get("accountId"));
        assertEquals("+14155550123", answer.get("callerNumber"));
        assertEquals("tok", answer.get("popToken"));
        assertEquals("003000000000001AAA", answer.get("acsf-screenpop-record"));
    }

    @Test
    void of_givesTheSearchKey_forMultiple() {
        Map<String, String> answer = FlowResponse.of(result(LookupStatus.MULTIPLE, List.of(JANE, JANE)), "tok");
        assertEquals("+14155550123", answer.get("acsf-screenpop-search"));
        assertFalse(answer.containsKey("acsf-screenpop-record"));
    }

    @Test
    void of_givesEmptyStringsNotNulls_whenNothingMatched() {
        Map<String, String> answer = FlowResponse.of(
                new LookupResult("c-1", "default", LookupStatus.WITHHELD, null, List.of(), null, Instant.EPOCH), null);
        assertEquals(CONTRACT_KEYS, answer.keySet());
        answer.values().forEach(value -> assertEquals(String.class, value.getClass()));
        assertEquals("", answer.get("recordId"));
        assertEquals("0", answer.get("matchCount"));
    }

    @Test
    void of_clipsLongNames_keepingTheAnswerSmall() {
        CallerMatch longName =
                new CallerMatch("003000000000001AAA", "Contact", "x".repeat(100_000), null, null, "Phone");
        Map<String, String> answer = FlowResponse.of(result(LookupStatus.MATCH, List.of(longName)), "tok");
        assertEquals(255, answer.get("recordName").length());
        assertEquals("", answer.get("accountId"));
    }

    private static LookupResult result(LookupStatus status, List<CallerMatch> matches) {
        return new LookupResult("c-1", "default", status, "+14155550123", matches, "", Instant.EPOCH);
    }
}
