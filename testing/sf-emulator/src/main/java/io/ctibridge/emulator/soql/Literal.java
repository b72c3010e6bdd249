package io.ctibridge.emulator.soql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** A literal value in a condition, with its position for errors. */
public sealed interface Literal {
    int position();

    /** A string literal; {@code like} is what it means as a LIKE pattern (escaped % and _ are literal). */
    record Str(String value, Pattern like, int position) implements Literal {}

    record Num(BigDecimal value, int position) implements Literal {}

    record Bool(boolean value, int position) implements Literal {}

    record Null(int position) implements Literal {}

    record Date(LocalDate value, int position) implements Literal {}

    record DateTime(Instant value, int position) implements Literal {}

    /** A named day: TODAY, YESTERDAY, TOMORROW (resolved against the emulator's clock, in UTC). */
    record NamedDay(String name, int position) implements Literal {}
}
