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
