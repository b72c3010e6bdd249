package io.ctibridge.core.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationAnswerTest {

    @Test
    void flowAttributes_areFlatStrings_withTheReturnedFieldsUnderRecordDot() {
        OperationAnswer answer = new OperationAnswer(
                        "findCase",
                        OperationStatus.FOUND,
                        "500000000000001AAA",
                        "Case",
                        1,
                        Map.of("CaseNumber", "00001001"),
                        "",
                        "1 match(es)")
                .withFieldKeys(List.of("CaseNumber", "Account.Name"));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("operationStatus", "FOUND");
        expected.put("operation", "findCase");
        expected.put("recordId", "500000000000001AAA");
        expected.put("recordType", "Case");
        expected.put("matchCount", "1");
        expected.put("invalidInput", "");
        expected.put("record.CaseNumber", "00001001");
        expected.put("record.Account.Name", "");
        assertEquals(expected, answer.flowAttributes());
    }

    @Test
    void flowAttributes_stayFarBelowConnectsLimit_evenWithTwentyLongFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            fields.put("Long_Text_Field_" + i + "__c", "😀".repeat(10_000));
        }
        OperationAnswer answer = new OperationAnswer("op", OperationStatus.FOUND, "", "Case", 1, fields, "", "");

        int bytes = answer.flowAttributes().entrySet().stream()
                .mapToInt(e -> (e.getKey() + e.getValue()).getBytes(StandardCharsets.UTF_8).length + 6)
                .sum();
        assertTrue(bytes < 32 * 1024 / 2, bytes + " bytes");
        answer.flowAttributes()
                .values()
                .forEach(value -> assertTrue(
                        value.isEmpty() || !Character.isHighSurrogate(value.charAt(value.length() - 1)),
                        "no unpaired surrogate at the cut"));
    }
}
