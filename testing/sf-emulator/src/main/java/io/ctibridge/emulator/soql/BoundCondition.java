package io.ctibridge.emulator.soql;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A WHERE condition checked against the schema, its literals converted to the stored form of the field's type
 * (15-character keys for ids, BigDecimal for numbers, wire strings for dates).
 */
public sealed interface BoundCondition {

    record All(List<BoundCondition> operands) implements BoundCondition {}

    record Any(List<BoundCondition> operands) implements BoundCondition {}

    record Not(BoundCondition operand) implements BoundCondition {}

    /** {@code value} is null for {@code = null} / {@code != null}. */
    record Compare(FieldRef field, Condition.Operator operator, Object value) implements BoundCondition {}

    record Like(FieldRef field, Pattern pattern) implements BoundCondition {}

    record In(FieldRef field, boolean negated, List<Object> values) implements BoundCondition {}

    /** A date-time field against a whole day ({@code CreatedDate = TODAY}): [from, toExclusive). */
    record DayRange(FieldRef field, Condition.Operator operator, String from, String toExclusive)
            implements BoundCondition {}
}
