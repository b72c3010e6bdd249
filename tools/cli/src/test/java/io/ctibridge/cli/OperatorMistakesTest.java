package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One operator mistake per command, from an empty environment (a fresh shell): the exact line on stderr, the exit
 * code, and no stack trace unless {@code --debug} asks for it. Nothing here needs a server.
 */
class OperatorMistakesTest {

    private static final Map<String, String> FRESH_SHELL = Map.of();

    @TempDir
    Path dir;

    @Test
    void local_withAPortOutOfRange_saysSoBeforeStartingAnything() {
        Cli.Run run = Cli.run(FRESH_SHELL, "local", "--port", "70000");

        assertOneLine(2, "--port must be 0..65535 (0: any free port), not 70000", run);
    }

    @Test
    void configValidate_withDebug_printsTheStackTraceAfterTheLine() {
        Path missing = dir.resolve("nope.json");

        Cli.Run run = Cli.run(FRESH_SHELL, "config", "validate", missing.toString(), "--debug");

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(missing + ": no such file", run.errLines().getFirst());
        assertTrue(run.hasStackTrace(), run.toString());
    }

    @Test
    void configPush_withAnEndpointThatIsNotHttp_isAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("sales.json"), "{\"profile\": \"sales\"}");

        Cli.Run run = Cli.run(
                FRESH_SHELL, "config", "push", file.toString(), "--profile", "sales", "--aws-endpoint", "ftp://moto");

        assertOneLine(2, "--aws-endpoint must be an http(s) URL such as http://127.0.0.1:5000, not ftp://moto", run);
    }

    @Test
    void configShow_withAnUnreachableEndpoint_failsInOneLine() throws IOException {
        String endpoint = "http://127.0.0.1:" + closedPort();

        Cli.Run run = Cli.run(FRESH_SHELL, "config", "show", "sales", "--aws-endpoint", endpoint);

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("AWS: Unable to execute HTTP request"), run.toString());
        assertFalse(run.hasStackTrace(), run.toString());
    }

    @Test
    void configHistory_withAnEndpointThatIsNotAUrl_isAUsageError() {
        Cli.Run run = Cli.run(FRESH_SHELL, "config", "history", "sales", "--aws-endpoint", "not a url");

        assertOneLine(2, "--aws-endpoint is not a URL: not a url", run);
    }

    @Test
    void configRollback_withAVersionThatIsNotANumber_isAUsageErrorNamingIt() {
        Cli.Run run = Cli.run(FRESH_SHELL, "config", "rollback", "sales", "--version", "latest");

        assertOneLine(
                2,
                "rollback: Invalid value for option '--version': 'latest' is not an int"
                        + " (try 'ctibridge config rollback --help')",
                run);
    }

    @Test
    void callcenterXml_withDebug_printsTheStackTraceAfterTheLine() {
        Path output = dir.resolve("no/such/dir/callcenter.xml");

        Cli.Run run = Cli.run(
                FRESH_SHELL,
                "--debug",
                "callcenter-xml",
                "--api-url",
                "https://abc123.execute-api.eu-west-1.amazonaws.com/prod",
                "--adapter-url",
                "https://acme.lightning.force.com/apex/ctibridgeAdapter",
                "--output",
                output.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(output + ": no such directory", run.errLines().getFirst());
        assertTrue(run.hasStackTrace(), run.toString());
    }

    @Test
    void assignUsers_withNoSalesforceCredentialsAnywhere_saysWhereToGiveThem() {
        Cli.Run run = Cli.run(FRESH_SHELL, "assign-users", "--call-center", "ctibridgeConnect", "--profile", "Agent");

        assertOneLine(
                2,
                "no Salesforce credentials: pass --salesforce-credentials FILE or --salesforce-secret-arn ARN"
                        + " (or set SALESFORCE_SECRET_ARN)",
                run);
    }

    @Test
    void invoke_withAnUnknownFunction_namesTheKnownOnes() {
        Cli.Run run = Cli.run(
                FRESH_SHELL, "invoke", "caller-lokup", "--event", "../../events/connect/contact-flow-inbound.json");

        assertOneLine(
                2,
                "invoke: Invalid value for positional parameter at index 0 (FUNCTION): unknown function"
                        + " 'caller-lokup' (caller-lookup, screen-pop, call-logger) (try 'ctibridge invoke --help')",
                run);
    }

    @Test
    void invoke_withAMissingEventFile_saysSoBeforeStartingAStack() {
        Path missing = dir.resolve("event.json");

        Cli.Run run = Cli.run(FRESH_SHELL, "invoke", "caller-lookup", "--event", missing.toString());

        assertOneLine(2, missing + ": no such file", run);
    }

    @Test
    void invoke_withAMalformedEndpoint_isOneLineFromTheSettings_notAStackTrace() throws IOException {
        Path event = Files.writeString(dir.resolve("event.json"), "{}");

        Cli.Run run = Cli.run(
                FRESH_SHELL, "invoke", "caller-lookup", "--event", event.toString(), "--aws-endpoint", "not a url");

        assertOneLine(2, "invoke: Illegal character in path at index 3: not a url", run);
    }

    @Test
    void invoke_withATableButNoRegion_saysTheRegionIsMissing_inOneLine() {
        // Some AWS settings but not where AWS is: not the embedded default, and not a stack trace either.
        Cli.Run run = Cli.run(
                Map.of("CONFIG_TABLE", "ctibridge-config"),
                "invoke",
                "caller-lookup",
                "--event",
                "../../events/connect/contact-flow-inbound.json");

        assertOneLine(
                2,
                "invoke: AWS_REGION is not set: Lambda sets it; elsewhere set it, or CTIBRIDGE_AWS_ENDPOINT for a"
                        + " local endpoint",
                run);
    }

    @Test
    void simulateCall_withANegativeDuration_isAUsageError() {
        Cli.Run run = Cli.run(FRESH_SHELL, "simulate-call", "--from", "+14155550199", "--duration", "-5");

        assertOneLine(2, "--duration must be 0..86400 seconds, not -5", run);
    }

    @Test
    void simulateCall_againstAnEndpointWhereNothingListens_failsInOneLine() throws IOException {
        Cli.Run run = Cli.run(
                FRESH_SHELL,
                "simulate-call",
                "--from",
                "+14155550199",
                "--endpoint",
                "http://127.0.0.1:" + closedPort());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().contains("cannot connect"), run.toString());
        assertFalse(run.hasStackTrace(), run.toString());
    }

    @Test
    void smoke_withoutATarget_asksForOne() {
        Cli.Run run = Cli.run(FRESH_SHELL, "smoke");

        assertOneLine(2, "give --org ALIAS or --embedded", run);
    }

    @Test
    void smoke_withAMalformedOrgsFile_namesTheFile() throws IOException {
        Path orgs = Files.writeString(dir.resolve("orgs.json"), "{\"sandbox\": ");

        Cli.Run run = Cli.run(FRESH_SHELL, "smoke", "--org", "sandbox", "--orgs-file", orgs.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith(orgs + ": not JSON "), run.toString());
        assertFalse(run.hasStackTrace(), run.toString());
    }

    private static void assertOneLine(int exitCode, String line, Cli.Run run) {
        assertEquals(exitCode, run.exitCode(), run.toString());
        assertEquals(List.of(line), run.errLines(), run.toString());
        assertFalse(run.hasStackTrace(), run.toString());
    }

    /** A loopback port nothing listens on: bound for a moment, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
