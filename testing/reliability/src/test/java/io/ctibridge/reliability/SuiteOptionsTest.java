package io.ctibridge.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteOptionsTest {

    private static final Path LOG = Path.of("stdout.log");

    @Test
    void parse_withoutArguments_isTheFullSuite_over100000Inputs() {
        SuiteOptions options = SuiteOptions.parse(new String[0], LOG);
        assertEquals(1_000, options.contacts());
        assertTrue(options.generatedInputs() >= 100_000);
        assertEquals(Duration.ofSeconds(10), options.latencySteps().getLast());
    }

    @Test
    void parse_takesEachOption() {
        SuiteOptions options = SuiteOptions.parse(
                new String[] {
                    "--contacts",
                    "50",
                    "--lookup-rounds",
                    "2",
                    "--latency-ms",
                    "0, 4000",
                    "--inputs-per-target",
                    "10",
                    "--margin-ms",
                    "500",
                    "--seed",
                    "42",
                    "--log",
                    "x.log",
                    "--breaker-lookups",
                    "12"
                },
                LOG);
        assertEquals(
                new SuiteOptions(
                        50,
                        2,
                        List.of(Duration.ZERO, Duration.ofSeconds(4)),
                        10,
                        Duration.ofMillis(500),
                        42,
                        Path.of("x.log"),
                        12),
                options);
    }

    @Test
    void parse_refusesUnknownOptionsAndBadNumbers_withAClearMessage() {
        assertTrue(assertThrows(
                        IllegalArgumentException.class, () -> SuiteOptions.parse(new String[] {"--contact", "5"}, LOG))
                .getMessage()
                .startsWith("unknown option --contact"));
        assertEquals(
                "--contacts must be a positive number, not 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> SuiteOptions.parse(new String[] {"--contacts", "0"}, LOG))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SuiteOptions.parse(new String[] {"--seed"}, LOG))
                .getMessage()
                .startsWith("--seed needs a value"));
    }

    @Test
    void fuzzRuns_parseFromTheScriptsHandOver() {
        assertEquals(
                List.of(new FuzzRun("callerId", 50_000, true), new FuzzRun("popToken", 1_234, false)),
                FuzzRun.parseAll("callerId:50000:ok,popToken:1234:finding"));
        assertEquals(List.of(), FuzzRun.parseAll(""));
    }
}
