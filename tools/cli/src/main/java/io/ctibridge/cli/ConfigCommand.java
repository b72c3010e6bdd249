package io.ctibridge.cli;

import picocli.CommandLine.Command;

/** The profile commands; a subcommand is required. */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = "Check and manage config profiles (the JSON documents in the config table).",
        subcommands = {
            ConfigValidateCommand.class,
            ConfigPushCommand.class,
            ConfigShowCommand.class,
            ConfigHistoryCommand.class,
            ConfigRollbackCommand.class
        })
final class ConfigCommand {}
