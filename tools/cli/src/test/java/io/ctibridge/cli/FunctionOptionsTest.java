package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionOptionsTest {

    @Test
    void namesNoAws_forAFreshShell_orOnlyBlankOrUnrelatedVariables() {
        assertTrue(FunctionOptions.namesNoAws(Map.of()));
        assertTrue(FunctionOptions.namesNoAws(Map.of("AWS_REGION", " ", "PATH", "/usr/bin", "LOG_LEVEL", "DEBUG")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CTIBRIDGE_AWS_ENDPOINT",
                "AWS_REGION",
                "AWS_DEFAULT_REGION",
                "CONFIG_TABLE",
                "CONTACT_STATE_TABLE",
                "CALL_LOG_LEDGER_TABLE",
                "SALESFORCE_SECRET_ARN",
                "POP_TOKEN_SECRET_ARN",
                "CALL_LOG_DLQ_URL"
            })
    void namesNoAws_isFalse_whenAnyAwsSettingIsGiven(String variable) {
        assertFalse(FunctionOptions.namesNoAws(Map.of(variable, "set")));
    }
}
