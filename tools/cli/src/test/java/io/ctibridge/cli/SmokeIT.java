package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.cli.call.LocalApiPath;
import io.ctibridge.cli.call.SmokeTest;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code smoke}: the whole command against a stack of its own, and its steps against a local server whose
 * emulator is checked afterwards for anything left behind.
 */
class SmokeIT {

    @TempDir
    static Path dir;

    private static LocalServer server;
    private static SalesforceApi salesforce;

    @BeforeAll
    static void start() throws Exception {
        server = new LocalServer("cli-smoke");
        salesforce = new CompositionRoot(server.stack.functionEnvironment(), Clock.systemUTC())
                .salesforce()
                .get();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void resetFaults() {
        server.stack.salesforce().faults().reset();
    }

    @Test
    void smoke_embedded_passes_andDeletesWhatItMade() {
        Cli.Run run = Cli.run("smoke", "--embedded");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\"lookupStatus\" : \"MATCH\""), run.toString());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("deleted Task ")), run.toString());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("deleted Contact ")), run.toString());
        assertTrue(run.out().contains("smoke test passed"), run.toString());
    }

    @Test
    void smokeTest_passes_andLeavesNoTestContactNorTaskBehind() throws Exception {
        int tasksBefore = server.stack.salesforce().records().all("Task").size();
        StringWriter out = new StringWriter();

        boolean passed = smokeTest(out).run();

        assertTrue(passed, out.toString());
        assertEquals(List.of(), testContacts());
        assertEquals(
                tasksBefore, server.stack.salesforce().records().all("Task").size(), out.toString());
    }

    @Test
    void smokeTest_whenSalesforceRefusesTheTask_fails_andStillDeletesTheTestContact() throws Exception {
        server.stack
                .salesforce()
                .faults()
                .failRecordsMatching(
                        record -> record.containsKey("CallObject"),
                        "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                        "Calls need a product line");
        StringWriter out = new StringWriter();

        boolean passed = smokeTest(out).run();

        assertFalse(passed, out.toString());
        assertTrue(out.toString().contains("no Task has CallObject"), out.toString());
        assertEquals(List.of(), testContacts());
    }

    @Test
    void smoke_withBadArgumentsOrAliases_saysSoInOneLine_andExits2() throws Exception {
        Path orgs = Files.writeString(dir.resolve("orgs.json"), """
                {"sandbox": {"region": "eu-west-1", "salesforceCredentials": "sf.json",
                             "lookupFunction": "arn:aws:lambda:eu-west-1:123456789012:function:lookup:live",
                             "contactRecordFunction": "arn:aws:lambda:eu-west-1:123456789012:function:ctr:live"},
                 "local": {"lookupFunction": "x", "contactRecordFunction": "y", "popApiUrl": "http://example.com",
                           "salesforceCredentials": "sf.json"}}
                """);
        Path typo = Files.writeString(dir.resolve("typo.json"), """
                {"typo": {"lookupFunction": "x", "contactRecordFunction": "y", "popApiUrl": "https://x",
                          "salesforceCredentials": "sf.json", "popApiURL": "https://x"}}
                """);
        for (List<String> args : List.<List<String>>of(
                List.of(),
                List.of("--org", "sandbox", "--embedded"),
                List.of(
                        "--org",
                        "sandbox",
                        "--orgs-file",
                        dir.resolve("missing.json").toString()),
                List.of("--org", "production", "--orgs-file", orgs.toString()),
                List.of("--org", "sandbox", "--orgs-file", orgs.toString()),
                List.of("--org", "typo", "--orgs-file", typo.toString()),
                List.of("--org", "local", "--orgs-file", orgs.toString()),
                List.of("--embedded", "--search-wait", "-1"))) {
            String[] command = java.util.stream.Stream.concat(java.util.stream.Stream.of("smoke"), args.stream())
                    .toArray(String[]::new);
            Cli.Run run = Cli.run(command);
            assertEquals(2, run.exitCode(), args + "\n" + run);
            assertEquals(1, run.errLines().size(), args + "\n" + run);
        }
        assertTrue(Cli.run("smoke", "--org", "production", "--orgs-file", orgs.toString())
                .err()
                .contains("no org 'production' (known: local, sandbox)"));
        assertTrue(Cli.run("smoke", "--org", "sandbox", "--orgs-file", orgs.toString())
                .err()
                .contains("has no popApiUrl"));
        assertTrue(Cli.run("smoke", "--org", "typo", "--orgs-file", typo.toString())
                .err()
                .contains("popApiURL"));
    }

    private static SmokeTest smokeTest(StringWriter out) {
        return new SmokeTest(
                new LocalApiPath(server.url("")),
                salesforce,
                "+18005550100",
                Duration.ofSeconds(10),
                new PrintWriter(out, true));
    }

    private static List<Object> testContacts() {
        return server.stack.salesforce().records().all("Contact").stream()
                .filter(contact -> "ctibridge".equals(contact.get("FirstName")))
                .map(contact -> contact.get("Id"))
                .toList();
    }
}
