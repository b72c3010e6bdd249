package io.ctibridge.emulator.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SalesforceIdsTest {

    @Test
    void to18_appendsTheCaseChecksum_likeSalesforce() {
        // Published example: 001A0000006Vm9r → 001A0000006Vm9rIAC.
        assertEquals("001A0000006Vm9rIAC", SalesforceIds.to18("001A0000006Vm9r"));
    }

    @Test
    void generate_makesWellFormed18CharacterIds_withTheKeyPrefix() {
        String id = SalesforceIds.generate("00T", 123_456);

        assertEquals(18, id.length());
        assertTrue(id.startsWith("00T"));
        assertTrue(SalesforceIds.isWellFormed(id));
        assertEquals(id, SalesforceIds.to18(id.substring(0, 15)));
    }

    @Test
    void key_acceptsBothLengths_andRejectsBadChecksumOrCharacters() {
        assertEquals(Optional.of("001A0000006Vm9r"), SalesforceIds.key("001A0000006Vm9rIAC"));
        assertEquals(Optional.of("001A0000006Vm9r"), SalesforceIds.key("001A0000006Vm9r"));
        assertFalse(SalesforceIds.isWellFormed("001A0000006Vm9rAAA"));
        assertFalse(SalesforceIds.isWellFormed("001A0000006Vm9'"));
        assertFalse(SalesforceIds.isWellFormed("abc"));
    }
}
