package io.ctibridge.reliability;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * bin/reliability: runs the suite, prints the figures as Markdown on stdout (progress on stderr) and exits 1 when
 * any must-be-zero figure is not.
 */
public final class ReliabilityMain {

    private ReliabilityMain() {}

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(SuiteOptions.USAGE);
            return;
        }
        SuiteOptions options;
        try {
            options = SuiteOptions.parse(args, Path.of("target", "reliability", "functions-stdout.log"));
        } catch (IllegalArgumentException e) {
            System.err.println("bin/reliability: " + e.getMessage());
            System.exit(2);
            return;
        }
        PrintStream figuresOut = System.out;
        // bin/reliability fuzzes the parsers with Jazzer first (one JVM per target) and passes the runs on.
        List<FuzzRun> fuzzRuns = FuzzRun.parseAll(System.getProperty("ctibridge.reliability.fuzz"));
        SuiteFigures figures =
                new ReliabilitySuite(options, System.err).run("reliability").withFuzzRuns(fuzzRuns);
        figuresOut.println(FiguresReport.markdown(
                figures, System.getProperty("ctibridge.reliability.command", "bin/reliability")));
        figuresOut.flush();
        System.exit(figures.passed() ? 0 : 1);
    }
}
