package io.ctibridge.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.config.FieldFilter;
import io.ctibridge.core.config.FilterOperator;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.ScalarValue;
import io.ctibridge.core.config.SearchTarget;
import io.ctibridge.core.phone.CallerNumber;
import io.ctibridge.core.phone.CallerNumberClassifier;
import io.ctibridge.core.salesforce.api.ParameterizedSearch;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesforceCallerSearchTest {

    private static final CallerNumber.Valid LONDON =
            (CallerNumber.Valid) new CallerNumberClassifier("US", List.of()).classify("+442079460958", null);

    @Test
    void batchRequests_searchesSixtySixNumbersTogether_withTheDefaultProfile_thenStartsAnotherSearch() {
        List<CallerNumber.Valid> callers = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> (CallerNumber.Valid)
                        new CallerNumberClassifier("US", List.of()).classify("+1415555%04d".formatted(1000 + i), null))
                .toList();

        List<ParameterizedSearch> requests = SalesforceCallerSearch.batchRequests(callers, Profile.defaults("test"));

        assertEquals(2, requests.size(), "10 matches x 3 objects per number: 66 numbers fill the overall 2000");
        assertEquals(2000 - 20, requests.getFirst().overallLimit());
        assertEquals(660, requests.getFirst().sobjects().getFirst().limit(), "each number keeps its 10 per object");
        assertEquals(34 * 10, requests.getLast().sobjects().getFirst().limit());
        assertTrue(requests.getFirst().q().startsWith("14155551000 OR 4155551000 OR 14155551001 OR "));
        assertTrue(requests.getLast().q().endsWith(" OR 14155551099 OR 4155551099"));
    }

    @Test
    void batchRequests_keepsEachSearchTextUnderSalesforcesLimitForOperators() {
        Profile d = Profile.defaults("test");
        Profile oneMatch = new Profile(
                d.profile(),
                d.defaultRegion(),
                d.systemNumbers(),
                d.lookupDeadlineMs(),
                d.popTokenTtlSeconds(),
                d.contactStateTtlSeconds(),
                1,
                List.of(SearchTarget.DEFAULTS.getFirst()),
                d.tieBreak(),
                d.popRules(),
                d.callLog());
        List<CallerNumber.Valid> callers = java.util.stream.IntStream.range(0, 400)
                .mapToObj(i -> (CallerNumber.Valid)
                        new CallerNumberClassifier("US", List.of()).classify("+1415555%04d".formatted(1000 + i), null))
                .toList();

        List<ParameterizedSearch> requests = SalesforceCallerSearch.batchRequests(callers, oneMatch);

        assertEquals(3, requests.size(), "25 characters and an OR per number: 138 numbers per 4000 characters");
        requests.forEach(request -> assertTrue(
                request.q().length() <= SalesforceCallerSearch.MAX_TERM_LENGTH,
                "length " + request.q().length()));
    }

    @Test
    void request_searchesEveryDigitFormOfTheNumber_inPhoneFields() {
        ParameterizedSearch request = SalesforceCallerSearch.request(LONDON, Profile.defaults("test"));
        assertEquals("442079460958 OR 02079460958 OR 2079460958", request.q());
        assertEquals(ParameterizedSearch.SearchGroup.PHONE, request.in());
    }

    @Test
    void request_coversAllTargetsInOneRequest_withTheirFieldsAndFilters() {
        ParameterizedSearch request = SalesforceCallerSearch.request(LONDON, Profile.defaults("test"));
        assertEquals(
                List.of("Contact", "Lead", "Account"),
                request.sobjects().stream()
                        .map(ParameterizedSearch.Target::name)
                        .toList());
        ParameterizedSearch.Target contact = request.sobjects().getFirst();
        assertTrue(
                contact.fields()
                        .containsAll(List.of(
                                "Id",
                                "Name",
                                "Phone",
                                "MobilePhone",
                                "HomePhone",
                                "OtherPhone",
                                "AccountId",
                                "Account.Name",
                                "LastModifiedDate")),
                contact.fields().toString());
        assertEquals("IsConverted = false", request.sobjects().get(1).where());
        assertEquals(10, contact.limit());
        assertEquals(30, request.overallLimit());
    }

    @Test
    void where_escapesStringValues_soConfigurationCannotInjectSoql() {
        String where = SoqlFilters.where(List.of(
                new FieldFilter("Status", FilterOperator.NOT_EQUALS, ScalarValue.of("Closed' OR Name != '")),
                new FieldFilter(
                        "NumberOfEmployees",
                        FilterOperator.GREATER_THAN,
                        new ScalarValue.Decimal(new BigDecimal("1E+3"))),
                new FieldFilter("Email", FilterOperator.EQUALS, ScalarValue.NULL)));
        assertEquals("Status != 'Closed\\' OR Name != \\'' AND NumberOfEmployees > 1000 AND Email = null", where);
    }

    @Test
    void request_usesCustomObjectTargets() {
        SearchTarget patients = new SearchTarget(
                "Patient__c", 1, List.of("Mobile__c"), "Full_Name__c", "Account__c", List.of(), List.of());
        Profile profile = new Profile("clinic", null, null, 3000, 900, 86400, 5, List.of(patients), null, null, null);
        ParameterizedSearch.Target target =
                SalesforceCallerSearch.request(LONDON, profile).sobjects().getFirst();
        assertEquals("Patient__c", target.name());
        assertTrue(target.fields().containsAll(List.of("Mobile__c", "Full_Name__c", "Account__c", "Account__r.Name")));
    }
}
