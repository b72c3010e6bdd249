package io.ctibridge.emulator.sosl;

import io.ctibridge.emulator.error.QueryErrorMessage;
import io.ctibridge.emulator.soql.ClauseParser;
import io.ctibridge.emulator.soql.Condition;
import io.ctibridge.emulator.soql.FieldPath;
import io.ctibridge.emulator.soql.OrderItem;
import io.ctibridge.emulator.soql.SoqlQuery;
import io.ctibridge.emulator.soql.Token;
import io.ctibridge.emulator.soql.TokenCursor;
import io.ctibridge.emulator.soql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parses {@code FIND {term} [IN ALL|NAME|EMAIL|PHONE|SIDEBAR FIELDS] [RETURNING Obj(fields [WHERE ...]
 * [ORDER BY ...] [LIMIT n] [OFFSET n]), ...] [LIMIT n]}. The term ends at the first unescaped {@code }}; what
 * follows is lexed like SOQL, so stray characters after the braces are a MALFORMED_SEARCH.
 */
public final class SoslParser {
    public static final int MAX_LIMIT = 2000;
    private static final String MALFORMED_SEARCH = SearchTermParser.MALFORMED_SEARCH;

    private SoslParser() {}

    public static SoslQuery parse(String text) {
        int findEnd = skipFind(text);
        int open = skipWhitespace(text, findEnd);
        if (open >= text.length() || text.charAt(open) != '{') {
            throw QueryErrorMessage.error(
                    MALFORMED_SEARCH, text, open, "the search term must be enclosed in braces: FIND {term}");
        }
        int close = closingBrace(text, open);
        SearchExpr term = SearchTermParser.parse(text, open + 1, close);

        TokenCursor cursor = TokenCursor.over(text, close + 1, MALFORMED_SEARCH);
        SearchScope scope = SearchScope.ALL;
        if (cursor.acceptKeyword("IN")) {
            Token group = cursor.next();
            scope = SearchScope.parse(group.text())
                    .filter(s -> group.type() == TokenType.IDENTIFIER)
                    .orElseThrow(() -> cursor.unexpected(group));
            cursor.expectKeyword("FIELDS");
        }
        List<SoqlQuery> returning = new ArrayList<>();
        if (cursor.acceptKeyword("RETURNING")) {
            do {
                returning.add(returningObject(text, cursor));
            } while (cursor.accept(TokenType.COMMA));
        }
        int limit = MAX_LIMIT;
        if (cursor.acceptKeyword("LIMIT")) {
            limit = Math.min(MAX_LIMIT, new ClauseParser(cursor).nonNegativeInt());
        }
        cursor.expectEnd();
        return new SoslQuery(term, scope, returning, limit);
    }

    private static int skipFind(String text) {
        int start = skipWhitespace(text, 0);
        if (!text.regionMatches(true, start, "FIND", 0, 4)) {
            throw QueryErrorMessage.error(MALFORMED_SEARCH, text, start, "a search must begin with FIND");
        }
        return start + 4;
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int closingBrace(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '}') {
                return i;
            }
        }
        throw QueryErrorMessage.error(MALFORMED_SEARCH, text, open, "missing '}' after the search term");
    }

    private static SoqlQuery returningObject(String text, TokenCursor cursor) {
        Token object = cursor.expect(TokenType.IDENTIFIER);
        if (object.text().contains(".")) {
            throw cursor.unexpected(object);
        }
        List<FieldPath> fields = List.of(new FieldPath(List.of("Id"), object.position()));
        Optional<Condition> where = Optional.empty();
        List<OrderItem> orderBy = List.of();
        OptionalInt limit = OptionalInt.empty();
        OptionalInt offset = OptionalInt.empty();
        if (cursor.accept(TokenType.LPAREN)) {
            ClauseParser clauses = new ClauseParser(cursor);
            fields = clauses.fieldList();
            if (cursor.acceptKeyword("WHERE")) {
                where = Optional.of(clauses.condition());
            }
            if (cursor.acceptKeyword("ORDER")) {
                cursor.expectKeyword("BY");
                orderBy = clauses.orderBy();
            }
            if (cursor.acceptKeyword("LIMIT")) {
                limit = OptionalInt.of(clauses.nonNegativeInt());
            }
            if (cursor.acceptKeyword("OFFSET")) {
                offset = OptionalInt.of(clauses.nonNegativeInt());
            }
            cursor.expect(TokenType.RPAREN);
        }
        return new SoqlQuery(text, fields, false, object.text(), object.position(), where, orderBy, limit, offset);
    }
}
