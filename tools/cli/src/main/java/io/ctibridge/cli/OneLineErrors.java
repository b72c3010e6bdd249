package io.ctibridge.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * picocli's handlers for whatever a command throws or the arguments get wrong: one line on stderr and an exit
 * code, never a stack trace, unless {@value #DEBUG} was given; then the trace follows the line, for a bug report.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    static final String DEBUG = "--debug";

    /** Installs both handlers, and turns an {@link Error} from a command into an exception they see. */
    static CommandLine install(CommandLine commandLine) {
        OneLineErrors handler = new OneLineErrors();
        commandLine.setExecutionExceptionHandler(handler);
        commandLine.setParameterExceptionHandler(handler);
        // picocli hands Exceptions to the handler but lets Errors (no class found, out of memory) escape execute().
        commandLine.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (Error e) {
                throw new CommandLine.ExecutionException(
                        parseResult.asCommandLineList().getLast(), String.valueOf(e), e);
            }
        });
        return commandLine;
    }

    @Override
    public int handleExecutionException(Exception error, CommandLine command, ParseResult parseResult) {
        OperatorError failure = OperatorError.of(
                error, command.getCommandSpec().qualifiedName(" ").replaceFirst("^\\S+ ", ""));
        print(command.getErr(), failure.line(), debugging(parseResult) ? error : null);
        return failure.exitCode();
    }

    /** Bad arguments get one line and a pointer to --help, not the whole usage text. */
    @Override
    public int handleParseException(CommandLine.ParameterException error, String[] args) {
        CommandLine failed = error.getCommandLine();
        String line = failed.getCommandName() + ": " + error.getMessage() + " (try '"
                + failed.getCommandSpec().qualifiedName() + " --help')";
        print(failed.getErr(), line, Arrays.asList(args).contains(DEBUG) ? error : null);
        return failed.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static void print(PrintWriter err, String line, Throwable trace) {
        err.println(OperatorError.oneLine(line));
        if (trace != null) {
            trace.printStackTrace(err);
        }
        err.flush();
    }

    /** Whether --debug was given to the root or any subcommand on the way (it is inherited by all of them). */
    private static boolean debugging(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(DEBUG)) {
                return true;
            }
        }
        return false;
    }
}
