package io.ctibridge.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldTemplateTest {

    private static final Map<String, String> VALUES =
            Map.of("input.reason", "no power", "call.callerNumber", "+14155550199", "lookup.accountId", "");

    @Test
    void render_fillsEveryPlaceholder_andKeepsTheText() {
        FieldTemplate template = FieldTemplate.parse("IVR call from ${call.callerNumber}: ${input.reason}");

        assertEquals(Optional.of("IVR call from +14155550199: no power"), render(template));
        assertEquals(
                List.of(
                        new FieldTemplate.Placeholder("call", "callerNumber"),
                        new FieldTemplate.Placeholder("input", "reason")),
                template.placeholders());
    }

    @Test
    void render_leavesTheFieldOut_whenALonePlaceholderHasNoValue() {
        assertEquals(Optional.empty(), render(FieldTemplate.parse("${lookup.accountId}")));
        assertEquals(Optional.of("Account: "), render(FieldTemplate.parse("Account: ${lookup.accountId}")));
    }

    @Test
    void doubleDollar_isALiteralDollar_andAConstantStaysAsWritten() {
        assertEquals(Optional.of("costs $5"), render(FieldTemplate.parse("costs $$5")));
        assertEquals(Optional.of("Phone"), render(FieldTemplate.parse("Phone")));
    }

    @Test
    void operationPlaceholder_namesTheOperationAndItsRecordId() {
        assertEquals(
                List.of(new FieldTemplate.Placeholder("operation", "findCase")),
                FieldTemplate.parse("${operation.findCase.recordId}").placeholders());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${nope}",
                "${call.agent}",
                "${lookup.phone}",
                "${operation.findCase}",
                "${input.}",
                "open ${input.reason",
                "$5",
            })
    void parse_refusesWhatIsNotATemplate_sayingWhy(String text) {
        FieldTemplate.BadTemplateException error =
                assertThrows(FieldTemplate.BadTemplateException.class, () -> FieldTemplate.parse(text));
        assertTrue(error.getMessage().length() > 10, error.getMessage());
    }

    private static Optional<String> render(FieldTemplate template) {
        return template.render(p -> VALUES.get(p.source() + "." + p.name()));
    }
}
