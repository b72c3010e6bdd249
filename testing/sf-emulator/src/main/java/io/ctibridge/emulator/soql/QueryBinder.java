package io.ctibridge.emulator.soql;

import io.ctibridge.emulator.error.QueryErrorMessage;
import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.FieldType;
import io.ctibridge.emulator.schema.ObjectSchema;
import io.ctibridge.emulator.schema.OrgSchema;
import io.ctibridge.emulator.schema.SalesforceIds;
import io.ctibridge.emulator.schema.SalesforceTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a parsed query against the org's schema, answering the errors Salesforce answers: INVALID_TYPE for an
 * unknown object, INVALID_FIELD for unknown fields and literals of the wrong type, INVALID_QUERY_FILTER_OPERATOR
 * for malformed ids.
 */
public final class QueryBinder {
    private static final int MAX_OFFSET = 2000;

    private final OrgSchema schema;
    private final Clock clock;

    public QueryBinder(OrgSchema schema, Clock clock) {
        this.schema = schema;
        this.clock = clock;
    }

    public BoundQuery bind(SoqlQuery query) {
        String text = query.text();
        ObjectSchema object = schema.object(query.objectName())
                .orElseThrow(() -> QueryErrorMessage.error(
                        "INVALID_TYPE",
                        text,
                        query.objectPosition(),
                        "sObject type '" + query.objectName()
                                + "' is not supported. If you are attempting to use a custom object, be sure to append the"
                                + " '__c' after the entity name. Please reference your WSDL or the describe call for the"
                                + " appropriate names."));
        List<FieldRef> select =
                query.fields().stream().map(f -> resolve(object, f, text)).toList();
        Optional<BoundCondition> where = query.where().map(c -> bindCondition(object, c, text));
        List<BoundQuery.Order> orderBy = query.orderBy().stream()
                .map(o -> new BoundQuery.Order(resolve(object, o.field(), text), o.descending(), o.nullsLast()))
                .toList();
        if (query.offset().isPresent() && query.offset().getAsInt() > MAX_OFFSET) {
            throw SalesforceException.badRequest(
                    "NUMBER_OUTSIDE_VALID_RANGE", "Maximum SOQL offset allowed is " + MAX_OFFSET);
        }
        return new BoundQuery(object, select, query.countOnly(), where, orderBy, query.limit(), query.offset());
    }

    /** Resolves {@code Field} or {@code Relationship.Field} (one level of parent relationship). */
    public FieldRef resolve(ObjectSchema object, FieldPath path, String text) {
        List<String> parts = path.parts();
        if (parts.size() == 1) {
            return new FieldRef(Optional.empty(), field(object, parts.getFirst(), path, text));
        }
        if (parts.size() > 2) {
            throw QueryErrorMessage.error(
                    "INVALID_FIELD",
                    text,
                    path.position(),
                    "the emulator supports one level of parent relationship, not '" + path.text() + "'");
        }
        FieldDef relationship = object.relationship(parts.getFirst())
                .orElseThrow(() -> QueryErrorMessage.error(
                        "INVALID_FIELD",
                        text,
                        path.position(),
                        "Didn't understand relationship '" + parts.getFirst()
                                + "' in field path. If you are attempting to use a custom relationship, be sure to append"
                                + " the '__r' after the custom relationship name. Please reference your WSDL or the"
                                + " describe call for the appropriate names."));
        // A polymorphic relationship (Who, What, Owner) accepts a field that exists on any of its targets.
        for (String target : relationship.referenceTo()) {
            Optional<FieldDef> field = schema.object(target).flatMap(o -> o.field(parts.get(1)));
            if (field.isPresent()) {
                return new FieldRef(Optional.of(relationship), field.get());
            }
        }
        String firstTarget = relationship.referenceTo().isEmpty()
                ? parts.getFirst()
                : relationship.referenceTo().getFirst();
        throw noSuchColumn(parts.get(1), firstTarget, path, text);
    }

    private static FieldDef field(ObjectSchema object, String name, FieldPath path, String text) {
        return object.field(name).orElseThrow(() -> noSuchColumn(name, object.name(), path, text));
    }

    private static SalesforceException noSuchColumn(String name, String objectName, FieldPath path, String text) {
        return QueryErrorMessage.error(
                "INVALID_FIELD",
                text,
                path.position(),
                "No such column '" + name
                        + "' on entity '" + objectName
                        + "'. If you are attempting to use a custom field, be sure to append"
                        + " the '__c' after the custom field name. Please reference your WSDL or the describe call for the"
                        + " appropriate names.");
    }

