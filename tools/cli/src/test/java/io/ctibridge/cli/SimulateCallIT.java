package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code simulate-call} against a running local server (and once against a stack of its own): the Task it leaves
 * in the emulator is checked here independently of the command's own checks.
 */
class SimulateCallIT {

    private static final java.nio.file.Path ANALYSIS = java.nio.file.Path.of(
                    "../../events/contactlens/analysis-agent-customer.json")
            .toAbsolutePath();

    private static LocalServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new LocalServer("cli-simulate");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void simulateCall_forAKnownCaller_popsTheRecord_andLogsTheTaskOnIt() {
        Cli.Run run = simulate("--from", "+14155550199", "--duration", "95");

        assertEquals(0, run.exitCode(), run.toString());
        Map<String, Object> task = onlyTask(run);
        assertEquals(contactIdOf("Smith"), task.get("WhoId"));
        assertEquals(95, ((Number) task.get("CallDurationInSeconds")).intValue());
        assertEquals("Inbound", task.get("CallType"));
        assertTrue(run.out().contains("\"SOBJECT\""), run.toString());
        assertTrue(run.out().contains("ok: lookup, pop and call log as expected"), run.toString());
    }

    @Test
    void simulateCall_forAnUnknownCaller_popsANewContactForm_andLogsATaskOnNoOne() {
        Cli.Run run = simulate("--from", "+14155550987");

        assertEquals(0, run.exitCode(), run.toString());
        Map<String, Object> task = onlyTask(run);
        assertNull(task.get("WhoId"));
        assertNull(task.get("WhatId"));
        assertEquals("Inbound call from +14155550987", task.get("Subject"));
        assertTrue(run.out().contains("\"NEW_RECORD_MODAL\""), run.toString());
        assertTrue(run.out().contains("\"lookupStatus\" : \"NONE\""), run.toString());
    }

    @Test
    void simulateCall_forAWithheldNumber_popsANewContactForm_andLogsAWithheldTask() {
        Cli.Run run = simulate("--from", "anonymous");

        assertEquals(0, run.exitCode(), run.toString());
        Map<String, Object> task = onlyTask(run);
        assertNull(task.get("WhoId"));
        assertEquals("Inbound call from withheld number", task.get("Subject"));
        assertTrue(run.out().contains("\"NEW_RECORD_MODAL\""), run.toString());
        assertTrue(run.out().contains("\"lookupStatus\" : \"WITHHELD\""), run.toString());
    }

    @Test
    void simulateCall_abandoned_logsAnAbandonedCallWithoutTalkTime() {
        Cli.Run run = simulate("--from", "+14155550199", "--outcome", "abandoned", "--duration", "40");

        assertEquals(0, run.exitCode(), run.toString());
        Map<String, Object> task = onlyTask(run);
        assertEquals("Abandoned", task.get("CallDisposition"));
        assertEquals(0, ((Number) task.get("CallDurationInSeconds")).intValue());
        assertTrue(run.out().contains("\"Agent\" : null"), run.toString());
    }

    @Test
    void simulateCall_withAProfileLoggingToBoth_showsTheTaskAndTheVoiceCall() {
        server.stack
                .profiles()
                .put(
                        new io.ctibridge.core.config.parse.ProfileParser()
                                .parse("{\"profile\": \"voice\", \"callLog\": {\"destination\": \"both\"}}"),
                        "test");

        Cli.Run run = simulate("--from", "+14155550199", "--profile", "voice");

        assertEquals(0, run.exitCode(), run.toString());
        onlyTask(run);
        String first = run.outLines().getFirst();
        String contactId = first.substring("call ".length(), first.indexOf(':'));
        List<Map<String, Object>> calls = server.stack.salesforce().records().all("VoiceCall").stream()
                .filter(call -> contactId.equals(call.get("VendorCallKey")))
                .toList();
        assertEquals(1, calls.size(), run.toString());
        assertEquals(contactIdOf("Smith"), calls.getFirst().get("RelatedRecordId"));
        assertTrue(run.out().contains("5. VoiceCall in Salesforce"), run.toString());
        assertTrue(run.out().contains("\"CallType\" : \"Inbound\""), run.toString());
        assertTrue(run.out().contains("ok: lookup, pop and call log as expected"), run.toString());
    }

