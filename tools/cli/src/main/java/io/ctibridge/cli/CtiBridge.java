package io.ctibridge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The operator's command line: {@code java -jar ctibridge-cli.jar <command>}. */
@Command(name = "ctibridge", mixinStandardHelpOptions = true, version = "ctibridge 0.1.0",
        description = "Amazon Connect + Salesforce CTI backend: local stack and operator tools.",
        subcommands = {LocalCommand.class, ConfigCommand.class, CallCenterXmlCommand.class, AssignUsersCommand.class})
public final class CtiBridge {

    public static void main(String[] args) {
        System.exit(new CommandLine(new CtiBridge()).execute(args));
    }
}
