package io.ctibridge.function.contactevent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConnectContactDescriberTest {

    @Test
    void instanceId_isTheLastPartOfTheInstanceArn() {
        assertEquals(
                "9f4c2e1a-6b7d-4e3f-8a91-2c5d7e8f0a1b",
                ConnectContactDescriber.instanceId(
                        "arn:aws:connect:us-east-1:123456789012:instance/9f4c2e1a-6b7d-4e3f-8a91-2c5d7e8f0a1b"));
        assertEquals("9f4c2e1a", ConnectContactDescriber.instanceId("9f4c2e1a"), "an id passes as it is");
        assertThrows(IllegalArgumentException.class, () -> ConnectContactDescriber.instanceId(null));
    }
}
