package io.ctibridge.core.calllog.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallDirectionTest {

    @ParameterizedTest
    @CsvSource({
        "INBOUND, Inbound",
        "WEBRTC_API, Inbound",
        "inbound, Inbound",
        "OUTBOUND, Outbound",
        "CALLBACK, Outbound",
        "API, Outbound",
        "EXTERNAL_OUTBOUND, Outbound",
        "AGENT_REPLY, Outbound",
        "TRANSFER, Internal",
        "QUEUE_TRANSFER, Internal",
        "MONITOR, Internal",
        "SOMETHING_NEW, Inbound",
        "'', Inbound"
    })
    void of_mapsInitiationMethodsToCallTypes(String initiationMethod, String callType) {
        assertEquals(callType, CallDirection.of(initiationMethod).callType());
    }
}
