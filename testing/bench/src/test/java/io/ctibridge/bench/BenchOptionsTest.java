package io.ctibridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void parse_givesTheDefaults_withoutArguments() {
        BenchOptions options = BenchOptions.parse(List.of(), ROOT, "bin/bench");
        assertEquals(2000, options.lookups());
        assertEquals(500, options.warmup());
        assertEquals(10, options.coldRuns());
        assertEquals(List.of(BenchFunction.values()), options.functions());
        assertEquals(Optional.of(new JmhFigures.Settings(1, 5, Duration.ofSeconds(1))), options.jmh());
        assertEquals(new BenchOptions.Throughput(50, 20, Duration.ofMillis(150)), options.throughput());
        assertEquals(Path.of("/repo/events/connect/contact-flow-inbound.json"), options.eventFile());
        assertEquals("bin/bench", options.command());
    }

    @Test
    void parse_readsEveryOption() {
        BenchOptions options = BenchOptions.parse(
                List.of(
                        "--lookups",
                        "30",
                        "--warmup",
                        "4",
                        "--cold-runs",
                        "12",
                        "--jmh-forks",
                        "2",
                        "--jmh-iterations",
                        "3",
                        "--jmh-iteration-ms",
                        "250",
                        "--event",
                        "/tmp/e.json",
                        "--callers",
                        "8",
                        "--throughput-lookups",
                        "5",
                        "--latency-ms",
                        "40",
                        "--functions",
                        "screen-pop, caller-lookup,screen-pop"),
                ROOT,
                "cmd");
        assertEquals(30, options.lookups());
        assertEquals(4, options.warmup());
        assertEquals(12, options.coldRuns());
        assertEquals(List.of(BenchFunction.SCREEN_POP, BenchFunction.CALLER_LOOKUP), options.functions());
        assertEquals(Optional.of(new JmhFigures.Settings(2, 3, Duration.ofMillis(250))), options.jmh());
        assertEquals(Path.of("/tmp/e.json"), options.eventFile());
        assertEquals(new BenchOptions.Throughput(8, 5, Duration.ofMillis(40)), options.throughput());
    }

    @Test
    void parse_skipsJmh_withNoJmh() {
        assertTrue(BenchOptions.parse(List.of("--no-jmh"), ROOT, "cmd").jmh().isEmpty());
    }

    @Test
    void parse_namesTheProblem_ofBadArguments() {
        assertMessage("unknown option --lookup", "--lookup", "5");
        assertMessage("--lookups needs a value", "--lookups");
        assertMessage("--lookups needs a whole number, not 'many'", "--lookups", "many");
        assertMessage("--cold-runs must be at least 1, not 0", "--cold-runs", "0");
        assertMessage(
                "--functions: unknown function 'call-logger'; known: caller-lookup, screen-pop, contact-record,"
                        + " contact-event",
                "--functions",
                "caller-lookup,call-logger");
        assertMessage("--functions needs at least one function", "--functions", ",");
    }

    private static void assertMessage(String expected, String... args) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of(args), ROOT, "cmd"));
        assertEquals(expected, e.getMessage());
    }
}
