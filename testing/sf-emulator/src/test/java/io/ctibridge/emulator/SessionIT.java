package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionIT {
    private SalesforceEmulator sf;

    @BeforeEach
    void start() {
        sf = SalesforceEmulator.start(EmulatorConfig.defaults().withSessionLifetime(Duration.ofMillis(1500)));
    }

    @AfterEach
    void stop() {
        sf.close();
    }

    @Test
    void apiCall_answers401InvalidSession_withoutToken() {
        var answer = new TestClient(sf.baseUrl()).query("SELECT Id FROM Contact");

        assertEquals(401, answer.status());
        assertEquals("INVALID_SESSION_ID", answer.errorCode());
        assertEquals("Session expired or invalid", answer.message());
    }

    @Test
    void apiCall_answers401InvalidSession_forUnknownToken() {
        var answer = new TestClient(sf.baseUrl())
                .withToken("00D000000000001!made-up")
                .query("SELECT Id FROM Contact");

        assertEquals(401, answer.status());
        assertEquals("INVALID_SESSION_ID", answer.errorCode());
    }

    @Test
    void apiCall_answers401_afterTheSessionLifetime() throws InterruptedException {
        TestClient client = new TestClient(sf.baseUrl()).login();
        assertEquals(200, client.query("SELECT Id FROM Contact").status());

        Thread.sleep(1700);

        assertEquals(401, client.query("SELECT Id FROM Contact").status());
    }
}
