package io.ctibridge.emulator.soql;

import java.util.List;

/** A parsed WHERE condition, before it is checked against the object's fields. */
public sealed interface Condition {

    record And(List<Condition> operands) implements Condition {}

    record Or(List<Condition> operands) implements Condition {}

    record Not(Condition operand) implements Condition {}

    record Compare(FieldPath field, Operator operator, Literal value) implements Condition {}

    record In(FieldPath field, boolean negated, List<Literal> values) implements Condition {}

    enum Operator {
        EQ("="),
        NE("!="),
        LT("<"),
        GT(">"),
        LE("<="),
        GE(">="),
        LIKE("LIKE");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isOrdering() {
            return this == LT || this == GT || this == LE || this == GE;
        }
    }
}
