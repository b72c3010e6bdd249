package io.ctibridge.emulator.soql;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parses {@code SELECT fields FROM Object [WHERE cond] [WITH ...] [ORDER BY ...] [LIMIT n] [OFFSET n]}.
 * Syntax only: whether objects and fields exist is checked by {@link QueryBinder}.
 */
public final class SoqlParser {
    public static final String MALFORMED_QUERY = "MALFORMED_QUERY";

    private SoqlParser() {}

    public static SoqlQuery parse(String text) {
        TokenCursor cursor = TokenCursor.over(text, 0, MALFORMED_QUERY);
        ClauseParser clauses = new ClauseParser(cursor);
        cursor.expectKeyword("SELECT");
        boolean countOnly = false;
        List<FieldPath> fields = List.of();
        if (cursor.peek().isKeyword("COUNT")
                && cursor.peek(1).type() == TokenType.LPAREN
                && cursor.peek(2).type() == TokenType.RPAREN) {
            cursor.next();
            cursor.next();
            cursor.next();
            countOnly = true;
        } else {
            fields = clauses.fieldList();
        }
        cursor.expectKeyword("FROM");
        Token object = cursor.expect(TokenType.IDENTIFIER);
        if (object.text().contains(".")) {
            throw cursor.unexpected(object);
        }
        Optional<Condition> where = cursor.acceptKeyword("WHERE") ? Optional.of(clauses.condition()) : Optional.empty();
        if (cursor.acceptKeyword("WITH")) {
            // Sharing modes change nothing in an org without sharing rules; accept them so clients can send them.
            Token mode = cursor.next();
            if (!(mode.isKeyword("SECURITY_ENFORCED")
                    || mode.isKeyword("USER_MODE")
                    || mode.isKeyword("SYSTEM_MODE"))) {
                throw cursor.unexpected(mode);
            }
        }
        if (cursor.atKeyword("GROUP")) {
            throw cursor.error(cursor.peek().position(), "GROUP BY is not supported by the emulator");
        }
        List<OrderItem> orderBy = List.of();
        if (cursor.acceptKeyword("ORDER")) {
            cursor.expectKeyword("BY");
            orderBy = clauses.orderBy();
        }
        OptionalInt limit =
                cursor.acceptKeyword("LIMIT") ? OptionalInt.of(clauses.nonNegativeInt()) : OptionalInt.empty();
        OptionalInt offset =
                cursor.acceptKeyword("OFFSET") ? OptionalInt.of(clauses.nonNegativeInt()) : OptionalInt.empty();
        cursor.expectEnd();
        return new SoqlQuery(text, fields, countOnly, object.text(), object.position(), where, orderBy, limit, offset);
    }
}
