package io.ctibridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The harness end to end with tiny counts against moto and the emulator: the request counts it reports and the
 * shape of what it prints. No time is asserted; a benchmark's figures belong in BENCHMARKS.md, not in a test.
 */
class BenchHarnessIT {

    private static final int LOOKUPS = 3;
    private static final int CALLERS = 4;
    private static final Path ROOT = Path.of(System.getProperty("ctibridge.root", "../.."));
    private static final Path SAMPLE_EVENT = ROOT.resolve("events/connect/contact-flow-inbound.json");

    private static BenchReport report;

    @BeforeAll
    static void runTheHarness() {
        BenchOptions options = new BenchOptions(
                LOOKUPS,
                2,
                1,
                List.of(BenchFunction.values()),
                Optional.of(new JmhFigures.Settings(1, 1, Duration.ofMillis(100))),
                new BenchOptions.Throughput(CALLERS, 2, Duration.ofMillis(20)),
                SAMPLE_EVENT,
                "BenchHarnessIT");
        report = new BenchRun(options, ROOT, Path.of("target", "bench-it"), nowhere()).run();
    }

    @Test
    void requests_areOnePerValidLookup_andNoneForWithheldOrInvalid_everyLookupAlike() {
        Map<LookupScenario, Integer> perLookup = Map.of(
                LookupScenario.MATCH,
                1,
                LookupScenario.NO_MATCH,
                1,
                LookupScenario.WITHHELD,
                0,
                LookupScenario.INVALID,
                0);
        assertEquals(
                List.of(LookupScenario.values()),
                report.scenarios().stream().map(ScenarioRun::scenario).toList());
        for (ScenarioRun run : report.scenarios()) {
            int expected = perLookup.get(run.scenario());
            assertEquals(LOOKUPS * expected, run.apiRequests(), run.scenario().name());
            assertEquals(expected, run.fewestRequests(), run.scenario().name());
            assertEquals(expected, run.mostRequests(), run.scenario().name());
            assertEquals(0, run.tokenRequests(), run.scenario().name());
            assertEquals(LOOKUPS, run.answeredAsExpected(), run.scenario().name());
            assertEquals(LOOKUPS, run.total().count());
        }
    }

    @Test
    void tokenRequests_areOneForTheWarmEnvironment_andOnePerColdStart() {
        assertEquals(1, report.warmEnvironmentTokenRequests());
        ColdStartSample coldStart = report.coldStarts()
                .get(ColdStartVariant.asDeployed(BenchFunction.CALLER_LOOKUP))
                .getFirst();
        assertEquals(1, coldStart.tokenRequests());
        assertEquals(1, coldStart.apiRequests());
    }

    @Test
    void coldStart_answersTheSampleEvent_inAFreshJvm() {
        List<ColdStartSample> samples =
                report.coldStarts().get(ColdStartVariant.asDeployed(BenchFunction.CALLER_LOOKUP));
        assertEquals(1, samples.size());
        ChildReport child = samples.getFirst().child();
        // The demo org's Jane and Jim Doe share the sample event's number.
        assertEquals("MULTIPLE", lookupStatus(samples.getFirst()));
        assertEquals(Invocation.INSIDE_THE_CALL, child.invocation().eventReadNanos(), "the stream entry reads it");
        assertTrue(child.loadedClasses() > 0);
    }

    @Test
    void inProcessPath_ranksItsCannedCandidates_asTheStackRanksTheDemoOrg() {
        try (ExecutorService searches = Executors.newVirtualThreadPerTaskExecutor()) {
            ConnectEvent sample = ContactFlowEvents.read(SAMPLE_EVENT);
            Map<String, String> answer = MeasuredHandler.inProcess(Clock.systemUTC(), nowhere())
                    .call(sample)
                    .answer();
            String coldStartAnswer = lookupStatus(report.coldStarts()
                    .get(ColdStartVariant.asDeployed(BenchFunction.CALLER_LOOKUP))
                    .getFirst());
            assertEquals(coldStartAnswer, answer.get("lookupStatus"));
            assertEquals("2", answer.get("matchCount"));
        }
        assertEquals(LOOKUPS, report.inProcess().count());
        assertTrue(report.jmh().orElseThrow().count() > 0);
    }

