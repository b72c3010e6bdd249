package io.ctibridge.core.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ctibridge.core.config.FlowInput;
import io.ctibridge.core.config.FlowOperation;
import io.ctibridge.core.config.InputType;
import io.ctibridge.core.config.OperationKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputBinderTest {

    @Test
    void bind_readsOnlyTheDeclaredInputs_strippingSpaces() {
        InputBinder.Result result = InputBinder.bind(
                operation(new FlowInput(InputType.DIGITS, null, 5, 10, null)),
                Map.of("value", " 00012345 ", "Subject", "injected"));

        assertEquals(new InputBinder.Bound(Map.of("value", "00012345")), result);
    }

    @Test
    void bind_anOptionalInputLeftOut_bindsEmpty() {
        assertEquals(
                new InputBinder.Bound(Map.of("value", "")),
                InputBinder.bind(operation(new FlowInput(null, null, null, null, false)), Map.of()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "digits |     | 5 | 10 | 1234      | must be 5 to 10 characters long",
                "digits |     | 1 | 10 | 12a4      | must be digits only",
                "digits |     | 1 | 10 | ١٢٣        | must be digits only",
                "number |     | 1 | 20 | 1e5       | must be a number",
                "number |     | 1 | 20 | 12.       | must be a number",
                "text   | AC-[0-9]{4} | 1 | 7 | AC-12 | does not match its pattern",
                "text   |     | 1 | 80 |           | is required",
            })
    void bind_refusesInputThatBreaksItsRule(
            String type, String pattern, int min, int max, String value, String reason) {
        FlowInput rule =
                new FlowInput(InputType.valueOf(type.toUpperCase(java.util.Locale.ROOT)), pattern, min, max, null);

        InputBinder.Result result =
                InputBinder.bind(operation(rule), value == null ? Map.of() : Map.of("value", value));

        assertEquals(new InputBinder.Invalid("value", reason), result);
    }

    @Test
    void bind_refusesControlCharacters_evenInsideText() {
        assertEquals(
                new InputBinder.Invalid("value", "must not hold control characters"),
                InputBinder.bind(operation(new FlowInput(null, null, null, null, null)), Map.of("value", "a\u0000b")));
    }

    @Test
    void bind_acceptsANumberWithSignAndFraction() {
        assertEquals(
                new InputBinder.Bound(Map.of("value", "-3.25")),
                InputBinder.bind(
                        operation(new FlowInput(InputType.NUMBER, null, null, null, null)), Map.of("value", "-3.25")));
    }

    static FlowOperation operation(FlowInput input) {
        Map<String, FlowInput> inputs = new LinkedHashMap<>();
        inputs.put("value", input);
        return new FlowOperation(
                "op",
                OperationKind.FIND,
                "Case",
                inputs,
                Map.of("CaseNumber", "value"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false);
    }
}
