package io.ctibridge.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Prints a {@link BenchReport} as Markdown: the machine and command, then one table per group of figures. */
public final class ReportPrinter {

    private static final String NOT_APPLICABLE = "—";

    public String print(BenchReport report) {
        StringBuilder text = new StringBuilder();
        header(text, report);
        requests(text, report);
        warm(text, report);
        inProcess(text, report);
        popBuilder(text, report);
        throughput(text, report);
        coldStarts(text, report);
        deploymentSizes(text, report);
        return text.toString();
    }

    private static void header(StringBuilder text, BenchReport report) {
        text.append("# ctibridge benchmark figures\n\n");
        text.append("- Command: `").append(report.options().command()).append("`\n");
        text.append("- Started: ").append(report.startedAt()).append('\n');
        text.append("- Machine: ").append(report.machine().summary()).append('\n');
        text.append("- Java: ")
                .append(String.join(
                        " / ",
                        report.machine()
                                .javaVersion()
                                .lines()
                                .map(line -> "`" + line + "`")
                                .toList()))
                .append(" at ")
                .append(report.machine().javaHome())
                .append('\n');
        text.append("- Stack: moto (DynamoDB, Secrets Manager) and the Salesforce emulator (demo org), on loopback, "
                        + "started by the harness; handler logs in ")
                .append(report.lookupLog())
                .append("\n\n");
    }

    private static void requests(StringBuilder text, BenchReport report) {
        text.append(String.format(
                Locale.ROOT,
                "## Salesforce requests per lookup (emulator request log; %d lookups"
                        + " of each caller after %d warm-up lookups of each)%n%n",
                report.options().lookups(),
                report.options().warmup()));
        FiguresTable table = new FiguresTable(
                "Caller",
                "Answered as expected",
                "API requests / lookup",
                "Emulator requests by one lookup, fewest–most",
                "Token requests",
                "Budget (BENCHMARKS.md)");
        for (ScenarioRun run : report.scenarios()) {
            table.row(
                    run.scenario().label(),
                    run.answeredAsExpected() + "/" + run.lookups() + " "
                            + run.scenario().expectedStatus(),
                    String.format(Locale.ROOT, "%.2f", run.apiRequestsPerLookup()),
                    run.fewestRequests() + "–" + run.mostRequests(),
                    Integer.toString(run.tokenRequests()),
                    Integer.toString(run.scenario().budgetRequests()));
        }
        text.append(table.toMarkdown()).append('\n');
        text.append("Token requests of the warm execution environment over all its lookups (warm-up included): ")
                .append(report.warmEnvironmentTokenRequests())
                .append("; budget: 1 per token lifetime per execution environment. Cold starts: see below.\n\n");
    }

    private static void warm(StringBuilder text, BenchReport report) {
        text.append(String.format(
                Locale.ROOT,
                "## Warm handler time per lookup, against the stack (ms, median / p90 /"
                        + " p99 of %d lookups each)%n%n",
                report.options().lookups()));
        List<ScenarioRun> runs = report.scenarios();
        String[] header = new String[runs.size() + 2];
        header[0] = "Part of the handler call";
        for (int i = 0; i < runs.size(); i++) {
            header[i + 1] = runs.get(i).scenario().label();
        }
        header[header.length - 1] = "Budget (BENCHMARKS.md)";
        FiguresTable table = new FiguresTable(header);
        table.row(cells("Handler total", runs, ScenarioRun::total, true, ""));
        table.row(cells("Salesforce search (round trip; subtracted below)", runs, ScenarioRun::search, false, ""));
        table.row(cells("**Handler excluding Salesforce**", runs, ScenarioRun::withoutSearch, true, "< 2 ms median ¹"));
        table.row(cells("Contact-state write (DynamoDB PutItem, moto)", runs, ScenarioRun::stateWrite, true, ""));
        table.row(cells(
                "Handler excluding Salesforce and the state write",
                runs,
                ScenarioRun::withoutSearchOrWrite,
                true,
                "< 2 ms median"));
        text.append(table.toMarkdown());
        text.append(
                "\n¹ This row still holds the contact-state write, a DynamoDB round trip (to moto here) that "
                        + "the budget does not allow for; the function's own work is the last row and the in-process path.\n\n");
    }

