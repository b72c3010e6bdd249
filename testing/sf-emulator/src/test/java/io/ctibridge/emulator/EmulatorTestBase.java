package io.ctibridge.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh emulator with the default config for every test, and a client already holding a session on it. */
abstract class EmulatorTestBase {

    protected SalesforceEmulator sf;
    protected TestClient client;

    @BeforeEach
    void startEmulator() {
        sf = SalesforceEmulator.start(EmulatorConfig.defaults());
        client = new TestClient(sf.baseUrl()).login();
    }

    @AfterEach
    void stopEmulator() {
        sf.close();
    }
}
