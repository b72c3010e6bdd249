package io.ctibridge.core.config;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON scalar in a profile: filter values, default field values, Task field values. Typed, so that whoever
 * writes it into a query or a request renders each kind correctly (a quoted and escaped string, a bare number,
 * {@code true}/{@code false}, {@code null}).
 */
@JsonDeserialize(using = ScalarValue.Reader.class)
public sealed interface ScalarValue {

    Null NULL = new Null();

    /** The plain Java value: {@link String}, {@link BigDecimal}, {@link Boolean} or {@code null}. */
    @JsonValue
    Object raw();

    static ScalarValue of(String value) {
        return new Text(value);
    }

    static ScalarValue of(boolean value) {
        return new Bool(value);
    }

    static ScalarValue of(long value) {
        return new Decimal(BigDecimal.valueOf(value));
    }

    record Text(String value) implements ScalarValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object raw() {
            return value;
        }
    }

    record Decimal(BigDecimal value) implements ScalarValue {
        public Decimal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object raw() {
            return value;
        }
    }

    record Bool(boolean value) implements ScalarValue {
        @Override
        public Object raw() {
            return value;
        }
    }

    record Null() implements ScalarValue {
        @Override
        public Object raw() {
            return null;
        }
    }

    /** Reads any JSON scalar; rejects arrays and objects with the path of the bad value. */
    final class Reader extends StdDeserializer<ScalarValue> {

        Reader() {
            super(ScalarValue.class);
        }

        @Override
        public ScalarValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return switch (parser.currentToken()) {
                case VALUE_STRING -> new Text(parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Decimal(parser.getDecimalValue());
                case VALUE_TRUE -> new Bool(true);
                case VALUE_FALSE -> new Bool(false);
                case VALUE_NULL -> NULL;
                default ->
                    (ScalarValue) context.reportInputMismatch(
                            this,
                            "expected a string, number, boolean or null, not %s",
                            parser.currentToken().asString());
            };
        }

        /** An explicit JSON {@code null} is a value (SOQL {@code = null}). */
        @Override
        public ScalarValue getNullValue(DeserializationContext context) {
            return NULL;
        }

        /** A missing value stays {@code null}, so that the validator can ask for it. */
        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
