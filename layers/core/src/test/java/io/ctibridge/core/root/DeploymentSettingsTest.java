package io.ctibridge.core.root;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.observability.JsonLog;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentSettingsTest {

    @Test
    void logLevel_isTheStacksLogLevel_inAnyCase() {
        assertEquals(JsonLog.Level.WARN, new DeploymentSettings(Map.of("LOG_LEVEL", "warn")).logLevel());
        assertEquals(JsonLog.Level.DEBUG, new DeploymentSettings(Map.of("LOG_LEVEL", " DEBUG ")).logLevel());
    }

    @Test
    void logLevel_fallsBackToInfo_whenUnsetOrMisspelt_ratherThanSilencingErrors() {
        assertEquals(JsonLog.Level.INFO, new DeploymentSettings(Map.of()).logLevel());
        assertEquals(JsonLog.Level.INFO, new DeploymentSettings(Map.of("LOG_LEVEL", "verbose")).logLevel());
    }

    @Test
    void aMissingSetting_failsWhenFirstNeeded_namingTheVariable() {
        DeploymentSettings settings = new DeploymentSettings(Map.of());
        IllegalStateException missing = assertThrows(IllegalStateException.class, settings::callLogDeadLetterQueueUrl);
        assertTrue(missing.getMessage().contains("CALL_LOG_DLQ_URL"), missing.getMessage());
    }
}
