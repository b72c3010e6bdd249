package io.ctibridge.emulator.soql;

import io.ctibridge.emulator.error.QueryErrorMessage;
import io.ctibridge.emulator.error.SalesforceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits SOQL text (or the part of a SOSL query after the search term) into tokens, on demand, so the parser
 * reports the first problem in reading order. String literals are decoded here with SOQL's escapes, so an
 * unescaped quote ends the literal exactly where Salesforce would end it.
 */
public final class Lexer {
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:?\\d{2}))?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private final String text;
    private final String errorCode;
    private int pos;

    /**
     * @param text      the whole query text (positions in errors refer to it)
     * @param start     where lexing begins
     * @param errorCode MALFORMED_QUERY for SOQL, MALFORMED_SEARCH for SOSL
     */
    public Lexer(String text, int start, String errorCode) {
        this.text = text;
        this.pos = start;
        this.errorCode = errorCode;
    }

    /** The next token; EOF (again and again) at the end. */
    public Token nextToken() {
        skipWhitespace();
        if (pos >= text.length()) {
            return new Token(TokenType.EOF, "", pos, null);
        }
        return next();
    }

    private void skipWhitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        if (Character.isLetter(c) || c == '_') {
            return identifier(start);
        }
        if (Character.isDigit(c) || (c == '-' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return numberOrDate(start);
        }
        return switch (c) {
            case '\'' -> string(start);
            case '(' -> single(TokenType.LPAREN, start);
            case ')' -> single(TokenType.RPAREN, start);
            case ',' -> single(TokenType.COMMA, start);
            case '=' -> single(TokenType.EQ, start);
            case '!' -> expectEquals(start);
            case '<' -> lessThan(start);
            case '>' -> greaterThan(start);
            default -> throw error(start, "unexpected token: '" + c + "'");
        };
    }

    private Token identifier(int start) {
        // Dots belong to the identifier: a field path like Account.Name is one token, split by the parser.
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                pos++;
            } else {
                break;
            }
        }
        return new Token(TokenType.IDENTIFIER, text.substring(start, pos), start, null);
    }

    private Token numberOrDate(int start) {
        Matcher date = DATE_TIME.matcher(text).region(start, text.length());
        if (date.lookingAt() && !continuesWord(date.end())) {
            pos = date.end();
            String literal = date.group();
            try {
                if (literal.length() == 10) {
                    return new Token(TokenType.DATE, literal, start, LocalDate.parse(literal));
                }
                Instant instant = OffsetDateTime.parse(literal.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"))
                        .toInstant();
                return new Token(TokenType.DATETIME, literal, start, instant);
            } catch (DateTimeParseException e) {
                throw error(start, "line 1:" + start + " no viable alternative at character '" + literal + "'");
            }
        }
        Matcher number = NUMBER.matcher(text).region(start, text.length());
        if (number.lookingAt() && !continuesWord(number.end())) {
            pos = number.end();
            return new Token(TokenType.NUMBER, number.group(), start, new BigDecimal(number.group()));
        }
        throw error(start, "unexpected token: '" + text.substring(start, wordEnd(start)) + "'");
    }

    private boolean continuesWord(int end) {
        return end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_');
    }

    private int wordEnd(int start) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private Token string(int start) {
        pos++; // opening quote
        StringLiteralBuilder literal = new StringLiteralBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                return new Token(TokenType.STRING, text.substring(start, pos), start, literal.build());
            }
            if (c == '\\') {
                escape(literal);
            } else {
                literal.plain(c);
            }
        }
        throw error(start, "unexpected token: <EOF>: unterminated string literal");
    }

    private void escape(StringLiteralBuilder literal) {
        if (pos >= text.length()) {
            throw error(pos - 1, "Invalid string literal: ends with an escape character");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case 'n', 'N' -> literal.plain('\n');
            case 'r', 'R' -> literal.plain('\r');
            case 't', 'T' -> literal.plain('\t');
            case 'b', 'B' -> literal.plain('\b');
            case 'f', 'F' -> literal.plain('\f');
            case '\'', '"', '\\' -> literal.plain(c);
            // \% and \_ are a literal % or _ in a LIKE pattern, not wildcards.
            case '%', '_' -> literal.escapedWildcard(c);
            case 'u' -> literal.plain(unicodeEscape());
            default -> throw error(pos - 2, "Invalid string literal: illegal escape sequence '\\" + c + "'");
        }
    }

    private char unicodeEscape() {
        if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
            throw error(pos - 2, "Invalid string literal: \\u must be followed by four hex digits");
        }
        char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
        pos += 4;
        return c;
    }

    private Token single(TokenType type, int start) {
        pos++;
        return new Token(type, text.substring(start, pos), start, null);
    }

    private Token expectEquals(int start) {
        if (pos + 1 < text.length() && text.charAt(pos + 1) == '=') {
            pos += 2;
            return new Token(TokenType.NE, "!=", start, null);
        }
        throw error(start, "unexpected token: '!'");
    }

    private Token lessThan(int start) {
        pos++;
        if (pos < text.length() && text.charAt(pos) == '=') {
            pos++;
            return new Token(TokenType.LE, "<=", start, null);
        }
        if (pos < text.length() && text.charAt(pos) == '>') {
            pos++;
            return new Token(TokenType.NE, "<>", start, null);
        }
        return new Token(TokenType.LT, "<", start, null);
    }

    private Token greaterThan(int start) {
        pos++;
        if (pos < text.length() && text.charAt(pos) == '=') {
            pos++;
            return new Token(TokenType.GE, ">=", start, null);
        }
        return new Token(TokenType.GT, ">", start, null);
    }

    private SalesforceException error(int at, String detail) {
        return QueryErrorMessage.error(errorCode, text, at, detail);
    }

    /** Builds the decoded value and, alongside it, the regular expression the literal means in a LIKE. */
    private static final class StringLiteralBuilder {
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder likeRegex = new StringBuilder();

        void plain(char c) {
            value.append(c);
            switch (c) {
                case '%' -> likeRegex.append(".*");
                case '_' -> likeRegex.append('.');
                default -> likeRegex.append(Pattern.quote(String.valueOf(c)));
            }
        }

        void escapedWildcard(char c) {
            value.append(c);
            likeRegex.append(Pattern.quote(String.valueOf(c)));
        }

        Literal.Str build() {
            return new Literal.Str(
                    value.toString(),
                    Pattern.compile(
                            likeRegex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL),
                    0);
        }
    }
}