    private static String[] cells(
            String part,
            List<ScenarioRun> runs,
            Function<ScenarioRun, Stats> figure,
            boolean everyScenario,
            String budget) {
        String[] cells = new String[runs.size() + 2];
        cells[0] = part;
        for (int i = 0; i < runs.size(); i++) {
            ScenarioRun run = runs.get(i);
            boolean searches = run.scenario().budgetRequests() > 0;
            cells[i + 1] = everyScenario || searches ? medianP90P99(figure.apply(run)) : NOT_APPLICABLE;
        }
        cells[cells.length - 1] = budget;
        return cells;
    }

    private static void inProcess(StringBuilder text, BenchReport report) {
        text.append("## In-process path: event → classify → request build → rank → flow map → token (ms)\n\n");
        text.append("In-memory search (the demo org's two Contacts for +1 415 555 0123, ranked to MULTIPLE), "
                + "in-memory contact state, fixed profile and pop-token key; logs serialised, written nowhere.\n\n");
        FiguresTable table =
                new FiguresTable("Measure", "Samples", "Median", "p90", "p99", "Min … max", "Budget (BENCHMARKS.md)");
        table.row(
                inProcessRow("Plain loop, after " + report.options().warmup() + " warm-up calls", report.inProcess()));
        report.jmh()
                .ifPresentOrElse(
                        jmh -> table.row(inProcessRow(
                                "JMH SampleTime ("
                                        + report.options().jmh().orElseThrow().describe() + ")",
                                jmh)),
                        () -> table.row("JMH", "not run (--no-jmh)", "", "", "", "", ""));
        text.append(table.toMarkdown()).append('\n');
    }

    private static String[] inProcessRow(String measure, Stats stats) {
        return new String[] {
            measure,
            Integer.toString(stats.count()),
            millis(stats.median()),
            millis(stats.p90()),
            millis(stats.p99()),
            millis(stats.min()) + " … " + millis(stats.max()),
            "< 2 ms median"
        };
    }

    private static void coldStarts(StringBuilder text, BenchReport report) {
        for (BenchFunction function : report.options().functions()) {
            Map<ColdStartVariant, List<ColdStartSample>> variants = new LinkedHashMap<>();
            report.coldStarts().forEach((variant, samples) -> {
                if (variant.function() == function) {
                    variants.put(variant, samples);
                }
            });
            if (!variants.isEmpty()) {
                coldStart(text, report, function, variants);
            }
        }
        text.append("Each cell: median (min … max). Spawn → answer adds the process launch and the JVM's boot, "
                + "which the child's own clock cannot see. Naive ÷ this: the function's naive baseline median over "
                + "this variant's, both from the same interleaved runs (above 1: this variant is faster). Event read "
                + "\"in the call\": the handler reads its own stream, and its first call runs from the event's bytes "
                + "to the answer's; for the others the event read and the answer write are outside the handler, and "
                + "event in → answer out adds them to the call. The primed variants' handler init holds the priming, "
                + "which SnapStart runs once per published version; their event in → answer out is what a restored "
                + "environment's first caller waits for, less the restore. Answers: each child's answer checked "
                + "once it exited (✓ passed).\n\n");
    }

