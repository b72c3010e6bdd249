package io.ctibridge.cli;

import io.ctibridge.cli.common.OperationFailedException;
import io.ctibridge.cli.profiles.ProfileCheck;
import io.ctibridge.cli.profiles.ProfileTable;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.config.store.StoredProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code config show NAME}: the document of the version in use (or {@code --version N}) on stdout, so that
 * {@code config show sales > sales.json} gives a file to edit and push; which version it is goes to stderr.
 */
@Command(name = "show", description = "Print a profile's document (the version in use, or --version N).")
final class ConfigShowCommand extends OperatorCommand {

    // Not mixinStandardHelpOptions: its --version (print the CLI's version) would take the name of this --version.
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Parameters(paramLabel = "NAME", description = "The profile.")
    String name;

    @Option(names = "--version", paramLabel = "N", description = "An earlier version from the history.")
    Integer version;

    @Mixin
    ConfigTableOptions table;

    @Override
    protected int run() {
        try (ProfileTable profiles = ProfileTable.open(table.target(environment()))) {
            StoredProfile shown = version == null ? inUse(profiles) : earlier(profiles, version);
            out().println(new ProfileCheck().canonicalJson(shown.profile()));
            err().println("profile '" + name + "' version " + shown.version() + ", saved " + shown.updatedAt() + " by "
                    + shown.updatedBy());
            return OK;
        } catch (InvalidProfileException e) {
            // Only an item edited by hand in the console can fail here: say so rather than print it.
            ProblemReport.print(err(), "stored profile '" + name + "'", e);
            return FAILED;
        }
    }

    private StoredProfile inUse(ProfileTable profiles) {
        return profiles.current(name)
                .orElseThrow(() -> new OperationFailedException(
                        "profile '" + name + "' does not exist in table " + profiles.tableName()));
    }

    private StoredProfile earlier(ProfileTable profiles, int wanted) {
        return profiles.history(name).stream()
                .filter(stored -> stored.version() == wanted)
                .findFirst()
                .orElseThrow(() -> new OperationFailedException(
                        "profile '" + name + "' has no version " + wanted + " in table " + profiles.tableName()));
    }
}
