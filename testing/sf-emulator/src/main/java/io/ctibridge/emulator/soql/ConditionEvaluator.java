package io.ctibridge.emulator.soql;

import java.util.Map;

/** Decides whether a record satisfies a bound WHERE condition, with SOQL's null semantics. */
public final class ConditionEvaluator {
    private final FieldReader reader;

    public ConditionEvaluator(FieldReader reader) {
        this.reader = reader;
    }

    public boolean test(BoundCondition condition, Map<String, Object> record) {
        return switch (condition) {
            case BoundCondition.All all -> all.operands().stream().allMatch(c -> test(c, record));
            case BoundCondition.Any any -> any.operands().stream().anyMatch(c -> test(c, record));
            case BoundCondition.Not not -> !test(not.operand(), record);
            case BoundCondition.Compare compare -> compare(compare, reader.read(record, compare.field()));
            case BoundCondition.Like like -> {
                Object value = reader.read(record, like.field());
                yield value != null && like.pattern().matcher(value.toString()).matches();
            }
            case BoundCondition.In in -> in.negated() != contains(in, reader.read(record, in.field()));
            case BoundCondition.DayRange range -> inRange(range, reader.read(record, range.field()));
        };
    }

    private static boolean compare(BoundCondition.Compare compare, Object value) {
        Object literal = compare.value();
        return switch (compare.operator()) {
            case EQ -> equal(compare.field(), value, literal);
            // In SOQL a null field is "not equal" to any value, so != includes records where it is empty.
            case NE -> !equal(compare.field(), value, literal);
            case LT, GT, LE, GE ->
                value != null
                        && literal != null
                        && ordered(
                                compare.operator(),
                                Values.compare(compare.field().type(), value, literal));
            case LIKE -> throw new IllegalStateException("LIKE is bound separately");
        };
    }

    private static boolean equal(FieldRef field, Object value, Object literal) {
        if (value == null || literal == null) {
            return value == literal;
        }
        return Values.compare(field.type(), value, literal) == 0;
    }

    private static boolean ordered(Condition.Operator operator, int comparison) {
        return switch (operator) {
            case LT -> comparison < 0;
            case GT -> comparison > 0;
            case LE -> comparison <= 0;
            case GE -> comparison >= 0;
            default -> throw new IllegalArgumentException(operator.symbol());
        };
    }

    private static boolean contains(BoundCondition.In in, Object value) {
        return in.values().stream().anyMatch(literal -> equal(in.field(), value, literal));
    }

    private static boolean inRange(BoundCondition.DayRange range, Object value) {
        if (value == null) {
            return range.operator() == Condition.Operator.NE;
        }
        String v = value.toString();
        boolean atOrAfterStart = v.compareTo(range.from()) >= 0;
        boolean beforeEnd = v.compareTo(range.toExclusive()) < 0;
        return switch (range.operator()) {
            case EQ -> atOrAfterStart && beforeEnd;
            case NE -> !(atOrAfterStart && beforeEnd);
            case LT -> !atOrAfterStart;
            case LE -> beforeEnd;
            case GT -> !beforeEnd;
            case GE -> atOrAfterStart;
            case LIKE -> false;
        };
    }
}
