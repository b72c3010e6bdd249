package io.ctibridge.emulator.sosl;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A parsed search term: words and phrases combined with AND, OR and AND NOT. */
public sealed interface SearchExpr {

    /**
     * A word or quoted phrase.
     *
     * @param text          the term as the user meant it (escapes removed), for messages
     * @param tokens        one pattern per word-token, matched against consecutive tokens of a text field
     * @param phoneDigits   the digits of the term (wildcards kept), matched against a phone field's digits;
     *                      empty when the term has no digits
     */
    record Leaf(String text, List<Pattern> tokens, Optional<Pattern> phoneDigits) implements SearchExpr {
        public Leaf {
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * Words written next to each other without an operator ({@code \\(415\\) 555\\-0123}, {@code Jane Doe}):
     * a record matches when every word matches, or when all of them together ({@code joined}) match one field
     * as a phrase or, in a phone field, as one number. Words without letters or digits are left out.
     */
    record Adjacent(List<Leaf> words, Leaf joined) implements SearchExpr {
        public Adjacent {
            words = List.copyOf(words);
        }
    }

    record And(SearchExpr left, SearchExpr right) implements SearchExpr {}

    record Or(SearchExpr left, SearchExpr right) implements SearchExpr {}

    record AndNot(SearchExpr left, SearchExpr right) implements SearchExpr {}
}
