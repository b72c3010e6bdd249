package io.ctibridge.core.salesforce.api;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterizedSearchTest {

    @Test
    void rejectsABlankSearchString() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ParameterizedSearch.of(" ", ParameterizedSearch.SearchGroup.PHONE, List.of()));
    }

    @Test
    void rejectsInvalidObjectAndFieldNames_soConfigurationCannotInjectSosl() {
        assertThrows(IllegalArgumentException.class, () -> ParameterizedSearch.Target.of("Contact(Id)", List.of("Id")));
        assertThrows(
                IllegalArgumentException.class, () -> ParameterizedSearch.Target.of("Contact", List.of("Id, Name")));
    }

    @Test
    void rejectsLimitsOutOfRange() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ParameterizedSearch.Target.of("Contact", List.of("Id")).withLimit(0));
        assertThrows(
                IllegalArgumentException.class,
                () -> ParameterizedSearch.of("x", ParameterizedSearch.SearchGroup.PHONE, List.of())
                        .withOverallLimit(2001));
    }
}
