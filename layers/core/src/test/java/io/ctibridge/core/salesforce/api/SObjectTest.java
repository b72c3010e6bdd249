package io.ctibridge.core.salesforce.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SObjectTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fromWire_takesTheTypeFromAttributes_andKeepsTheOtherFields() throws Exception {
        SObject record = SObject.fromWire(JSON.readTree("""
        {"attributes":{"type":"Lead","url":"/services/data/v68.0/sobjects/Lead/00QA"},"Id":"00QA","Phone":"(415) 555-0123","Tags":[1,2]}"""));

        assertEquals("Lead", record.type());
        assertEquals(Optional.of("00QA"), record.id());
        assertEquals(Map.of("Id", "00QA", "Phone", "(415) 555-0123", "Tags", List.of(1, 2)), record.fields());
    }

    @Test
    void fromWire_rejectsARecordWithoutAType() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> SObject.fromWire(JSON.readTree("{\"Id\":\"x\"}")));
    }

    @Test
    void of_rejectsBadTypesAndAnAttributesField() {
        assertThrows(IllegalArgumentException.class, () -> SObject.of("Task;DROP", Map.of()));
        assertThrows(
                IllegalArgumentException.class, () -> SObject.of("Task", Map.of("attributes", Map.of("type", "User"))));
    }

    @Test
    void toWire_putsTheTypeFirst() {
        assertEquals(
                List.of("attributes", "Subject"),
                List.copyOf(
                        SObject.of("Task", Map.of("Subject", "Call")).toWire().keySet()));
    }
}
