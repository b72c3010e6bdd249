package io.ctibridge.core.calllog.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelatedRecordsTest {

    @Test
    void aContact_isTheWho_andItsAccountTheWhat() {
        assertEquals(new RelatedRecords("003A", "001A"), related(match("003A", "Contact", "001A")));
    }

    @Test
    void aContactWithoutAccount_isTheWhoOnly() {
        assertEquals(new RelatedRecords("003A", null), related(match("003A", "Contact", null)));
    }

    @Test
    void aLead_isTheWho_andNeverComesWithAWhat() {
        assertEquals(new RelatedRecords("00QA", null), related(match("00QA", "Lead", "001A")));
    }

    @Test
    void anAccountOrAnyOtherObject_isTheWhat() {
        assertEquals(new RelatedRecords(null, "001A"), related(match("001A", "Account", "001A")));
        assertEquals(new RelatedRecords(null, "a01A"), related(match("a01A", "Patient__c", "001A")));
    }

    @Test
    void theBestRankedMatch_decides_whenThereAreSeveral() {
        LookupResult multiple = new LookupResult(
                "c-1",
                "default",
                LookupStatus.MULTIPLE,
                "+14155550123",
                List.of(match("00QA", "Lead", null), match("003A", "Contact", "001A")),
                "",
                Instant.EPOCH);

        assertEquals(new RelatedRecords("00QA", null), RelatedRecords.of(Optional.of(multiple)));
    }

    @Test
    void nothing_isRelated_withoutALookupOrAMatch() {
        assertEquals(RelatedRecords.NONE, RelatedRecords.of(Optional.empty()));
        assertEquals(
                RelatedRecords.NONE,
                RelatedRecords.of(Optional.of(new LookupResult(
                        "c-1", "default", LookupStatus.NONE, "+14155550123", List.of(), "", Instant.EPOCH))));
    }

    private static RelatedRecords related(CallerMatch match) {
        return RelatedRecords.of(Optional.of(new LookupResult(
                "c-1", "default", LookupStatus.MATCH, "+14155550123", List.of(match), "", Instant.EPOCH)));
    }

    private static CallerMatch match(String id, String type, String accountId) {
        return new CallerMatch(id, type, "Name", accountId, null, "Phone");
    }
}
