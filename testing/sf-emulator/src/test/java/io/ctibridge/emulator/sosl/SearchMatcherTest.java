package io.ctibridge.emulator.sosl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchMatcherTest {

    private static SearchExpr.Leaf leaf(String term) {
        return (SearchExpr.Leaf) SearchTermParser.parse(term);
    }

    @Test
    void phone_matchesByDigitsWhateverTheFormatting() {
        assertTrue(SearchMatcher.phoneMatches(leaf("4155550123"), "(415) 555-0123"));
        assertTrue(SearchMatcher.phoneMatches(leaf("4155550123"), "415.555.0123"));
        assertTrue(SearchMatcher.phoneMatches(leaf("14155550123"), "+1 415 555 0123"));
        assertTrue(SearchMatcher.phoneMatches(leaf("442079460958"), "+44 20 7946 0958"));
    }

    @Test
    void phone_doesNotMatchOtherDigits_prefixesOrSuffixes() {
        assertFalse(SearchMatcher.phoneMatches(leaf("4155550124"), "(415) 555-0123"));
        assertFalse(SearchMatcher.phoneMatches(leaf("5550123"), "(415) 555-0123"));
        assertFalse(SearchMatcher.phoneMatches(leaf("4155550123"), "+1 415 555 0123"));
        assertFalse(SearchMatcher.phoneMatches(leaf("Jane"), "(415) 555-0123"));
    }

    @Test
    void phone_supportsDigitWildcards() {
        assertTrue(SearchMatcher.phoneMatches(leaf("415555*"), "(415) 555-0123"));
        assertTrue(SearchMatcher.phoneMatches(leaf("415555012?"), "(415) 555-0123"));
        assertFalse(SearchMatcher.phoneMatches(leaf("41555501?"), "(415) 555-0123"));
    }

    @Test
    void text_matchesWholeTokensCaseInsensitively() {
        assertTrue(SearchMatcher.textMatches(leaf("acme"), "Acme Robotics"));
        assertTrue(SearchMatcher.textMatches(leaf("Müller"), "Hanna MÜLLER"));
        assertFalse(SearchMatcher.textMatches(leaf("acm"), "Acme Robotics"));
        assertTrue(SearchMatcher.textMatches(leaf("acm*"), "Acme Robotics"));
        assertTrue(SearchMatcher.textMatches(leaf("\"acme robotics\""), "Acme  Robotics, Inc."));
        assertFalse(SearchMatcher.textMatches(leaf("\"robotics acme\""), "Acme Robotics"));
    }
}
