package io.ctibridge.core.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class AwsSettingsTest {

    @Test
    void fromEnvironment_takesTheRegionLambdaSets_andNoEndpoint() {
        AwsSettings settings = AwsSettings.fromEnvironment(Map.of("AWS_REGION", "eu-west-2"));

        assertEquals(Region.EU_WEST_2, settings.region());
        assertEquals(Optional.empty(), settings.endpointOverride());
        assertEquals(AwsSettings.DEFAULT_API_CALL_TIMEOUT, settings.apiCallTimeout());
    }

    @Test
    void fromEnvironment_fallsBackToAwsDefaultRegion() {
        assertEquals(
                Region.AP_SOUTHEAST_2,
                AwsSettings.fromEnvironment(Map.of("AWS_DEFAULT_REGION", "ap-southeast-2"))
                        .region());
    }

    @Test
    void fromEnvironment_readsALocalEndpoint_andNeedsNoRegionThen() {
        AwsSettings settings = AwsSettings.fromEnvironment(Map.of("CTIBRIDGE_AWS_ENDPOINT", "http://127.0.0.1:5000"));

        assertEquals(Optional.of(URI.create("http://127.0.0.1:5000")), settings.endpointOverride());
        assertEquals(Region.US_EAST_1, settings.region());
    }

    @Test
    void fromEnvironment_failsClearly_withoutRegionOrEndpoint() {
        IllegalStateException error =
                assertThrows(IllegalStateException.class, () -> AwsSettings.fromEnvironment(Map.of("AWS_REGION", " ")));

        assertTrue(error.getMessage().startsWith("AWS_REGION is not set"), error.getMessage());
    }

    @Test
    void fromEnvironment_readsTableNames_withTheLocalOnesAsDefaults() {
        TableNames names = TableNames.fromEnvironment(Map.of("CONFIG_TABLE", "prod-config"));

        assertEquals(new TableNames("prod-config", "ctibridge-contact-state", "ctibridge-call-log-ledger"), names);
    }
}
