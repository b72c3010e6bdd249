package io.ctibridge.emulator.soql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the clauses SOQL shares with SOSL's RETURNING and parameterizedSearch: field lists, WHERE conditions,
 * ORDER BY and integer limits. One instance per token cursor.
 */
public final class ClauseParser {
    private static final Set<String> RESERVED = Set.of(
            "SELECT",
            "FROM",
            "WHERE",
            "AND",
            "OR",
            "NOT",
            "LIKE",
            "IN",
            "ORDER",
            "BY",
            "LIMIT",
            "OFFSET",
            "NULL",
            "TRUE",
            "FALSE",
            "ASC",
            "DESC",
            "NULLS",
            "FIRST",
            "LAST",
            "WITH",
            "GROUP",
            "HAVING",
            "INCLUDES",
            "EXCLUDES",
            "RETURNING",
            "FIND");

    private final TokenCursor cursor;

    public ClauseParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** {@code f1, f2, Rel.f3}: stops before the first token that is not part of the list. */
    public List<FieldPath> fieldList() {
        List<FieldPath> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        do {
            if (cursor.at(TokenType.LPAREN)) {
                throw cursor.error(
                        cursor.peek().position(), "child relationship subqueries are not supported by the emulator");
            }
            FieldPath field = fieldPath();
            if (!seen.add(field.text().toLowerCase(Locale.ROOT))) {
                throw cursor.error(field.position(), "duplicate field selected: " + field.text());
            }
            fields.add(field);
        } while (cursor.accept(TokenType.COMMA));
        return fields;
    }

    public FieldPath fieldPath() {
        Token token = cursor.peek();
        if (token.type() != TokenType.IDENTIFIER
                || RESERVED.contains(token.upper())
                || token.text().startsWith(".")
                || token.text().endsWith(".")
                || token.text().contains("..")) {
            throw cursor.unexpected(token);
        }
        cursor.next();
        return FieldPath.of(token.text(), token.position());
    }

    /**
     * A WHERE condition. As in SOQL, AND and OR cannot be mixed at one level without parentheses:
     * {@code a = 1 AND b = 2 OR c = 3} is a MALFORMED_QUERY, not a precedence guess.
     */
    public Condition condition() {
        Condition first = unary();
        String joiner = null;
        List<Condition> operands = new ArrayList<>(List.of(first));
        while (cursor.atKeyword("AND") || cursor.atKeyword("OR")) {
            Token operator = cursor.peek();
            if (joiner != null && !joiner.equals(operator.upper())) {
                throw cursor.unexpected(operator);
            }
            cursor.next();
            joiner = operator.upper();
            operands.add(unary());
        }
        if (joiner == null) {
            return first;
        }
        return joiner.equals("AND") ? new Condition.And(operands) : new Condition.Or(operands);
    }

    private Condition unary() {
        if (cursor.acceptKeyword("NOT")) {
            return new Condition.Not(unary());
        }
        if (cursor.accept(TokenType.LPAREN)) {
            Condition inner = condition();
            cursor.expect(TokenType.RPAREN);
            return inner;
        }
        return simple();
    }

    private Condition simple() {
        FieldPath field = fieldPath();
        Token operator = cursor.peek();
        if (operator.isKeyword("LIKE")) {
            cursor.next();
            return new Condition.Compare(field, Condition.Operator.LIKE, literal());
        }
        if (operator.isKeyword("IN")) {
            cursor.next();
            return new Condition.In(field, false, literalList());
        }
        if (operator.isKeyword("NOT")) {
            cursor.next();
            cursor.expectKeyword("IN");
            return new Condition.In(field, true, literalList());
        }
        if (operator.isKeyword("INCLUDES") || operator.isKeyword("EXCLUDES")) {
            throw cursor.error(operator.position(), operator.upper() + " is not supported by the emulator");
        }
        Condition.Operator op = switch (operator.type()) {
            case EQ -> Condition.Operator.EQ;
            case NE -> Condition.Operator.NE;
            case LT -> Condition.Operator.LT;
            case GT -> Condition.Operator.GT;
            case LE -> Condition.Operator.LE;
            case GE -> Condition.Operator.GE;
            default -> throw cursor.unexpected(operator);
        };
        cursor.next();
        return new Condition.Compare(field, op, literal());
    }

    private List<Literal> literalList() {
        cursor.expect(TokenType.LPAREN);
        if (cursor.atKeyword("SELECT")) {
            throw cursor.error(cursor.peek().position(), "semi-join subqueries are not supported by the emulator");
        }
        List<Literal> values = new ArrayList<>();
        do {
            values.add(literal());
        } while (cursor.accept(TokenType.COMMA));
        cursor.expect(TokenType.RPAREN);
        return values;
    }

    private Literal literal() {
        Token token = cursor.next();
        int at = token.position();
        return switch (token.type()) {
            case STRING -> {
                Literal.Str decoded = (Literal.Str) token.value();
                yield new Literal.Str(decoded.value(), decoded.like(), at);
            }
            case NUMBER -> new Literal.Num((BigDecimal) token.value(), at);
            case DATE -> new Literal.Date((LocalDate) token.value(), at);
            case DATETIME -> new Literal.DateTime((Instant) token.value(), at);
            case IDENTIFIER ->
                switch (token.upper()) {
                    case "NULL" -> new Literal.Null(at);
                    case "TRUE" -> new Literal.Bool(true, at);
                    case "FALSE" -> new Literal.Bool(false, at);
                    case "TODAY", "YESTERDAY", "TOMORROW" -> new Literal.NamedDay(token.upper(), at);
                    default -> throw cursor.unexpected(token);
                };
            default -> throw cursor.unexpected(token);
        };
    }

    /** The keys after ORDER BY. */
    public List<OrderItem> orderBy() {
        List<OrderItem> items = new ArrayList<>();
        do {
            FieldPath field = fieldPath();
            boolean descending = false;
            if (cursor.acceptKeyword("DESC")) {
                descending = true;
            } else {
                cursor.acceptKeyword("ASC");
            }
            boolean nullsLast = descending;
            if (cursor.acceptKeyword("NULLS")) {
                if (cursor.acceptKeyword("LAST")) {
                    nullsLast = true;
                } else {
                    cursor.expectKeyword("FIRST");
                    nullsLast = false;
                }
            }
            items.add(new OrderItem(field, descending, nullsLast));
        } while (cursor.accept(TokenType.COMMA));
        return items;
    }

    /** The number after LIMIT or OFFSET. */
    public int nonNegativeInt() {
        Token token = cursor.next();
        if (token.type() != TokenType.NUMBER || !token.text().matches("\\d{1,9}")) {
            throw cursor.unexpected(token);
        }
        return Integer.parseInt(token.text());
    }
}
