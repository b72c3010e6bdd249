package io.ctibridge.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How big a run is.
 *
 * @param contacts       contacts through the call logger (the issue asks for at least 1,000)
 * @param lookupRounds   rounds of lookups (one per suite caller) under each fault
 * @param latencySteps   Salesforce latencies tried
 * @param inputsPerTarget generated inputs per parser unit (caller IDs get 3 units, CTRs 2, the rest 1: 9 in all)
 * @param deadlineMargin what a lookup may take beyond the profile deadline
 * @param seed           for the call log's random faults (printed, to replay a run)
 * @param log            where the functions' stdout goes, for the log scan
 * @param breakerLookups sequential lookups at 5 s Salesforce latency, the breaker off and then on
 */
public record SuiteOptions(
        int contacts,
        int lookupRounds,
        List<Duration> latencySteps,
        int inputsPerTarget,
        Duration deadlineMargin,
        long seed,
        Path log,
        int breakerLookups) {

    static final String USAGE = """
            usage: bin/reliability [--contacts N] [--lookup-rounds N] [--inputs-per-target N]
                                   [--latency-ms 0,500,...] [--margin-ms N] [--seed N] [--log FILE]
                                   [--breaker-lookups N]
            Defaults: 1000 contacts, 5 rounds of lookups per fault, latencies 0,500,1000,2000,2500,3000,5000,10000 ms,
            12000 inputs per target (108,000 generated inputs), 300 ms margin over the lookup deadline, 40 sequential
            lookups at 5 s Salesforce latency with the breaker off and on.""";

    public static SuiteOptions full(Path log) {
        return new SuiteOptions(
                1_000,
                5,
                millis(0, 500, 1_000, 2_000, 2_500, 3_000, 5_000, 10_000),
                12_000,
                Duration.ofMillis(300),
                System.nanoTime(),
                log,
                40);
    }

    /** The subset the normal test run affords. */
    public static SuiteOptions fast(Path log) {
        return new SuiteOptions(
                120, 1, millis(0, 1_000, 5_000), 300, Duration.ofMillis(300), System.nanoTime(), log, 8);
    }

    public int generatedInputs() {
        return 9 * inputsPerTarget;
    }

    static SuiteOptions parse(String[] args, Path defaultLog) {
        SuiteOptions options = full(defaultLog);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            options = switch (args[i]) {
                case "--contacts" -> options.with(positive(args[i], value), null, null, null, null, null, null);
                case "--lookup-rounds" -> options.with(null, positive(args[i], value), null, null, null, null, null);
                case "--latency-ms" -> options.with(null, null, latencies(value), null, null, null, null);
                case "--inputs-per-target" ->
                    options.with(null, null, null, positive(args[i], value), null, null, null);
                case "--margin-ms" ->
                    options.with(null, null, null, null, Duration.ofMillis(positive(args[i], value)), null, null);
                case "--seed" -> options.with(null, null, null, null, null, number(args[i], value), null);
                case "--log" -> options.with(null, null, null, null, null, null, Path.of(required(args[i], value)));
                case "--breaker-lookups" -> options.withBreakerLookups(positive(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            };
            i++;
        }
        return options;
    }

    private SuiteOptions with(
            Integer contacts,
            Integer rounds,
            List<Duration> latencies,
            Integer inputs,
            Duration margin,
            Long seed,
            Path log) {
        return new SuiteOptions(
                contacts != null ? contacts : this.contacts,
                rounds != null ? rounds : lookupRounds,
                latencies != null ? latencies : latencySteps,
                inputs != null ? inputs : inputsPerTarget,
                margin != null ? margin : deadlineMargin,
                seed != null ? seed : this.seed,
                log != null ? log : this.log,
                breakerLookups);
    }

    private SuiteOptions withBreakerLookups(int lookups) {
        return new SuiteOptions(
                contacts, lookupRounds, latencySteps, inputsPerTarget, deadlineMargin, seed, log, lookups);
    }

    private static List<Duration> millis(long... values) {
        return Arrays.stream(values).mapToObj(Duration::ofMillis).toList();
    }

    private static List<Duration> latencies(String value) {
        try {
            return Arrays.stream(required("--latency-ms", value).split(","))
                    .map(String::trim)
                    .map(Long::parseLong)
                    .map(Duration::ofMillis)
                    .toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--latency-ms takes comma-separated milliseconds, not " + value);
        }
    }

    private static int positive(String option, String value) {
        long number = number(option, value);
        if (number < 1 || number > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " must be a positive number, not " + value);
        }
        return (int) number;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(required(option, value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not " + value);
        }
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return value;
    }
}