    private static void coldStart(
            StringBuilder text,
            BenchReport report,
            BenchFunction function,
            Map<ColdStartVariant, List<ColdStartSample>> variants) {
        text.append(String.format(
                Locale.ROOT,
                "## Cold start, %s: JVM start → first answer, %d fresh JVMs per " + "variant (%s)%n%n",
                function.cliName(),
                report.options().coldRuns(),
                displayed(report.coldStartEvents().get(function))));
        FiguresTable table = new FiguresTable(
                "Variant",
                "JVM start → answer, ms",
                "Naive ÷ this (median)",
                "Spawn → answer, ms",
                "Handler init, ms",
                "Event read, ms",
                "First call, ms",
                "Event in → answer out, ms",
                "Classes loaded",
                "Answers checked",
                "SF API + token requests per start");
        List<ColdStartSample> naive = variants.get(ColdStartVariant.naiveBaseline(function));
        for (Map.Entry<ColdStartVariant, List<ColdStartSample>> variant : variants.entrySet()) {
            List<ColdStartSample> samples = variant.getValue();
            table.row(
                    variant.getKey().name(),
                    spread(samples, s -> s.child().jvmStartToAnswerMillis() * 1_000_000, ReportPrinter::wholeMillis),
                    naive == null
                            ? NOT_APPLICABLE
                            : ratio(naive, samples, s -> s.child().jvmStartToAnswerMillis()),
                    spread(samples, ColdStartSample::spawnToAnswerNanos, ReportPrinter::wholeMillis),
                    spread(samples, s -> s.child().handlerInitNanos(), ReportPrinter::wholeMillis),
                    samples.stream()
                                    .allMatch(
                                            s -> s.child().invocation().eventReadNanos() == Invocation.INSIDE_THE_CALL)
                            ? "in the call"
                            : spread(samples, s -> s.child().invocation().eventReadNanos(), ReportPrinter::wholeMillis),
                    spread(samples, s -> s.child().invocation().callNanos(), ReportPrinter::wholeMillis),
                    spread(samples, s -> s.child().invocation().eventInToAnswerOutNanos(), ReportPrinter::wholeMillis),
                    spread(samples, s -> s.child().loadedClasses(), ReportPrinter::plain),
                    answers(samples),
                    spread(samples, ColdStartSample::apiRequests, ReportPrinter::plain) + " + "
                            + spread(samples, ColdStartSample::tokenRequests, ReportPrinter::plain));
        }
        text.append(table.toMarkdown()).append('\n');
        if (function == BenchFunction.CALLER_LOOKUP) {
            report.aotSkipped()
                    .ifPresent(reason -> text.append("AOT-cache variants not run: ")
                            .append(reason)
                            .append(".\n\n"));
        }
    }

    /** "10/10 ✓ MULTIPLE, 2 matches", or each distinct answer counted when they differ. */
    private static String answers(List<ColdStartSample> samples) {
        long passed = samples.stream().filter(s -> s.verdict().passed()).count();
        Map<FunctionUnderTest.Verdict, Long> distinct = new LinkedHashMap<>();
        samples.forEach(s -> distinct.merge(s.verdict(), 1L, Long::sum));
        List<String> parts = distinct.entrySet().stream()
                .map(e -> (distinct.size() == 1 ? "" : e.getValue() + "× ")
                        + (e.getKey().passed() ? "" : "✗ ")
                        + oneLine(e.getKey().summary()))
                .toList();
        return passed + "/" + samples.size() + (passed == samples.size() ? " ✓ " : " ") + String.join("; ", parts);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 160 ? line : line.substring(0, 157) + "…";
    }

    /** A sample event under the repository as its path there ({@code events/…}), else as given. */
    private static String displayed(Path event) {
        if (event == null) {
            return "";
        }
        int events = event.toString().lastIndexOf("events/");
        return events >= 0 ? event.toString().substring(events) : event.toString();
    }

    private static String ratio(
            List<ColdStartSample> baseline, List<ColdStartSample> samples, ToLongFunction<ColdStartSample> value) {
        long base = Stats.of(baseline.stream().mapToLong(value).toArray()).median();
        long mine = Stats.of(samples.stream().mapToLong(value).toArray()).median();
        return mine == 0 ? NOT_APPLICABLE : String.format(Locale.ROOT, "%.2f×", (double) base / mine);
    }

    private static void popBuilder(StringBuilder text, BenchReport report) {
        text.append("## Pop builder: one screen-pop request, contact result stored, in process (ms)\n\n");
        text.append("Token check, stored result read (memory), pop rules, Open CTI renderings and the JSON body "
                + "(InProcessPop: the demo org's MULTIPLE answer).\n\n");
        FiguresTable table = new FiguresTable("Measure", "Samples", "Median", "p90", "p99", "Min … max", "Goal");
        report.popJmh()
                .ifPresentOrElse(
                        jmh -> {
                            String[] row = inProcessRow(
                                    "JMH SampleTime ("
                                            + report.options()
                                                    .jmh()
                                                    .orElseThrow()
                                                    .describe() + ")",
                                    jmh);
                            row[row.length - 1] = "< 0.5 ms median";
                            table.row(row);
                        },
                        () -> table.row("JMH", "not run (--no-jmh)", "", "", "", "", ""));
        text.append(table.toMarkdown()).append('\n');
    }

