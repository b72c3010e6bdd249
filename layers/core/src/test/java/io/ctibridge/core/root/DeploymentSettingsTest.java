package io.ctibridge.core.root;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.guard.GuardSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @Test
    void connectConsole_linksToTheInstanceTheAliasNames_andToNothingWhenUnset() {
        assertEquals(
                java.util.Optional.of("https://acme.my.connect.aws/contact-trace-records/details/c-1"),
                new DeploymentSettings(Map.of("CONNECT_INSTANCE_ALIAS", "acme"))
                        .connectConsole()
                        .contactDetailsUrl("c-1"));
        assertEquals(
                java.util.Optional.empty(),
                new DeploymentSettings(Map.of()).connectConsole().contactDetailsUrl("c-1"));
    }

    @Test
    void connectConsole_failsNamingTheVariable_forSomethingThatCannotBeAnAlias() {
        DeploymentSettings settings =
                new DeploymentSettings(Map.of("CONNECT_INSTANCE_ALIAS", "https://acme.my.connect.aws"));

        IllegalStateException error = assertThrows(IllegalStateException.class, settings::connectConsole);

        assertTrue(error.getMessage().startsWith("environment variable CONNECT_INSTANCE_ALIAS: "), error.getMessage());
    }

    @Test
    void salesforceGuard_hasTheDefaults_whenNothingIsSet() {
        assertEquals(GuardSettings.defaults(), new DeploymentSettings(Map.of()).salesforceGuard());
    }

    @Test
    void salesforceGuard_readsEverySetting_fromTheEnvironment() {
        GuardSettings settings = new DeploymentSettings(Map.of(
                        "SALESFORCE_API_HARD_SHARE", "90.5",
                        "SALESFORCE_API_COOL_DOWN_SECONDS", "60",
                        "SALESFORCE_BREAKER_FAILURES", "0",
                        "SALESFORCE_BREAKER_COOL_DOWN_SECONDS", "10"))
                .salesforceGuard();

        assertEquals(new GuardSettings(90.5, Duration.ofSeconds(60), 0, Duration.ofSeconds(10)), settings);
    }

    @ParameterizedTest
    @CsvSource({
        "SALESFORCE_API_HARD_SHARE, ninety",
        "SALESFORCE_API_HARD_SHARE, 0",
        "SALESFORCE_API_HARD_SHARE, 101",
        "SALESFORCE_API_HARD_SHARE, NaN",
        "SALESFORCE_API_COOL_DOWN_SECONDS, 0",
        "SALESFORCE_API_COOL_DOWN_SECONDS, 1.5",
        "SALESFORCE_BREAKER_FAILURES, -1",
        "SALESFORCE_BREAKER_FAILURES, 99999999999",
        "SALESFORCE_BREAKER_COOL_DOWN_SECONDS, soon"
    })
    void salesforceGuard_failsWithAClearMessage_forAValueOutOfRangeOrNotANumber(String variable, String value) {
        DeploymentSettings settings = new DeploymentSettings(Map.of(variable, value));

        IllegalStateException bad = assertThrows(IllegalStateException.class, settings::salesforceGuard);
        assertTrue(bad.getMessage().startsWith("Salesforce guard settings (" + variable + "="), bad.getMessage());
    }
}