    @Test
    void simulateCall_embedded_startsItsOwnStack_andPasses() {
        Cli.Run run = Cli.run("simulate-call", "--embedded", "--from", "+14155550199");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("ok: lookup, pop and call log as expected"), run.toString());
        // The embedded stack runs bin/local's demo profile: its field mappings land on the emulator's custom fields.
        assertTrue(run.out().contains("\"CTI_Queue__c\""), run.toString());
        assertTrue(run.out().contains("\"CTI_Transferred__c\""), run.toString());
    }

    @Test
    void simulateCall_embedded_withAnAnalysis_putsItsSummaryAndSentimentsOnTheCallsTask() {
        Cli.Run run =
                Cli.run("simulate-call", "--embedded", "--from", "+14155550199", "--analysis", ANALYSIS.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("3b. Contact Lens analysis"), run.toString());
        String first = run.outLines().getFirst();
        String contactId = first.substring("call ".length(), first.indexOf(':'));
        assertTrue(run.out().contains("Analysis/Voice/"), run.toString());
        assertTrue(run.out().contains(contactId + "_analysis_"), run.toString());
        // The Task as read back from the emulator, with the fields the analysis filled.
        assertTrue(
                run.out().contains("\"Contact_Lens_Summary__c\" : \"The customer called about a duplicate charge"),
                run.toString());
        assertTrue(run.out().contains("\"Customer_Sentiment__c\" : -0.8"), run.toString());
        assertTrue(run.out().contains("\"Agent_Sentiment__c\" : 2.4"), run.toString());
        assertTrue(run.out().contains("result=APPLIED, contactId=" + contactId), run.toString());
        assertTrue(run.out().contains("ok: lookup, pop and call log as expected"), run.toString());
    }

    @Test
    void simulateCall_embedded_voiceProfile_withAnAnalysis_putsItOnTheTaskAndOnTheVoiceCall() {
        Cli.Run run = Cli.run(
                "simulate-call",
                "--embedded",
                "--from",
                "+14155550199",
                "--profile",
                "voice",
                "--analysis",
                ANALYSIS.toString());

        assertEquals(0, run.exitCode(), run.toString());
        String voiceCall = run.out().substring(run.out().indexOf("5. VoiceCall in Salesforce"));
        String task = run.out()
                .substring(run.out().indexOf("4. Task in Salesforce"), run.out().indexOf("5. VoiceCall"));
        for (String record : List.of(task, voiceCall)) {
            assertTrue(record.contains("\"Customer_Sentiment__c\" : -0.8"), run.toString());
            assertTrue(record.contains("\"Contact_Lens_Summary__c\" : \"The customer called about"), run.toString());
            assertTrue(record.contains("\"CTI_Queue__c\""), "the demo mappings reach both: " + run);
        }
        assertTrue(voiceCall.contains("\"VendorCallKey\""), run.toString());
        assertTrue(run.out().contains("result=APPLIED"), run.toString());
        assertTrue(run.out().contains("ok: lookup, pop and call log as expected"), run.toString());
    }

    @Test
    void simulateCall_withAnAnalysisButNoEmbeddedStack_orAFileThatIsNoAnalysis_saysSoInOneLine_andExits2()
            throws Exception {
        java.nio.file.Path notAnAnalysis = java.nio.file.Files.createTempFile("not-analysis", ".json");
        java.nio.file.Files.writeString(notAnAnalysis, "{\"ContactId\": \"x\"}");
        for (List<String> args : List.of(
                List.of("--from", "+14155550199", "--analysis", ANALYSIS.toString(), "--endpoint", server.baseUrl()),
                List.of("--from", "+14155550199", "--embedded", "--analysis", notAnAnalysis.toString()),
                List.of("--from", "+14155550199", "--embedded", "--analysis", "no/such/analysis.json"))) {
            java.util.ArrayList<String> command = new java.util.ArrayList<>(List.of("simulate-call"));
            command.addAll(args);
            Cli.Run run = Cli.run(command.toArray(String[]::new));
            assertEquals(2, run.exitCode(), args + "\n" + run);
            assertEquals(1, run.errLines().size(), args + "\n" + run);
            assertTrue(run.err().contains("--analysis"), args + "\n" + run);
        }
    }

    @Test
    void simulateCall_withoutARunningStack_failsInOneLine() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Cli.Run run =
                Cli.run("simulate-call", "--from", "+14155550199", "--endpoint", "http://127.0.0.1:" + closedPort);

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().contains("cannot connect"), run.toString());
    }

    @Test
    void simulateCall_withBadArguments_saysSoInOneLine_andExits2() {
        for (List<String> args : List.of(
                List.of("--to", "+18005550100"),
                List.of("--from", "+14155550199", "--outcome", "busy"),
                List.of("--from", "+14155550199", "--duration", "-5"),
                List.of("--from", "+14155550199", "--duration", "soon"),
                List.of("--from", "+14155550199", "--outcome", "abandoned", "--agent", "ava.agent"),
                List.of("--from", "+14155550199", "--embedded", "--endpoint", server.baseUrl()),
                List.of("--from", "+14155550199", "--endpoint", "ftp://example.com"),
                List.of("--from", " "))) {
            String[] command = java.util.stream.Stream.concat(
                            java.util.stream.Stream.of("simulate-call"), args.stream())
                    .toArray(String[]::new);
            Cli.Run run = Cli.run(command);
            assertEquals(2, run.exitCode(), args + "\n" + run);
            assertEquals(1, run.errLines().size(), args + "\n" + run);
        }
    }

    private static Cli.Run simulate(String... args) {
        String[] command = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("simulate-call", "--endpoint", server.baseUrl()),
                        java.util.Arrays.stream(args))
                .toArray(String[]::new);
        return Cli.run(command);
    }

    /** The one Task of the call the run printed ({@code call <contactId>: …} on its first line). */
    private static Map<String, Object> onlyTask(Cli.Run run) {
        String first = run.outLines().getFirst();
        String contactId = first.substring("call ".length(), first.indexOf(':'));
        List<Map<String, Object>> tasks = server.tasks(contactId);
        assertEquals(1, tasks.size(), run.toString());
        return tasks.getFirst();
    }

    private static String contactIdOf(String lastName) {
        return server.stack.salesforce().records().all("Contact").stream()
                .filter(contact -> lastName.equals(contact.get("LastName")))
                .map(contact -> contact.get("Id").toString())
                .findFirst()
                .orElseThrow();
    }
}
