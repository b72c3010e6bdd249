package io.ctibridge.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Runs the CLI as an operator would, in-process, and keeps what it printed. */
final class Cli {

    private Cli() {}

    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        /** Whether stderr shows a Java stack trace, as a crash or {@code --debug} prints it. */
        boolean hasStackTrace() {
            return err.contains("\tat ") || err.contains("Exception in thread");
        }

        List<String> outLines() {
            return out.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Run run(String... args) {
        return run(System.getenv(), args);
    }

    /** As an operator whose environment is {@code environment} (e.g. empty: a fresh shell, nothing exported). */
    static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = CtiBridge.commandLine(environment)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
