package io.ctibridge.cli;

import io.ctibridge.cli.profiles.ProfileTable;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.config.store.StoredProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code config rollback NAME --version N}: saves version N's content as a new version. The history is never
 * rewritten, so a rollback can itself be rolled back.
 */
@Command(name = "rollback", description = "Put an earlier version's content back in use, as a new version.")
final class ConfigRollbackCommand extends OperatorCommand {

    // Not mixinStandardHelpOptions: its --version (print the CLI's version) would take the name of this --version.
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Parameters(paramLabel = "NAME", description = "The profile.")
    String name;

    @Option(
            names = "--version",
            required = true,
            paramLabel = "N",
            description = "The version whose content to restore.")
    int version;

    @Option(
            names = "--updated-by",
            paramLabel = "WHO",
            defaultValue = "${sys:user.name}",
            description = "Recorded in the history (default: your OS user, ${DEFAULT-VALUE}).")
    String updatedBy;

    @Mixin
    ConfigTableOptions table;

    @Override
    protected int run() {
        try (ProfileTable profiles = ProfileTable.open(table.target(environment()))) {
            StoredProfile saved = profiles.rollback(name, version, updatedBy);
            out().println("profile '" + name + "': the content of version " + version + " is now in use as version "
                    + saved.version() + " (by " + saved.updatedBy() + ")");
            return OK;
        } catch (InvalidProfileException e) {
            ProblemReport.print(err(), "profile '" + name + "' version " + version + " fails today's checks", e);
            return FAILED;
        }
    }
}
