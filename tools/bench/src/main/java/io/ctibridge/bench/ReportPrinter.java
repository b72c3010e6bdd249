package io.ctibridge.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
        coldStart(text, report);
        deploymentSizes(text, report);
        return text.toString();
    }

    private static void header(StringBuilder text, BenchReport report) {
        text.append("# ctibridge benchmark figures\n\n");
        text.append("- Command: `").append(report.options().command()).append("`\n");
        text.append("- Started: ").append(report.startedAt()).append('\n');
        text.append("- Machine: ").append(report.machine().summary()).append('\n');
        text.append("- Java: ").append(String.join(" / ", report.machine().javaVersion().lines()
                .map(line -> "`" + line + "`").toList())).append(" at ").append(report.machine().javaHome()).append('\n');
        text.append("- Stack: moto (DynamoDB, Secrets Manager) and the Salesforce emulator (demo org), on loopback, "
                + "started by the harness; handler logs in ").append(report.lookupLog()).append("\n\n");
    }

    private static void requests(StringBuilder text, BenchReport report) {
        text.append(String.format(Locale.ROOT, "## Salesforce requests per lookup (emulator request log; %d lookups"
                + " of each caller after %d warm-up lookups of each)%n%n", report.options().lookups(),
                report.options().warmup()));
        FiguresTable table = new FiguresTable("Caller", "Answered as expected", "API requests / lookup",
                "Emulator requests by one lookup, fewest–most", "Token requests", "Budget (DESIGN)");
        for (ScenarioRun run : report.scenarios()) {
            table.row(run.scenario().label(),
                    run.answeredAsExpected() + "/" + run.lookups() + " " + run.scenario().expectedStatus(),
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
        text.append(String.format(Locale.ROOT, "## Warm handler time per lookup, against the stack (ms, median / p90 /"
                + " p99 of %d lookups each)%n%n", report.options().lookups()));
        List<ScenarioRun> runs = report.scenarios();
        String[] header = new String[runs.size() + 2];
        header[0] = "Part of the handler call";
        for (int i = 0; i < runs.size(); i++) {
            header[i + 1] = runs.get(i).scenario().label();
        }
        header[header.length - 1] = "Budget (DESIGN)";
        FiguresTable table = new FiguresTable(header);
        table.row(cells("Handler total", runs, ScenarioRun::total, true, ""));
        table.row(cells("Salesforce search (round trip; subtracted below)", runs, ScenarioRun::search, false, ""));
        table.row(cells("**Handler excluding Salesforce**", runs, ScenarioRun::withoutSearch, true,
                "< 2 ms median ¹"));
        table.row(cells("Contact-state write (DynamoDB PutItem, moto)", runs, ScenarioRun::stateWrite, true, ""));
        table.row(cells("Handler excluding Salesforce and the state write", runs, ScenarioRun::withoutSearchOrWrite,
                true, "< 2 ms median"));
        text.append(table.toMarkdown());
        text.append("\n¹ This row still holds the contact-state write, a DynamoDB round trip (to moto here) that "
                + "the budget does not allow for; the function's own work is the last row and the in-process path.\n\n");
    }

    private static String[] cells(String part, List<ScenarioRun> runs, Function<ScenarioRun, Stats> figure,
                                  boolean everyScenario, String budget) {
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
        FiguresTable table = new FiguresTable("Measure", "Samples", "Median", "p90", "p99", "Min … max",
                "Budget (DESIGN)");
        table.row(inProcessRow("Plain loop, after " + report.options().warmup() + " warm-up calls",
                report.inProcess()));
        report.jmh().ifPresentOrElse(
                jmh -> table.row(inProcessRow("JMH SampleTime (" + report.options().jmh().orElseThrow().describe()
                        + ")", jmh)),
                () -> table.row("JMH", "not run (--no-jmh)", "", "", "", "", ""));
        text.append(table.toMarkdown()).append('\n');
    }

    private static String[] inProcessRow(String measure, Stats stats) {
        return new String[] {measure, Integer.toString(stats.count()), millis(stats.median()), millis(stats.p90()),
                millis(stats.p99()), millis(stats.min()) + " … " + millis(stats.max()), "< 2 ms median"};
    }

    private static void coldStart(StringBuilder text, BenchReport report) {
        text.append(String.format(Locale.ROOT, "## Cold start: JVM start → first answer, %d fresh JVMs per variant "
                + "(%s)%n%n", report.options().coldRuns(), report.options().eventFile().getFileName()));
        FiguresTable table = new FiguresTable("Variant", "JVM start → answer, ms", "Naive ÷ this (median)",
                "Spawn → answer, ms", "Handler init, ms", "Event read, ms", "First call, ms", "Classes loaded",
                "Answers", "SF API + token requests per start");
        List<ColdStartSample> naive = report.coldStarts().get(ColdStartVariant.naiveBaseline());
        for (Map.Entry<ColdStartVariant, List<ColdStartSample>> variant : report.coldStarts().entrySet()) {
            List<ColdStartSample> samples = variant.getValue();
            table.row(variant.getKey().name(),
                    spread(samples, s -> s.child().jvmStartToAnswerMillis() * 1_000_000, ReportPrinter::wholeMillis),
                    naive == null ? NOT_APPLICABLE : ratio(naive, samples, s -> s.child().jvmStartToAnswerMillis()),
                    spread(samples, ColdStartSample::spawnToAnswerNanos, ReportPrinter::wholeMillis),
                    spread(samples, s -> s.child().handlerInitNanos(), ReportPrinter::wholeMillis),
                    spread(samples, s -> s.child().eventReadNanos(), ReportPrinter::wholeMillis),
                    spread(samples, s -> s.child().firstCallNanos(), ReportPrinter::wholeMillis),
                    spread(samples, s -> s.child().loadedClasses(), ReportPrinter::plain),
                    statuses(samples),
                    spread(samples, ColdStartSample::apiRequests, ReportPrinter::plain) + " + "
                            + spread(samples, ColdStartSample::tokenRequests, ReportPrinter::plain));
        }
        text.append(table.toMarkdown());
        text.append("\nEach cell: median (min … max). Spawn → answer adds the process launch and the JVM's boot, "
                + "which the child's own clock cannot see. Naive ÷ this: the naive baseline's median over this "
                + "variant's, both from the same interleaved runs (above 1: this variant is faster). The primed "
                + "variants' handler init holds the priming, which SnapStart runs once per published version; "
                + "their first call is what a restored environment's first caller waits for, less the restore.\n");
        report.aotSkipped().ifPresent(reason -> text.append("\nAOT-cache variants not run: ").append(reason)
                .append(".\n"));
        text.append('\n');
    }

    private static String ratio(List<ColdStartSample> baseline, List<ColdStartSample> samples,
                                ToLongFunction<ColdStartSample> value) {
        long base = Stats.of(baseline.stream().mapToLong(value).toArray()).median();
        long mine = Stats.of(samples.stream().mapToLong(value).toArray()).median();
        return mine == 0 ? NOT_APPLICABLE : String.format(Locale.ROOT, "%.2f×", (double) base / mine);
    }

    private static void popBuilder(StringBuilder text, BenchReport report) {
        text.append("## Pop builder: one screen-pop request, contact result stored, in process (ms)\n\n");
        text.append("Token check, stored result read (memory), pop rules, Open CTI renderings and the JSON body "
                + "(InProcessPop: the demo org's MULTIPLE answer).\n\n");
        FiguresTable table = new FiguresTable("Measure", "Samples", "Median", "p90", "p99", "Min … max", "Goal");
        report.popJmh().ifPresentOrElse(
                jmh -> {
                    String[] row = inProcessRow("JMH SampleTime (" + report.options().jmh().orElseThrow().describe()
                            + ")", jmh);
                    row[row.length - 1] = "< 0.5 ms median";
                    table.row(row);
                },
                () -> table.row("JMH", "not run (--no-jmh)", "", "", "", "", ""));
        text.append(table.toMarkdown()).append('\n');
    }

    private static void throughput(StringBuilder text, BenchReport report) {
        ThroughputFigures.Result result = report.throughput();
        text.append(String.format(Locale.ROOT, "## Throughput: %d concurrent callers, %d ms added Salesforce latency"
                + " (one warm JVM, virtual threads)%n%n", result.callers(), result.latency().toMillis()));
        FiguresTable table = new FiguresTable("Lookups", "Answered MATCH", "Wall time, s", "Lookups/s",
                "Per lookup median / p90 / p99, ms", "Max, ms", "SF API requests / lookup");
        table.row(Integer.toString(result.lookups()), result.answeredAsExpected() + "/" + result.lookups(),
                String.format(Locale.ROOT, "%.2f", result.wallTime().toNanos() / 1e9),
                String.format(Locale.ROOT, "%.0f", result.lookupsPerSecond()),
                medianP90P99(result.perLookup()), millis(result.perLookup().max()),
                String.format(Locale.ROOT, "%.2f", result.apiRequestsPerLookup()));
        text.append(table.toMarkdown());
        text.append(String.format(Locale.ROOT, "%nIdeal with no overhead: %d callers / %d ms = %.0f lookups/s."
                        + " moto (DynamoDB), the emulator and the harness share the machine's cores.%n%n",
                result.callers(), result.latency().toMillis(),
                result.callers() / (result.latency().toNanos() / 1e9)));
    }

    private static void deploymentSizes(StringBuilder text, BenchReport report) {
        text.append("## Deployment size (functions take the layer as provided)\n\n");
        text.append(report.deploymentSizes().stream().anyMatch(a -> a.module().startsWith(DeploymentSizes.SAM_BUILD))
                ? "Read from sam build's output (.aws-sam/build, unzipped: own files + dependency jars).\n\n"
                : "Computed from the Maven build: the module's jar + the jars of its runtime classpath "
                        + "(no .aws-sam/build here).\n\n");
        if (report.deploymentSizes().isEmpty()) {
            text.append("Not measured: no module's target/runtime.classpath (bin/bench writes them).\n");
            return;
        }
        FiguresTable table = new FiguresTable("Artifact", "Measured in", "Own code, KiB", "Dependency jars",
                "Dependencies, KiB", "Largest dependency", "Total, KiB");
        for (DeploymentSizes.Artifact artifact : report.deploymentSizes()) {
            table.row(artifact.name(), artifact.module(), kib(artifact.ownJarBytes()),
                    Integer.toString(artifact.dependencyJars()), kib(artifact.dependencyBytes()),
                    artifact.largestDependency().isEmpty() ? NOT_APPLICABLE
                            : artifact.largestDependency() + " (" + kib(artifact.largestDependencyBytes()) + ")",
                    kib(artifact.totalBytes()));
        }
        text.append(table.toMarkdown());
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%,.0f", bytes / 1024.0);
    }

    private static String spread(List<ColdStartSample> samples, ToLongFunction<ColdStartSample> value,
                                 Function<Long, String> format) {
        Stats stats = Stats.of(samples.stream().mapToLong(value).toArray());
        if (stats.min() == stats.max()) {
            return format.apply(stats.median());
        }
        return format.apply(stats.median()) + " (" + format.apply(stats.min()) + " … " + format.apply(stats.max())
                + ")";
    }

    private static String statuses(List<ColdStartSample> samples) {
        Map<String, Long> counts = new TreeMap<>();
        samples.forEach(s -> counts.merge(s.child().lookupStatus(), 1L, Long::sum));
        return String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + "× " + e.getKey()).toList());
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
