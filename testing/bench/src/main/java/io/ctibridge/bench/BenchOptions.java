package io.ctibridge.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code bin/bench} was asked to measure.
 *
 * @param lookups   measured lookups per scenario (and in-process calls)
 * @param warmup    discarded lookups per scenario before measuring (and in-process calls)
 * @param coldRuns  fresh JVMs per cold-start variant
 * @param functions the functions whose cold starts are measured, in the report's order
 * @param jmh       JMH settings, empty with {@code --no-jmh}
 * @param throughput callers, lookups per caller and added Salesforce latency of the throughput figure
 * @param eventFile the Connect sample event of the lookup figures, the lookup's cold starts and the pops' lookups
 * @param command   the command line as typed, printed with the figures
 */
public record BenchOptions(
        int lookups,
        int warmup,
        int coldRuns,
        List<BenchFunction> functions,
        Optional<JmhFigures.Settings> jmh,
        Throughput throughput,
        Path eventFile,
        String command) {

    /** @param latency added by the emulator to every Salesforce answer, standing for a real org's round trip */
    public record Throughput(int callers, int lookupsPerCaller, Duration latency) {
        public Throughput {
            positive("--callers", callers);
            positive("--throughput-lookups", lookupsPerCaller);
            if (latency.isNegative()) {
                throw new IllegalArgumentException("--latency-ms must not be negative");
            }
        }

        public static Throughput defaults() {
            return new Throughput(50, 20, Duration.ofMillis(150));
        }
    }

    public static final String USAGE = """
            usage: bin/bench [options]
              --lookups N          measured lookups per scenario, and in-process calls (default 2000)
              --warmup N           discarded lookups per scenario before measuring (default 500)
              --cold-runs N        fresh JVMs per cold-start variant, at least 10 for a median worth printing (default 10)
              --functions A,B      cold starts of these functions only (default: caller-lookup,screen-pop,
                                   contact-record,contact-event)
              --no-jmh             skip the JMH figure of the in-process path
              --operations         only the contact-flow operations' figures (issue 18), with --lookups calls
                                   (default 500) and --warmup calls (default 100) of each
              --analyses           only Salesforce requests per Contact Lens analysis (issue 16), --calls N calls
                                   (default 50) per destination
              --linking            only Salesforce requests per batch of calls without lookup state (issue 16),
                                   --batches N (default 5) of --batch-size N calls (default 50) per destination
              --destinations A,B   destinations of --analyses and --linking (default Task,VoiceCall,both)
              --jmh-forks N        JMH forks (default 1)
              --jmh-iterations N   JMH warm-up and measured iterations, as many of each (default 5)
              --jmh-iteration-ms N length of a JMH iteration (default 1000)
              --callers N          concurrent callers of the throughput figure (default 50)
              --throughput-lookups N  lookups per caller in the throughput figure (default 20)
              --latency-ms N       Salesforce latency the emulator adds in the throughput figure (default 150)
              --event FILE         Connect sample event of the lookup figures and the pop's lookups
                                   (default events/connect/contact-flow-inbound.json)
              --help               this text""";

    static final String SAMPLE_EVENT = "events/connect/contact-flow-inbound.json";

    public BenchOptions {
        positive("--lookups", lookups);
        positive("--warmup", warmup);
        positive("--cold-runs", coldRuns);
        functions = List.copyOf(functions);
        if (functions.isEmpty()) {
            throw new IllegalArgumentException("--functions needs at least one function");
        }
        Objects.requireNonNull(jmh, "jmh");
        Objects.requireNonNull(throughput, "throughput");
        Objects.requireNonNull(eventFile, "eventFile");
        Objects.requireNonNull(command, "command");
    }

    /**
     * @param root    the repository root, where the default sample event lives
     * @param command the command line to print
     * @throws IllegalArgumentException naming the option that is unknown, lacks its value or has a bad one
     */
    public static BenchOptions parse(List<String> args, Path root, String command) {
        int lookups = 2000;
        int warmup = 500;
        int coldRuns = 10;
        List<BenchFunction> functions = List.of(BenchFunction.values());
        boolean jmh = true;
        int jmhForks = 1;
        int jmhIterations = 5;
        int jmhIterationMs = 1000;
        Throughput throughput = Throughput.defaults();
        Path event = root.resolve(SAMPLE_EVENT);
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--lookups" -> lookups = number(args, ++i, option);
                case "--warmup" -> warmup = number(args, ++i, option);
                case "--cold-runs" -> coldRuns = number(args, ++i, option);
                case "--functions" -> functions = functions(value(args, ++i, option));
                case "--no-jmh" -> jmh = false;
                case "--jmh-forks" -> jmhForks = number(args, ++i, option);
                case "--jmh-iterations" -> jmhIterations = number(args, ++i, option);
                case "--jmh-iteration-ms" -> jmhIterationMs = number(args, ++i, option);
                case "--callers" ->
                    throughput = new Throughput(
                            number(args, ++i, option), throughput.lookupsPerCaller(), throughput.latency());
                case "--throughput-lookups" ->
                    throughput = new Throughput(throughput.callers(), number(args, ++i, option), throughput.latency());
                case "--latency-ms" ->
                    throughput = new Throughput(
                            throughput.callers(),
                            throughput.lookupsPerCaller(),
                            Duration.ofMillis(number(args, ++i, option)));
                case "--event" -> event = Path.of(value(args, ++i, option));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        Optional<JmhFigures.Settings> jmhSettings = jmh
                ? Optional.of(new JmhFigures.Settings(jmhForks, jmhIterations, Duration.ofMillis(jmhIterationMs)))
                : Optional.empty();
        return new BenchOptions(lookups, warmup, coldRuns, functions, jmhSettings, throughput, event, command);
    }

    /** Comma-separated names, each once, in the order given. */
    private static List<BenchFunction> functions(String names) {
        List<BenchFunction> functions = Arrays.stream(names.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> {
                    try {
                        return BenchFunction.named(name);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--functions: " + e.getMessage());
                    }
                })
                .distinct()
                .toList();
        if (functions.isEmpty()) {
            throw new IllegalArgumentException("--functions needs at least one function");
        }
        return functions;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static int number(List<String> args, int index, String option) {
        String text = value(args, index, option);
        try {
            int value = Integer.parseInt(text);
            positive(option, value);
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + text + "'");
        }
    }

    private static void positive(String option, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, not " + value);
        }
    }
}
