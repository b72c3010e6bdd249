package io.ctibridge.core.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoslTest {

    @Test
    void escapeTerm_escapesEveryReservedCharacter() {
        assertEquals(
                "\\?\\&\\|\\!\\{\\}\\[\\]\\(\\)\\^\\~\\*\\:\\\\\\\"\\'\\+\\-",
                Sosl.escapeTerm("?&|!{}[]()^~*:\\\"'+-"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "+1 (415) 555-0123   | \\+1 \\(415\\) 555\\-0123",
                "4155550123*         | 4155550123\\*",
                "41?5                | 41\\?5",
                "x} RETURNING User { | x\\} RETURNING User \\{",
                "O'Brien \"Jr\"      | O\\'Brien \\\"Jr\\\"",
                "a\\b                | a\\\\b",
                "Zoë 李              | Zoë 李",
            })
    void escapeTerm_makesCallerInputLiteral(String input, String expected) {
        assertEquals(expected, Sosl.escapeTerm(input.strip()));
    }

    @Test
    void escapeTerm_cannotBreakOutOfTheFindBraces() {
        String term = Sosl.escapeTerm("0} IN ALL FIELDS RETURNING User(Id) FIND {x");
        assertEquals(-1, term.replace("\\}", "").replace("\\{", "").indexOf('}'));
        assertEquals(-1, term.replace("\\}", "").replace("\\{", "").indexOf('{'));
    }

    @Test
    void escapeTerm_leavesWordOperators_whilePhraseNeutralisesThem() {
        assertEquals("a OR b", Sosl.escapeTerm("a OR b"));
        assertEquals("\"a OR b AND NOT c\"", Sosl.phrase("a OR b AND NOT c"));
        assertEquals("\"say \\\"hi\\\"\"", Sosl.phrase("say \"hi\""));
    }
}
