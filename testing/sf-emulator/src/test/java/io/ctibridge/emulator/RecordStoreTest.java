package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.emulator.schema.DescribeReader;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordStoreTest {
    private RecordStore store;

    @BeforeEach
    void setUp() throws IOException {
        var standard = new ObjectMapper().readTree(getClass().getResourceAsStream("standard-objects.json"));
        store = new RecordStore(
                new DescribeReader().add(standard).build(),
                Clock.fixed(Instant.parse("2026-11-25T15:33:09Z"), ZoneOffset.UTC));
    }

    @Test
    void insert_setsIdTimestampsAndCompoundName() {
        String id = store.insert("contact", Map.of("firstname", "Jane", "LastName", "Doe"));

        Map<String, Object> record = store.get(id).orElseThrow();
        assertTrue(id.startsWith("003"));
        assertEquals("Jane Doe", record.get("Name"));
        assertEquals("2026-11-25T15:33:09.000+0000", record.get("CreatedDate"));
        assertEquals("Jane", record.get("FirstName"));
        assertEquals(record, store.get(id.substring(0, 15)).orElseThrow());
    }

    @Test
    void insert_defaultsCheckboxesToFalse_asSalesforceNeverHasNullCheckboxes() {
        String unset = store.insert("Lead", Map.of("LastName", "Doe", "Company", "Acme"));
        String converted = store.insert("Lead", Map.of("LastName", "Roe", "Company", "Acme", "IsConverted", true));

        assertEquals(false, store.get(unset).orElseThrow().get("IsConverted"));
        assertEquals(true, store.get(converted).orElseThrow().get("IsConverted"));
    }

    @Test
    void insert_refusesUnknownFieldsAndWrongTypes() {
        assertThrows(IllegalArgumentException.class, () -> store.insert("Contact", Map.of("Nope", "x")));
        assertThrows(IllegalArgumentException.class, () -> store.insert("Nope", Map.of()));
        assertThrows(
                IllegalArgumentException.class, () -> store.insert("Task", Map.of("CallDurationInSeconds", "long")));
    }

    @Test
    void update_clearsWithNull_andRecomputesName() {
        String id = store.insert("Contact", Map.of("FirstName", "Jane", "LastName", "Doe"));
        Map<String, Object> changes = new HashMap<>();
        changes.put("FirstName", null);

        store.update(id, changes);

        assertNull(store.get(id).orElseThrow().get("FirstName"));
        assertEquals("Doe", store.get(id).orElseThrow().get("Name"));
    }

    @Test
    void reads_returnCopies() {
        String id = store.insert("Account", Map.of("Name", "Acme"));

        store.get(id).orElseThrow().put("Name", "Changed");
        store.all("Account").getFirst().put("Name", "Changed");

        assertEquals("Acme", store.get(id).orElseThrow().get("Name"));
    }

    @Test
    void restore_undoesWritesSinceTheSnapshot_withoutReusingIds() {
        String before = store.insert("Account", Map.of("Name", "Before"));
        RecordStore.Snapshot snapshot = store.snapshot();
        String after = store.insert("Account", Map.of("Name", "After"));

        store.restore(snapshot);
        String next = store.insert("Account", Map.of("Name", "Next"));

        assertTrue(store.get(before).isPresent());
        assertTrue(store.get(after).isEmpty());
        assertTrue(!next.equals(after));
    }
}
