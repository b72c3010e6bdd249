package io.ctibridge.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

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

    @Option(
            names = OneLineErrors.DEBUG,
            scope = ScopeType.INHERIT,
            description = "On an error, print the stack trace after the one-line message.")
    boolean debug;

    private final Map<String, String> environment;

    private CtiBridge(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static void main(String[] args) {
        CheckoutRoot.publish();
        System.exit(commandLine().execute(args));
    }

    /** The command line as {@code main} runs it, over this process's environment; tests run the same one. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** The command line over {@code environment}, which the commands read instead of the process's. */
    static CommandLine commandLine(Map<String, String> environment) {
        return OneLineErrors.install(new CommandLine(new CtiBridge(environment)));
    }

    /** The environment variables the commands read settings from (AWS, tables, secrets). */
    Map<String, String> environment() {
        return environment;
    }
}
