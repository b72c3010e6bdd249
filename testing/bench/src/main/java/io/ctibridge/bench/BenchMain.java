package io.ctibridge.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code bin/bench}: measures and prints the figures of BENCHMARKS.md (a Markdown report on stdout, progress on
 * stderr). System properties: {@code ctibridge.root} (the repository, for the sample event) and
 * {@code ctibridge.bench.command} (the command line as typed, printed with the figures).
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        Path root = Path.of(System.getProperty("ctibridge.root", "."));
        if (arguments.contains("--operations")) {
            // Issue 18: the flow operations' figures only (BENCHMARKS.md, "Issue 18"); quick, no cold starts.
            int calls = intOption(arguments, "--lookups", 500);
            int warmup = intOption(arguments, "--warmup", 100);
            System.out.print(OperationFigures.run(root, warmup, calls, System.err));
            System.out.flush();
            System.exit(0);
            return;
        }
        if (arguments.contains("--linking")) {
            // Issue 16: Salesforce requests per batch of calls the lookup never saw, linked by the call log.
            System.out.print(LinkFigures.run(
                    root,
                    intOption(arguments, "--batch-size", 50),
                    intOption(arguments, "--batches", 5),
                    List.of(stringOption(arguments, "--destinations", "Task,VoiceCall,both")
                            .split(",")),
                    System.err));
            System.out.flush();
            System.exit(0);
            return;
        }
        if (arguments.contains("--analyses")) {
            // Issue 16: Salesforce requests per Contact Lens analysis (BENCHMARKS.md, "Contact Lens analyses").
            System.out.print(AnalysisFigures.run(
                    root,
                    intOption(arguments, "--calls", 50),
                    List.of(stringOption(arguments, "--destinations", "Task,VoiceCall,both")
                            .split(",")),
                    System.err));
            System.out.flush();
            System.exit(0);
            return;
        }
        String command = System.getProperty(
                "ctibridge.bench.command", "java " + BenchMain.class.getName() + " " + String.join(" ", arguments));
        BenchOptions options;
        try {
            options = BenchOptions.parse(arguments, root, command);
        } catch (IllegalArgumentException e) {
            System.err.println("bin/bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        // System.exit either way: threads of the SDK clients must not keep the JVM up after the figures or a failure.
        try {
            BenchReport report = new BenchRun(options, root, Path.of("target", "bench"), System.err).run();
            System.out.print(new ReportPrinter().print(report));
            System.out.flush();
        } catch (RuntimeException e) {
            System.err.println("bin/bench: the run failed, no figures printed");
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static String stringOption(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : fallback;
    }

    private static int intOption(List<String> arguments, String name, int fallback) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? Integer.parseInt(arguments.get(at + 1)) : fallback;
    }
}
