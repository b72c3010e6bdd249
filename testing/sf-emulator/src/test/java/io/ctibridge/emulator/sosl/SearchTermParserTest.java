package io.ctibridge.emulator.sosl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.emulator.error.SalesforceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTermParserTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+14155550123",
                "415-555-0123",
                "O'Brien",
                "a&b",
                "a|b",
                "wow!",
                "x^2",
                "fuzzy~",
                "key:value",
                "[x]",
                "{x",
                "a\"b"
            })
    void parse_refusesUnescapedReservedCharacters(String term) {
        SalesforceException e = assertThrows(SalesforceException.class, () -> SearchTermParser.parse(term));

        assertEquals("MALFORMED_SEARCH", e.errorCode());
    }

    @Test
    void parse_acceptsEscapedReservedCharacters_asLiterals() {
        SearchExpr.Leaf leaf =
                assertInstanceOf(SearchExpr.Leaf.class, SearchTermParser.parse("\\+1\\(415\\)555\\-0123"));

        assertEquals("+1(415)555-0123", leaf.text());
        assertTrue(leaf.phoneDigits().orElseThrow().matcher("14155550123").matches());
    }

    @Test
    void parse_refusesTermsShorterThanTwoCharacters() {
        assertThrows(SalesforceException.class, () -> SearchTermParser.parse("a"));
        assertThrows(SalesforceException.class, () -> SearchTermParser.parse("a*"));
        assertThrows(SalesforceException.class, () -> SearchTermParser.parse("\\-"));
    }

    @Test
    void parse_buildsOperatorsWithAndNotBindingTighterThanOr() {
        SearchExpr expr = SearchTermParser.parse("jane OR john AND NOT smith");

        SearchExpr.Or or = assertInstanceOf(SearchExpr.Or.class, expr);
        assertInstanceOf(SearchExpr.AndNot.class, or.right());
    }

    @Test
    void parse_keepsQuotedOperatorsAsWords_andGroupsAdjacentWords() {
        assertInstanceOf(SearchExpr.Leaf.class, SearchTermParser.parse("\"and\""));
        SearchExpr.Adjacent adjacent = assertInstanceOf(SearchExpr.Adjacent.class, SearchTermParser.parse("Jane Doe"));
        assertEquals(2, adjacent.words().size());
    }

    @Test
    void parse_refusesUnbalancedParenthesesAndQuotes() {
        assertThrows(SalesforceException.class, () -> SearchTermParser.parse("(jane OR john"));
        assertThrows(SalesforceException.class, () -> SearchTermParser.parse("\"jane doe"));
        assertThrows(SalesforceException.class, () -> SearchTermParser.parse("jane OR"));
    }
}
