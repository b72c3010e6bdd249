package io.ctibridge.cli.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ctibridge.cli.common.UsageException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class AwsTargetTest {

    private static final Map<String, String> ENV = Map.of(
            "CTIBRIDGE_AWS_ENDPOINT", "http://127.0.0.1:5000",
            "AWS_REGION", "eu-west-1",
            "CONFIG_TABLE", "env-config");

    @Test
    void resolve_takesFlagsOverTheEnvironment() {
        AwsTarget target = AwsTarget.resolve("http://localhost:4566", "us-west-2", "flag-config", ENV, Optional::empty);

        assertEquals(
                Optional.of(URI.create("http://localhost:4566")),
                target.settings().endpointOverride());
        assertEquals(Region.US_WEST_2, target.settings().region());
        assertEquals("flag-config", target.configTable());
    }

    @Test
    void resolve_readsTheFunctionsEnvironment_whenNoFlagIsGiven() {
        AwsTarget target = AwsTarget.resolve(null, null, null, ENV, Optional::empty);

        assertEquals(
                Optional.of(URI.create("http://127.0.0.1:5000")),
                target.settings().endpointOverride());
        assertEquals(Region.EU_WEST_1, target.settings().region());
        assertEquals("env-config", target.configTable());
    }

    @Test
    void resolve_usesTheAwsProfilesRegion_forRealAwsWithoutARegionSetting() {
        AwsTarget target = AwsTarget.resolve(null, null, null, Map.of(), () -> Optional.of("ap-southeast-2"));

        assertEquals(Optional.empty(), target.settings().endpointOverride());
        assertEquals(Region.AP_SOUTHEAST_2, target.settings().region());
        assertEquals("ctibridge-config", target.configTable());
        assertEquals("ap-southeast-2", target.describe());
    }

    @Test
    void resolve_refusesRealAwsWithoutAnyRegion_withOneLine() {
        var e = assertThrows(
                UsageException.class, () -> AwsTarget.resolve(null, null, null, Map.of(), Optional::empty));

        assertEquals("no AWS region: pass --region, set AWS_REGION or a region in your AWS profile", e.getMessage());
    }

    @Test
    void resolve_refusesAnEndpointThatIsNotAnHttpUrl() {
        var e = assertThrows(
                UsageException.class, () -> AwsTarget.resolve("localhost:5000", null, null, Map.of(), Optional::empty));

        assertEquals(
                "--aws-endpoint must be an http(s) URL such as http://127.0.0.1:5000, not localhost:5000",
                e.getMessage());
    }
}