    public BoundCondition bindCondition(ObjectSchema object, Condition condition, String text) {
        return switch (condition) {
            case Condition.And and ->
                new BoundCondition.All(and.operands().stream()
                        .map(c -> bindCondition(object, c, text))
                        .toList());
            case Condition.Or or ->
                new BoundCondition.Any(or.operands().stream()
                        .map(c -> bindCondition(object, c, text))
                        .toList());
            case Condition.Not not -> new BoundCondition.Not(bindCondition(object, not.operand(), text));
            case Condition.Compare compare -> bindCompare(object, compare, text);
            case Condition.In in -> bindIn(object, in, text);
        };
    }

    private BoundCondition bindCompare(ObjectSchema object, Condition.Compare compare, String text) {
        FieldRef field = filterable(object, compare.field(), text);
        FieldType type = field.type();
        Condition.Operator operator = compare.operator();
        Literal literal = compare.value();
        if (operator == Condition.Operator.LIKE) {
            if (!type.isText() || type.isIdLike()) {
                throw QueryErrorMessage.error(
                        "INVALID_FIELD",
                        text,
                        compare.field().position(),
                        "Invalid operator on field '" + field.text() + "' for LIKE");
            }
            if (!(literal instanceof Literal.Str str)) {
                throw wrongType(field, literal, text);
            }
            return new BoundCondition.Like(field, str.like());
        }
        if (literal instanceof Literal.Null && operator != Condition.Operator.EQ && operator != Condition.Operator.NE) {
            throw QueryErrorMessage.error(
                    "MALFORMED_QUERY", text, literal.position(), "invalid operator for null: " + operator.symbol());
        }
        if (operator.isOrdering() && type == FieldType.BOOLEAN) {
            throw QueryErrorMessage.error(
                    "INVALID_FIELD",
                    text,
                    compare.field().position(),
                    "invalid operator on boolean field: " + field.text());
        }
        if (literal instanceof Literal.NamedDay day && type == FieldType.DATETIME) {
            LocalDate date = namedDay(day);
            return new BoundCondition.DayRange(
                    field,
                    operator,
                    SalesforceTime.format(date.atStartOfDay().toInstant(ZoneOffset.UTC)),
                    SalesforceTime.format(date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return new BoundCondition.Compare(field, operator, value(field, literal, text));
    }

    private BoundCondition bindIn(ObjectSchema object, Condition.In in, String text) {
        FieldRef field = filterable(object, in.field(), text);
        List<Object> values = new ArrayList<>();
        for (Literal literal : in.values()) {
            if (literal instanceof Literal.NamedDay && field.type() == FieldType.DATETIME) {
                throw wrongType(field, literal, text);
            }
            values.add(value(field, literal, text));
        }
        return new BoundCondition.In(field, in.negated(), values);
    }

    private FieldRef filterable(ObjectSchema object, FieldPath path, String text) {
        FieldRef field = resolve(object, path, text);
        if (!field.field().filterable()) {
            throw QueryErrorMessage.error(
                    "INVALID_FIELD",
                    text,
                    path.position(),
                    "field '" + field.text() + "' can not be filtered in a query call");
        }
        return field;
    }

    /** The literal in the stored form of the field's type; null for NULL. */
    private Object value(FieldRef field, Literal literal, String text) {
        if (literal instanceof Literal.Null) {
            return null;
        }
        FieldType type = field.type();
        return switch (literal) {
            case Literal.Str str
            when type.isIdLike() ->
                SalesforceIds.key(str.value())
                        .orElseThrow(() -> QueryErrorMessage.error(
                                "INVALID_QUERY_FILTER_OPERATOR",
                                text,
                                literal.position(),
                                "invalid ID field: " + str.value()));
            case Literal.Str str when type.isText() -> str.value();
            case Literal.Num num when type.isNumeric() -> num.value();
            case Literal.Bool bool when type == FieldType.BOOLEAN -> bool.value();
            case Literal.Date date when type == FieldType.DATE -> SalesforceTime.format(date.value());
            case Literal.NamedDay day when type == FieldType.DATE -> SalesforceTime.format(namedDay(day));
            case Literal.DateTime dateTime when type == FieldType.DATETIME -> SalesforceTime.format(dateTime.value());
            default -> throw wrongType(field, literal, text);
        };
    }

    private LocalDate namedDay(Literal.NamedDay day) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return switch (day.name()) {
            case "YESTERDAY" -> today.minusDays(1);
            case "TOMORROW" -> today.plusDays(1);
            default -> today;
        };
    }

    private static SalesforceException wrongType(FieldRef field, Literal literal, String text) {
        FieldType type = field.type();
        String expected = switch (type) {
            case INT -> "int";
            case DOUBLE, CURRENCY -> "double";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case DATETIME -> "dateTime";
            case ID, REFERENCE -> "id";
            default -> "string";
        };
        String quoting = type.isText() ? "should be enclosed in quotes" : "should not be enclosed in quotes";
        return QueryErrorMessage.error(
                "INVALID_FIELD",
                text,
                literal.position(),
                "value of filter criterion for" + " field '" + field.text() + "' must be of type " + expected + " and "
                        + quoting);
    }
}
