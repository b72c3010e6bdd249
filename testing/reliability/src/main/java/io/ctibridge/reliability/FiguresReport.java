package io.ctibridge.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures of a run as Markdown, ending with the summary table RELIABILITY.md records. */
public final class FiguresReport {

    private FiguresReport() {}

    public static String markdown(SuiteFigures figures, String command) {
        StringBuilder out = new StringBuilder();
        SuiteOptions options = figures.options();
        out.append("## Config\n\n| check | result | seen |\n|---|---|---|\n");
        figures.config().forEach(c -> out.append(row(c.name(), verdict(c.passed()), c.detail())));

        out.append("\n## Caller lookup under faults\n\nDeadline: the default profile's, plus a margin of ")
                .append(options.deadlineMargin().toMillis())
                .append(" ms. Latency p50 / p95 / p99 / max.\n\n")
                .append("| fault | lookups | latency | statuses | over deadline | contract broken |\n")
                .append("|---|---|---|---|---|---|\n");
        figures.lookups()
                .forEach(l -> out.append(row(
                        l.scenario(),
                        Integer.toString(l.latency().count()),
                        l.latency().toString(),
                        statuses(l.statuses()),
                        Integer.toString(l.overDeadline()),
                        Integer.toString(l.violations().size()))));
        figures.lookups().stream()
                .flatMap(l -> l.violations().stream())
                .limit(10)
                .forEach(v -> out.append("\n- ").append(v));

        List<CallLogFigures> callLogs = new ArrayList<>();
        callLogs.add(figures.callLog());
        callLogs.addAll(figures.voiceCallLogs());
        for (CallLogFigures log : callLogs) {
            out.append("\n## Call logging under faults, destination ")
                    .append(log.destination())
                    .append("\n\n")
                    .append("Seed ")
                    .append(options.seed())
                    .append("; ")
                    .append(log.recordsDelivered())
                    .append(" records on the stream, ")
                    .append(log.invocations())
                    .append(" handler invocations, ")
                    .append(log.elapsedMillis() / 1000)
                    .append(" s.\n\n| figure | value | must be |\n|---|---|---|\n");
            out.append(row("contacts", Integer.toString(log.contacts()), ""));
            out.append(row("Tasks", Integer.toString(log.tasks()), ""));
            out.append(row("duplicate Tasks", Integer.toString(log.duplicates()), "0"));
            out.append(row("VoiceCalls", Integer.toString(log.voiceCalls()), ""));
            out.append(row("duplicate VoiceCalls", Integer.toString(log.voiceCallDuplicates()), "0"));
            out.append(row("lost", Integer.toString(log.lost()), "0"));
            out.append(row("stream positions given up", Integer.toString(log.abandoned()), "0"));
            out.append(row("Contact Lens analysis events delivered", Integer.toString(log.analysesDelivered()), ""));
            out.append(row(
                    "analyses lost (Task or VoiceCall without the newest summary)",
                    Integer.toString(log.analysesLost()),
                    "0"));
            out.append("\n| injected | count |\n|---|---|\n");
            log.faultsInjected().forEach((kind, count) -> out.append(row(kind, Integer.toString(count))));
            out.append("\n| dead letters by reason | count |\n|---|---|\n");
            log.deadLettered().forEach((reason, count) -> out.append(row(reason, Integer.toString(count))));
            log.stale()
                    .forEach(stale ->
                            out.append("\n- not on the latest version: ").append(stale));
        }

        GuardFigures guard = figures.guard();
        GuardRuns.BudgetFigures budget = guard.budget();
        out.append("\n## Salesforce API budget and circuit breaker\n\n")
                .append("The org at ")
                .append(budget.usagePercent())
                .append(" % of its daily API allowance (hard share 95 %): one lookup reads the usage, ")
                .append(budget.lookups())
                .append(" more follow; then ")
                .append(budget.contacts())
                .append(" CTRs on a Kinesis shard model, the allowance freed up after 3 deferred deliveries.\n\n")
                .append("| budget | value | must be |\n|---|---|---|\n");
        out.append(row("lookups shed", statuses(budget.lookupStatuses()), "all UNAVAILABLE"));
        out.append(row("Salesforce calls by shed lookups", Integer.toString(budget.salesforceCallsWhileShed()), "0"));
        out.append(row("call-log deliveries deferred (RETRY)", Integer.toString(budget.deferredDeliveries()), "> 0"));
        out.append(row("Tasks written after the allowance freed up", Integer.toString(budget.tasks()), "all"));
        out.append(row("dead letters", Integer.toString(budget.deadLetters()), "0"));
        out.append(row("lost", Integer.toString(budget.lost()), "0"));
        out.append(row("stream positions given up", Integer.toString(budget.abandoned()), "0"));
        out.append("\nSequential lookups of one caller, Salesforce answering after ")
                .append(guard.breakerOff().latency().toMillis())
                .append(" ms (emulator latency). Latency p50 / p95 / p99 / max.\n\n")
                .append("| breaker | lookups | latency | statuses | Salesforce calls |\n|---|---|---|---|---|\n");
        for (LookupFaults.SequentialFigures run : List.of(guard.breakerOff(), guard.breakerOn())) {
            out.append(row(
                    run.breaker(),
                    Integer.toString(run.latencies().count()),
                    run.latencies().toString(),
                    statuses(run.statuses()),
                    Integer.toString(run.apiCalls())));
        }

        out.append("\n## Bad input\n\n| target | inputs | failed | time |\n|---|---|---|---|\n");
        figures.badInput()
                .forEach(b -> out.append(row(
                        b.target(),
                        String.format("%,d", b.inputs()),
                        Integer.toString(b.failed()),
                        b.elapsedMillis() / 1000 + " s")));
        figures.badInput().stream()
                .flatMap(b -> b.failures().stream().map(f -> b.target() + ": " + f))
                .forEach(f -> out.append("\n- ").append(f));

        if (!figures.fuzzRuns().isEmpty()) {
            out.append("\n## Coverage-guided fuzzing (Jazzer)\n\n| target | executions | result |\n|---|---|---|\n");
            figures.fuzzRuns()
                    .forEach(f -> out.append(row(
                            f.target(),
                            String.format("%,d", f.executions()),
                            f.passed() ? "no finding" : "FINDING (input saved under src/test/resources)")));
        }

        out.append("\n## Logs\n\n")
                .append(figures.logLines())
                .append(" lines the functions wrote to stdout, scanned for pop")
                .append(" and bearer tokens, JWTs, private keys, the stack's secret values and the suite's ")
                .append(ReliabilitySuite.NUMBERS.size())
                .append(" numbers in E.164, international, national and digit forms.\n");
        figures.logFindings().stream()
                .limit(10)
                .forEach(f ->
                        out.append("\n- line ").append(f.line()).append(": ").append(f.kind()));

        out.append("\n## Figures\n\n`").append(command).append("`\n\n| figure | value | must be |\n|---|---|---|\n");
        long lookups =
                figures.lookups().stream().mapToInt(l -> l.latency().count()).sum();
        long late = figures.lookups().stream()
                .mapToInt(LookupFaultFigures::overDeadline)
                .sum();
        long broken =
                figures.lookups().stream().mapToInt(l -> l.violations().size()).sum();
        long slowest = figures.lookups().stream()
                .mapToLong(l -> l.latency().max())
                .max()
                .orElse(0);
        out.append(row(
                "config checks passed",
                figures.config().stream().filter(ConfigCheck::passed).count() + " of "
                        + figures.config().size(),
                "all"));
        out.append(row("lookups under " + figures.lookups().size() + " faults", Long.toString(lookups), ""));
        out.append(row("lookups later than deadline + margin", Long.toString(late), "0"));
        out.append(row("slowest lookup", slowest + " ms", "≤ deadline + margin"));
        out.append(row("answers breaking the flow contract", Long.toString(broken), "0"));
        CallLogFigures log = figures.callLog();
        out.append(row("contact records in (contacts)", log.recordsDelivered() + " (" + log.contacts() + ")", ""));
        out.append(row("Tasks out", Integer.toString(log.tasks()), ""));
        out.append(row(
                "dead-lettered with reason",
                Integer.toString(log.deadLettered().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum()),
                ""));
        out.append(row("duplicate Tasks", Integer.toString(log.duplicates()), "0"));
        out.append(row("lost records", Integer.toString(log.lost()), "0"));
        out.append(row(
                "Tasks not on the latest version", Integer.toString(log.stale().size()), "0"));
        out.append(row("stream positions given up", Integer.toString(log.abandoned()), "0"));
        for (CallLogFigures voice : figures.voiceCallLogs()) {
            out.append(row(
                    "destination " + voice.destination() + ": VoiceCalls, Tasks, duplicates, lost",
                    voice.voiceCalls() + ", " + voice.tasks() + ", "
                            + (voice.voiceCallDuplicates() + voice.duplicates()) + ", " + voice.lost(),
                    "–, –, 0, 0"));
        }
        out.append(row(
                "API budget: calls by shed lookups, contacts lost",
                budget.salesforceCallsWhileShed() + ", " + budget.lost(),
                "0, 0"));
        out.append(row(
                "lookup p50 at 5 s Salesforce latency, breaker off / on",
                guard.breakerOff().latencies().p50() + " / "
                        + guard.breakerOn().latencies().p50() + " ms",
                ""));
        out.append(row("generated inputs", String.format("%,d", figures.generatedInputs()), "≥ 100,000 (suite)"));
        if (!figures.fuzzRuns().isEmpty()) {
            out.append(row(
                    "Jazzer executions (" + figures.fuzzRuns().size() + " targets)",
                    String.format(
                            "%,d",
                            figures.fuzzRuns().stream()
                                    .mapToLong(FuzzRun::executions)
                                    .sum()),
                    ""));
            out.append(row(
                    "Jazzer findings",
                    Long.toString(
                            figures.fuzzRuns().stream().filter(f -> !f.passed()).count()),
                    "0"));
        }
        out.append(row(
                "inputs failing a check (incl. unsafe search terms)",
                Integer.toString(figures.badInput().stream()
                        .mapToInt(BadInputFigures::failed)
                        .sum()),
                "0"));
        out.append(row(
                "secrets or unmasked numbers in " + figures.logLines() + " log lines",
                Integer.toString(figures.logFindings().size()),
                "0"));
        out.append(row("result", figures.passed() ? "PASSED" : "FAILED", "PASSED"));
        return out.toString();
    }

    private static String statuses(Map<String, Long> statuses) {
        return statuses.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String verdict(boolean passed) {
        return passed ? "ok" : "FAILED";
    }

    private static String row(String... cells) {
        return "| " + List.of(cells).stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | "))
                + " |\n";
    }
}
