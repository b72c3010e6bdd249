package io.ctibridge.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The operator commands' common contract: exit 0 when done, 1 when the operation failed or found a mismatch, 2 for
 * a bad argument, file or setting. A command throws to fail; {@link OneLineErrors} turns any exception into one
 * line on stderr and the exit code ({@link OperatorError}), never a stack trace. Output goes through picocli's
 * writers so that tests capture it with {@code setOut}/{@code setErr}.
 */
abstract class OperatorCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    /** The command's work; returns {@link #OK} or {@link #FAILED}. */
    protected abstract int run() throws Exception;

    @Override
    public final Integer call() throws Exception {
        try {
            return run();
        } finally {
            out().flush();
            err().flush();
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Where settings come from: this process's environment, or the one a test gave {@link CtiBridge}. */
    Map<String, String> environment() {
        return ((CtiBridge) spec.root().userObject()).environment();
    }
}
