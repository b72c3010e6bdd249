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
        coldStart(text, report);
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
        FiguresTable table = new FiguresTable("Variant", "JVM start → answer, ms", "Spawn → answer, ms",
                "Handler init, ms", "Event read, ms", "First call, ms", "Classes loaded", "Answers",
                "SF API + token requests per start");
        for (Map.Entry<ColdStartVariant, List<ColdStartSample>> variant : report.coldStarts().entrySet()) {
            List<ColdStartSample> samples = variant.getValue();
            table.row(variant.getKey().name(),
                    spread(samples, s -> s.child().jvmStartToAnswerMillis() * 1_000_000, ReportPrinter::wholeMillis),
                    spread(samples, ColdStartSample::spawnToAnswerNanos, ReportPrinter::wholeMillis),
                    spread(samples, s -> s.child().handlerInitNanos(), ReportPrinter::wholeMillis),
                    spread(samples, s -> s.child().eventReadNanos(), ReportPrinter::wholeMillis),
                    spread(samples, s -> s.child().firstCallNanos(), ReportPrinter::wholeMillis),
                    spread(samples, s -> s.child().loadedClasses(), ReportPrinter::plain),
                    statuses(samples),
                    spread(samples, ColdStartSample::apiRequests, ReportPrinter::plain) + " + "
                            + spread(samples, ColdStartSample::tokenRequests, ReportPrinter::plain));
        }
        table.row("naive baseline (issue 8)", "not yet measured", "", "", "", "", "", "", "");
        text.append(table.toMarkdown());
        text.append("\nEach cell: median (min … max). Spawn → answer adds the process launch and the JVM's boot, "
                + "which the child's own clock cannot see.\n");
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
