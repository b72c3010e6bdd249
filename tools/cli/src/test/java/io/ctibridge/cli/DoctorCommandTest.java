package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The doctor's bad arguments: one line on stderr and exit 2, before anything is called. */
class DoctorCommandTest {

    // Nothing listens here: every case below must be refused before a call is made.
    private static final String NOWHERE = "http://127.0.0.1:9";

    @Test
    void doctor_refusesAPopApiUrlThatIsNotHttp() {
        Cli.Run run = Cli.run("doctor", "--aws-endpoint", NOWHERE, "--pop-api-url", "ftp://example.com/api");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(List.of("--pop-api-url must be an http(s) URL, not ftp://example.com/api"), run.errLines());
    }

    @Test
    void doctor_refusesAConnectEndpointThatIsNotAUrl() {
        Cli.Run run = Cli.run("doctor", "--aws-endpoint", NOWHERE, "--connect-endpoint", "not a url");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(List.of("--connect-endpoint is not a URL: not a url"), run.errLines());
    }

    @Test
    void doctor_refusesAnIteratorAgeLimitOfZero() {
        Cli.Run run = Cli.run("doctor", "--aws-endpoint", NOWHERE, "--iterator-age-limit", "0");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(List.of("--iterator-age-limit must be 1..86400 seconds"), run.errLines());
    }

    @Test
    void doctor_refusesBothACredentialsFileAndASecret() {
        Cli.Run run = Cli.run(
                "doctor",
                "--aws-endpoint",
                NOWHERE,
                "--salesforce-credentials",
                "sf.json",
                "--salesforce-secret-arn",
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:sf");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(
                List.of("give either --salesforce-credentials or --salesforce-secret-arn, not both"), run.errLines());
    }
}
