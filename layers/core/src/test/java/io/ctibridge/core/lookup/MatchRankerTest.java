package io.ctibridge.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.TieBreak;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.phone.CallerNumber;
import io.ctibridge.core.phone.CallerNumberClassifier;
import io.ctibridge.core.salesforce.api.SObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchRankerTest {

    private static final CallerNumber.Valid CALLER =
            (CallerNumber.Valid) new CallerNumberClassifier("US", List.of()).classify("+14155550123", null);
    private final Profile profile = Profile.defaults("test");

    @Test
    void rank_isNone_whenNoCandidates() {
        MatchRanker.Ranking ranking = MatchRanker.rank(List.of(), CALLER, profile);
        assertEquals(LookupStatus.NONE, ranking.status());
        assertEquals(List.of(), ranking.matches());
    }

    @Test
    void rank_isMatch_whenContactAndLeadOfTheSamePerson_contactPriorityDecides() {
        MatchRanker.Ranking ranking = MatchRanker.rank(
                List.of(
                        record("Lead", "00Q000000000001AAA", "Phone", "(415) 555-0123", "2026-11-20T10:00:00.000+0000"),
                        record(
                                "Contact",
                                "003000000000001AAA",
                                "Phone",
                                "415.555.0123",
                                "2026-01-01T10:00:00.000+0000")),
                CALLER,
                profile);
        assertEquals(LookupStatus.MATCH, ranking.status());
        assertEquals(List.of("003000000000001AAA", "00Q000000000001AAA"), ids(ranking));
    }

    @Test
    void rank_isMultiple_whenTwoContactsShareANumber_mostRecentlyModifiedFirst() {
        MatchRanker.Ranking ranking = MatchRanker.rank(
                List.of(
                        record(
                                "Contact",
                                "003000000000001AAA",
                                "Phone",
                                "+1 415 555 0123",
                                "2026-01-01T10:00:00.000+0000"),
                        record(
                                "Contact",
                                "003000000000002AAA",
                                "Phone",
                                "(415) 555-0123",
                                "2026-11-01T10:00:00.000+0000")),
                CALLER,
                profile);
        assertEquals(LookupStatus.MULTIPLE, ranking.status());
        assertEquals(List.of("003000000000002AAA", "003000000000001AAA"), ids(ranking));
    }

    @Test
    void rank_putsPhoneBeforeMobilePhone_whateverTheDates() {
        MatchRanker.Ranking ranking = MatchRanker.rank(
                List.of(
                        record(
                                "Contact",
                                "003000000000001AAA",
                                "MobilePhone",
                                "4155550123",
                                "2026-11-24T10:00:00.000+0000"),
                        record("Contact", "003000000000002AAA", "Phone", "4155550123", "2020-01-01T10:00:00.000+0000")),
                CALLER,
                profile);
        assertEquals(List.of("003000000000002AAA", "003000000000001AAA"), ids(ranking));
        assertEquals("MobilePhone", ranking.matches().get(1).matchedField());
    }

    @Test
    void rank_usesLastActivity_whenTheProfileSaysSo() {
        Profile byActivity =
                new Profile("test", null, null, 3000, 900, 86400, 10, null, TieBreak.LAST_ACTIVITY, null, null);
        SObject older = record("Contact", "003000000000001AAA", "Phone", "4155550123", "2026-11-24T10:00:00.000+0000");
        SObject recent = record("Contact", "003000000000002AAA", "Phone", "4155550123", "2020-01-01T10:00:00.000+0000");
        older = with(older, "LastActivityDate", "2025-01-01");
        recent = with(recent, "LastActivityDate", "2026-11-20");
        assertEquals(
                List.of("003000000000002AAA", "003000000000001AAA"),
                ids(MatchRanker.rank(List.of(older, recent), CALLER, byActivity)));
    }

    @Test
    void rank_dropsCandidatesWhosePhonesAreNotTheCallersNumber() {
        MatchRanker.Ranking ranking = MatchRanker.rank(
                List.of(record(
                        "Contact", "003000000000001AAA", "Phone", "(415) 555-0124", "2026-11-24T10:00:00.000+0000")),
                CALLER,
                profile);
        assertEquals(LookupStatus.NONE, ranking.status());
    }

    @Test
    void rank_capsMatchesAtMaxMatches_butCountsAllForTheStatus() {
        Profile two = new Profile("test", null, null, 3000, 900, 86400, 2, null, null, null, null);
        List<SObject> three = List.of(
                record("Contact", "003000000000001AAA", "Phone", "4155550123", "2026-11-01T10:00:00.000+0000"),
                record("Contact", "003000000000002AAA", "Phone", "4155550123", "2026-11-02T10:00:00.000+0000"),
                record("Contact", "003000000000003AAA", "Phone", "4155550123", "2026-11-03T10:00:00.000+0000"));
        MatchRanker.Ranking ranking = MatchRanker.rank(three, CALLER, two);
        assertEquals(LookupStatus.MULTIPLE, ranking.status());
        assertEquals(List.of("003000000000003AAA", "003000000000002AAA"), ids(ranking));
    }

    @Test
    void rank_givesAnAccountMatchItselfAsAccount() {
        Map<String, Object> fields = new HashMap<>(Map.of(
                "Id",
                "001000000000001AAA",
                "Name",
                "Acme",
                "Phone",
                "415-555-0123",
                "LastModifiedDate",
                "2026-11-01T10:00:00.000+0000"));
        CallerMatch match = MatchRanker.rank(List.of(SObject.of("Account", fields)), CALLER, profile)
                .matches()
                .getFirst();
        assertEquals("001000000000001AAA", match.accountId());
        assertEquals("Acme", match.accountName());
    }

    @Test
    void rank_readsTheContactsAccountThroughItsRelationship() {
        SObject contact = with(
                record("Contact", "003000000000001AAA", "Phone", "4155550123", "2026-11-01T10:00:00.000+0000"),
                "AccountId",
                "001000000000009AAA");
        contact = with(contact, "Account", Map.of("Name", "Globex"));
        CallerMatch match =
                MatchRanker.rank(List.of(contact), CALLER, profile).matches().getFirst();
        assertEquals("001000000000009AAA", match.accountId());
        assertEquals("Globex", match.accountName());
    }

    private static SObject record(String type, String id, String phoneField, String phone, String lastModified) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("Id", id);
        fields.put("Name", type + " " + id.substring(15));
        fields.put(phoneField, phone);
        fields.put("LastModifiedDate", lastModified);
        return SObject.of(type, fields);
    }

    private static SObject with(SObject record, String field, Object value) {
        Map<String, Object> fields = new HashMap<>(record.fields());
        fields.put(field, value);
        return SObject.of(record.type(), fields);
    }

    private static List<String> ids(MatchRanker.Ranking ranking) {
        return ranking.matches().stream().map(CallerMatch::id).toList();
    }
}