    @Test
    void printedReport_hasEverySection_andARowPerScenario() {
        String printed = new ReportPrinter().print(report);
        for (String heading : List.of(
                "# ctibridge benchmark figures",
                "## Salesforce requests per lookup",
                "## Warm handler time per lookup",
                "## In-process path",
                "## Cold start, caller-lookup",
                "## Cold start, screen-pop",
                "## Cold start, contact-record",
                "## Cold start, contact-event")) {
            assertTrue(printed.contains(heading), heading);
        }
        for (LookupScenario scenario : LookupScenario.values()) {
            assertTrue(printed.contains("| " + scenario.label()), scenario.label());
        }
        assertTrue(printed.contains("| 1.00 "), printed);
        assertTrue(printed.contains("| 0.00 "), printed);
        assertTrue(printed.contains("- Command: `BenchHarnessIT`"));
        for (String heading : List.of("## Pop builder", "## Throughput", "## Deployment size")) {
            assertTrue(printed.contains(heading), heading);
        }
        assertTrue(
                printed.contains("| "
                        + ColdStartVariant.naiveBaseline(BenchFunction.SCREEN_POP)
                                .name()),
                printed);
        assertTrue(printed.contains("| 1.00× "), "the naive baseline is 1.00× itself");
        assertTrue(printed.contains("| 1/1 ✓ 200, MULTIPLE, 2 matches "), printed);
    }

    @Test
    void coldStartVariants_ofEveryFunction_runInterleaved_andTheirAnswersPassTheirChecks() {
        // failsafe's classpath holds target/classes, so the AOT-cache variants are skipped and say why.
        assertTrue(report.aotSkipped().isPresent());
        List<ColdStartVariant> expected = Arrays.stream(BenchFunction.values())
                .flatMap(function -> ColdStartVariant.of(function).stream())
                .toList();
        assertEquals(expected, List.copyOf(report.coldStarts().keySet()));
        report.coldStarts().forEach((variant, samples) -> {
            assertEquals(1, samples.size(), variant.name());
            FunctionUnderTest.Verdict verdict = samples.getFirst().verdict();
            assertTrue(
                    verdict.passed(), variant.function().cliName() + " " + variant.name() + ": " + verdict.summary());
        });
    }

    @Test
    void coldStarts_makeTheSalesforceRequestsOfTheirFunction() {
        report.coldStarts().forEach((variant, samples) -> {
            ColdStartSample sample = samples.getFirst();
            String name = variant.function().cliName() + " " + variant.name();
            switch (variant.function()) {
                case CALLER_LOOKUP -> {
                    assertEquals(1, sample.apiRequests(), name);
                    assertEquals(1, sample.tokenRequests(), name);
                }
                // The pop reads the lookup its event was prepared with from DynamoDB: Salesforce is not asked.
                case SCREEN_POP -> {
                    assertEquals(0, sample.apiRequests(), name);
                    assertEquals(0, sample.tokenRequests(), name);
                }
                // A Task created, by its environment's own session.
                case CONTACT_RECORD, CONTACT_EVENT -> {
                    assertTrue(sample.apiRequests() >= 1, name);
                    assertEquals(1, sample.tokenRequests(), name);
                }
            }
        });
    }

    @Test
    void beforeTheStreamHandler_readsTheEventOutsideTheHandler_withTheRuntimesOwnCopy() {
        for (BenchFunction function : List.of(BenchFunction.CALLER_LOOKUP, BenchFunction.SCREEN_POP)) {
            ChildReport before = report.coldStarts()
                    .get(ColdStartVariant.beforeStreamHandler(function))
                    .getFirst()
                    .child();
            ChildReport after = report.coldStarts()
                    .get(ColdStartVariant.primedTieredStopAtLevel1(function))
                    .getFirst()
                    .child();
            assertTrue(before.invocation().eventReadNanos() > 0, function.cliName());
            assertTrue(before.invocation().answerWriteNanos() > 0, function.cliName());
            assertTrue(before.loadedClasses() > after.loadedClasses(), "the serialization library's cold copy");
        }
    }

    @Test
    void throughput_answersEveryLookup_withOneSearchEach() {
        ThroughputFigures.Result throughput = report.throughput();
        assertEquals(CALLERS * 2, throughput.lookups());
        assertEquals(throughput.lookups(), throughput.answeredAsExpected());
        assertEquals(1.0, throughput.apiRequestsPerLookup());
    }

    @Test
    void popBuilder_isMeasured_andDeploymentSizesCoverTheLayerAndEachBuiltFunction() {
        assertTrue(report.popJmh().orElseThrow().count() > 0);
        // Sizes appear once bin/bench has written the runtime classpaths; each counts the module's own jar.
        report.deploymentSizes().forEach(artifact -> assertTrue(artifact.ownJarBytes() > 0, artifact.name()));
    }

    private static String lookupStatus(ColdStartSample sample) {
        return EventFiles.parse(sample.child().invocation().answer())
                .path("lookupStatus")
                .asText();
    }

    private static PrintStream nowhere() {
        return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    }
}
