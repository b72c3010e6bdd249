package io.ctibridge.core.calllog.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Task related to the record a contact-flow operation found or created (issue 18, {@code relateCallLog}). */
class RelatedRecordsOperationTest {

    private static final Optional<String> CASE = Optional.of("500A");

    @Test
    void theOperationsRecord_isTheWhat_andTheCallersContactStaysTheWho() {
        assertEquals(new RelatedRecords("003A", "500A"), RelatedRecords.of(lookup("003A", "Contact", "001A"), CASE));
    }

    @Test
    void theOperationsRecord_replacesAnAccountMatchAsTheWhat() {
        assertEquals(new RelatedRecords(null, "500A"), RelatedRecords.of(lookup("001A", "Account", null), CASE));
    }

    @Test
    void aCallerNobodyMatched_getsTheOperationsRecordAsTheWhat() {
        assertEquals(new RelatedRecords(null, "500A"), RelatedRecords.of(Optional.empty(), CASE));
    }

    @Test
    void aLead_keepsTheTaskWithoutAWhat_whateverTheOperationFound() {
        assertEquals(new RelatedRecords("00QA", null), RelatedRecords.of(lookup("00QA", "Lead", null), CASE));
    }

    @Test
    void withoutAnOperationsRecord_theLookupDecidesAsBefore() {
        Optional<LookupResult> contact = lookup("003A", "Contact", "001A");
        assertEquals(RelatedRecords.of(contact), RelatedRecords.of(contact, Optional.empty()));
    }

    private static Optional<LookupResult> lookup(String id, String object, String accountId) {
        return Optional.of(new LookupResult(
                "c-1",
                "support",
                LookupStatus.MATCH,
                "+14155550199",
                List.of(new CallerMatch(id, object, "Name", accountId, null, "Phone")),
                "",
                Instant.now()));
    }
}
