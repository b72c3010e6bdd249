package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.aws.TableNames;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.local.LocalStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invoke} runs the real handlers on the sample events, wired by flags to moto and the emulator. */
class InvokeCommandIT {

    private static final Path EVENTS = Path.of("../../events");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.startIsolated("cli-invoke", EmulatorConfig.defaults());
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @Test
    void invoke_callerLookup_printsTheFlowAnswer_only() throws Exception {
        Cli.Run run = invoke("caller-lookup", EVENTS.resolve("connect/contact-flow-inbound.json"));
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("MULTIPLE", answer.path("lookupStatus").asText(), run.toString());
        assertEquals("+14155550123", answer.path("callerNumber").asText());
    }

    @Test
    void invoke_callerLookup_withAnEmptyEnvironment_answersTheFlowFromAnEmbeddedStack() throws Exception {
        // A fresh clone: nothing exported, no flags. The command starts moto and the emulator for the one call.
        Cli.Run run = Cli.run(
                Map.of(),
                "invoke",
                "caller-lookup",
                "--event",
                EVENTS.resolve("connect/contact-flow-inbound.json").toString());

        assertEquals(0, run.exitCode(), run.toString());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("MULTIPLE", answer.path("lookupStatus").asText(), run.toString());
        assertEquals("2", answer.path("matchCount").asText(), run.toString());
        assertEquals("+14155550123", answer.path("callerNumber").asText());
        assertTrue(run.errLines().getFirst().startsWith("no AWS settings"), run.toString());
        assertFalse(run.hasStackTrace(), run.toString());
    }

    @Test
    void invoke_callerLookup_runsTheSampleOperation_withTheExampleProfileLoadedIntoTheEmbeddedStack() throws Exception {
        Cli.Run run = Cli.run(
                Map.of(),
                "invoke",
                "caller-lookup",
                "--event",
                EVENTS.resolve("connect/contact-flow-operation-find-case.json").toString(),
                "--profile-file",
                EVENTS.resolve("../profiles/support-operations.json").toString());

        assertEquals(0, run.exitCode(), run.toString());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("FOUND", answer.path("operationStatus").asText(), run.toString());
        assertEquals("00001001", answer.path("record.CaseNumber").asText(), run.toString());
    }

    @Test
    void invoke_withAnInvalidProfileFile_saysWhatIsWrongInIt() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad-profile.json"), """
                {"profile": "support", "operations": [{"name": "createCase", "kind": "create", "object": "Case",
                 "fields": {"Origin": "Phone"}}]}""");

        Cli.Run run = Cli.run(
                Map.of(),
                "invoke",
                "caller-lookup",
                "--event",
                EVENTS.resolve("connect/contact-flow-operation-create-case.json")
                        .toString(),
                "--profile-file",
                bad.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("operations[0].idempotencyField"), run.toString());
    }

    @Test
    void invoke_screenPop_answersWithThePop_forTheTokenTheLookupMinted() throws Exception {
        JsonNode lookup = JSON.readTree(invoke("caller-lookup", EVENTS.resolve("connect/contact-flow-inbound.json"))
                .out());
        ObjectNode event =
                (ObjectNode) JSON.readTree(EVENTS.resolve("apigw/get-pop.json").toFile());
        ((ObjectNode) event.path("headers"))
                .put("authorization", "Bearer " + lookup.path("popToken").asText());
        Path file = dir.resolve("get-pop.json");
        JSON.writeValue(file.toFile(), event);

        Cli.Run run = invoke("screen-pop", file);
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode response = JSON.readTree(run.out());
        assertEquals(200, response.path("statusCode").asInt(), run.toString());
        JsonNode pop = JSON.readTree(response.path("body").asText());
        assertEquals("SEARCH", pop.path("screenPop").path("type").asText());
    }

    @Test
    void invoke_screenPop_withTheSampleEventsStaleToken_is401() throws Exception {
        Cli.Run run = invoke("screen-pop", EVENTS.resolve("apigw/get-pop.json"));
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(401, JSON.readTree(run.out()).path("statusCode").asInt(), run.toString());
    }

    @Test
    void invoke_withAMissingOrWrongFile_saysSoInOneLine() throws Exception {
        Cli.Run missing = invoke("caller-lookup", dir.resolve("nope.json"));
        assertEquals(2, missing.exitCode(), missing.toString());
        assertEquals(1, missing.errLines().size(), missing.toString());
        Path notJson = Files.writeString(dir.resolve("bad.json"), "{not json");
        Cli.Run bad = invoke("caller-lookup", notJson);
        assertEquals(2, bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("not a ConnectEvent event"), bad.toString());
        Cli.Run unknown = Cli.run("invoke", "no-such-function", "--event", notJson.toString());
        assertEquals(2, unknown.exitCode(), unknown.toString());
    }

    @Test
    void invoke_callLogger_onEveryKinesisSample_logsEachContactOnce_withoutFailures() throws Exception {
        List<Path> samples;
        try (var files = Files.list(EVENTS.resolve("kinesis"))) {
            samples = files.filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        assertEquals(6, samples.size(), samples.toString());
        for (Path sample : samples) {
            Cli.Run run = invoke("call-logger", sample);

            assertEquals(0, run.exitCode(), sample + "\n" + run);
            assertEquals(0, JSON.readTree(run.out()).path("batchItemFailures").size(), sample + "\n" + run);
            for (JsonNode record : JSON.readTree(sample.toFile()).path("Records")) {
                String contactId = JSON.readTree(Base64.getDecoder()
                                .decode(record.path("kinesis").path("data").asText()))
                        .path("ContactId")
                        .asText();
                long tasks = stack.salesforce().records().all("Task").stream()
                        .filter(task -> contactId.equals(task.get("CallObject")))
                        .count();
                assertEquals(1, tasks, sample + ": Tasks of " + contactId);
            }
        }
    }

    @Test
    void invoke_callLogger_onAContactEvent_asksConnect_andFailsInOneLineWhenItCannot() {
        // moto has no Connect API: the event handler's DescribeContact fails, as the invocation would.
        Cli.Run run = invoke("call-logger", EVENTS.resolve("eventbridge/contact-disconnected-voice.json"));

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(
                1, run.errLines().stream().filter(line -> !line.startsWith("{")).count(), run.toString());
    }

    @Test
    void invoke_callLogger_onAFileOfNeitherShape_exits2() {
        Cli.Run run = invoke("call-logger", EVENTS.resolve("connect/contact-flow-inbound.json"));

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("neither a Kinesis event"), run.toString());
    }

    private static Cli.Run invoke(String function, Path event) {
        Map<String, String> env = stack.functionEnvironment();
        List<String> args = new ArrayList<>(List.of(
                "invoke",
                function,
                "--event",
                event.toString(),
                "--aws-endpoint",
                env.get(AwsSettings.ENDPOINT_ENV),
                "--region",
                "us-east-1",
                "--config-table",
                env.get(TableNames.CONFIG_ENV),
                "--contact-state-table",
                env.get(TableNames.CONTACT_STATE_ENV),
                "--call-log-ledger-table",
                env.get(TableNames.CALL_LOG_LEDGER_ENV),
                "--call-log-dlq-url",
                env.get(CompositionRoot.CALL_LOG_DLQ_URL),
                "--salesforce-secret-arn",
                env.get(CompositionRoot.SALESFORCE_SECRET_ARN),
                "--pop-token-secret-arn",
                env.get(CompositionRoot.POP_TOKEN_SECRET_ARN)));
        return Cli.run(args.toArray(String[]::new));
    }
}
