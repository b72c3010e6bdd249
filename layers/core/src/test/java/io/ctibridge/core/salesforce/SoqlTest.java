package io.ctibridge.core.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SoqlTest {

    @Test
    void quote_escapesSingleQuote_soTheLiteralCannotBeClosedEarly() {
        assertEquals("'O\\'Brien'", Soql.quote("O'Brien"));
        assertEquals("'x\\' OR Name != \\''", Soql.quote("x' OR Name != '"));
    }

    @Test
    void escape_escapesBackslashBeforeQuote_soAnEscapeCannotBeUndone() {
        // "\'" must not become "\\'" (an escaped backslash followed by a closing quote).
        assertEquals("\\\\\\'", Soql.escape("\\'"));
        assertEquals("a\\\\b", Soql.escape("a\\b"));
    }

    @Test
    void escape_escapesDoubleQuotesAndControlCharacters() {
        assertEquals("\\\"x\\\"\\n\\r\\t\\b\\f", Soql.escape("\"x\"\n\r\t\b\f"));
    }

    @Test
    void escape_leavesUnicodeAndSosLOperatorsAlone() {
        assertEquals("Zoë 李 +44 (20) * ? OR {x}", Soql.escape("Zoë 李 +44 (20) * ? OR {x}"));
    }

    @Test
    void escapeLike_escapesWildcards_soTheyMatchLiterally() {
        assertEquals("100\\%\\_done\\'", Soql.escapeLike("100%_done'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Contact", "Phone", "MobilePhone", "ns__Score__c", "Account__r", "Custom_Field__c", "a1"})
    void identifier_acceptsApiNames(String name) {
        assertEquals(name, Soql.identifier(name));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "1Phone",
                "Phone'",
                "Phone OR",
                "Name_",
                "a___b",
                "_x",
                "Phone;",
                "Name,Id",
                "Namé",
                "Account.Name"
            })
    void identifier_rejectsAnythingElse(String name) {
        assertThrows(IllegalArgumentException.class, () -> Soql.identifier(name));
    }

    @Test
    void identifier_rejectsNullAndOverlongNames() {
        assertThrows(IllegalArgumentException.class, () -> Soql.identifier(null));
        assertThrows(IllegalArgumentException.class, () -> Soql.identifier("A".repeat(81)));
    }

    @ParameterizedTest
    @CsvSource({"Account.Name", "Owner.Manager.Email", "Phone", "ns__Rel__r.Field__c"})
    void fieldPath_acceptsRelationshipPaths(String path) {
        assertEquals(path, Soql.fieldPath(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Account.", ".Name", "Account..Name", "Account.Name'", "Account Name"})
    void fieldPath_rejectsBrokenPaths(String path) {
        assertThrows(IllegalArgumentException.class, () -> Soql.fieldPath(path));
    }
}
