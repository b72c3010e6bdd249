package io.ctibridge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The operator's command line: {@code java -jar ctibridge-cli.jar <command>}. */
@Command(
        name = "ctibridge",
        mixinStandardHelpOptions = true,
        version = "ctibridge 0.1.0",
        description = "Amazon Connect + Salesforce CTI backend: local stack and operator tools.",
        subcommands = {
            LocalCommand.class,
            ConfigCommand.class,
            CallCenterXmlCommand.class,
            AssignUsersCommand.class,
            InvokeCommand.class,
            SimulateCallCommand.class,
            SmokeCommand.class,
            DoctorCommand.class
        })
public final class CtiBridge {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as {@code main} runs it; tests run the same one. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CtiBridge());
        // Bad arguments get one line and a pointer to --help, not the whole usage text.
        commandLine.setParameterExceptionHandler((error, args) -> {
            CommandLine failed = error.getCommandLine();
            failed.getErr()
                    .println(failed.getCommandName() + ": " + error.getMessage() + " (try '"
                            + failed.getCommandSpec().qualifiedName() + " --help')");
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        return commandLine;
    }
}
