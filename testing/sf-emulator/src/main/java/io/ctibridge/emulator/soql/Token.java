package io.ctibridge.emulator.soql;

import java.util.Locale;

/**
 * One lexical token. {@code text} is the source text; {@code value} the decoded value of literals
 * (a {@link Literal.Str} for strings, a BigDecimal for numbers, a LocalDate or Instant for dates).
 */
public record Token(TokenType type, String text, int position, Object value) {

    public boolean isKeyword(String keyword) {
        return type == TokenType.IDENTIFIER && text.equalsIgnoreCase(keyword);
    }

    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** How Salesforce names a token in "unexpected token" messages. */
    public String describe() {
        return type == TokenType.EOF ? "<EOF>" : text;
    }
}