    private static void throughput(StringBuilder text, BenchReport report) {
        ThroughputFigures.Result result = report.throughput();
        text.append(String.format(
                Locale.ROOT,
                "## Throughput: %d concurrent callers, %d ms added Salesforce latency"
                        + " (one warm JVM, virtual threads)%n%n",
                result.callers(),
                result.latency().toMillis()));
        FiguresTable table = new FiguresTable(
                "Lookups",
                "Answered MATCH",
                "Wall time, s",
                "Lookups/s",
                "Per lookup median / p90 / p99, ms",
                "Max, ms",
                "SF API requests / lookup");
        table.row(
                Integer.toString(result.lookups()),
                result.answeredAsExpected() + "/" + result.lookups(),
                String.format(Locale.ROOT, "%.2f", result.wallTime().toNanos() / 1e9),
                String.format(Locale.ROOT, "%.0f", result.lookupsPerSecond()),
                medianP90P99(result.perLookup()),
                millis(result.perLookup().max()),
                String.format(Locale.ROOT, "%.2f", result.apiRequestsPerLookup()));
        text.append(table.toMarkdown());
        text.append(String.format(
                Locale.ROOT,
                "%nIdeal with no overhead: %d callers / %d ms = %.0f lookups/s."
                        + " moto (DynamoDB), the emulator and the harness share the machine's cores.%n%n",
                result.callers(),
                result.latency().toMillis(),
                result.callers() / (result.latency().toNanos() / 1e9)));
    }

    private static void deploymentSizes(StringBuilder text, BenchReport report) {
        text.append("## Deployment size (functions take the layer as provided)\n\n");
        text.append(
                report.deploymentSizes().stream().anyMatch(a -> a.module().startsWith(DeploymentSizes.SAM_BUILD))
                        ? "Read from sam build's output (.aws-sam/build, unzipped: own files + dependency jars).\n\n"
                        : "Computed from the Maven build: the module's jar + the jars of its runtime classpath "
                                + "(no .aws-sam/build here).\n\n");
        if (report.deploymentSizes().isEmpty()) {
            text.append("Not measured: no module's target/runtime.classpath (bin/bench writes them).\n");
            return;
        }
        FiguresTable table = new FiguresTable(
                "Artifact",
                "Measured in",
                "Own code, KiB",
                "Dependency jars",
                "Dependencies, KiB",
                "Largest dependency",
                "Total, KiB");
        for (DeploymentSizes.Artifact artifact : report.deploymentSizes()) {
            table.row(
                    artifact.name(),
                    artifact.module(),
                    kib(artifact.ownJarBytes()),
                    Integer.toString(artifact.dependencyJars()),
                    kib(artifact.dependencyBytes()),
                    artifact.largestDependency().isEmpty()
                            ? NOT_APPLICABLE
                            : artifact.largestDependency() + " (" + kib(artifact.largestDependencyBytes()) + ")",
                    kib(artifact.totalBytes()));
        }
        text.append(table.toMarkdown());
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%,.0f", bytes / 1024.0);
    }

    private static String spread(
            List<ColdStartSample> samples, ToLongFunction<ColdStartSample> value, Function<Long, String> format) {
        Stats stats = Stats.of(samples.stream().mapToLong(value).toArray());
        if (stats.min() == stats.max()) {
            return format.apply(stats.median());
        }
        return format.apply(stats.median()) + " (" + format.apply(stats.min()) + " … " + format.apply(stats.max())
                + ")";
    }

    private static String medianP90P99(Stats stats) {
        return millis(stats.median()) + " / " + millis(stats.p90()) + " / " + millis(stats.p99());
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1_000_000.0);
    }

    static String plain(long number) {
        return Long.toString(number);
    }

    static String wholeMillis(long nanos) {
        return Long.toString(Math.round(nanos / 1_000_000.0));
    }
}
