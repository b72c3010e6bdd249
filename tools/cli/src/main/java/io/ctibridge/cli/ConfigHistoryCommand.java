package io.ctibridge.cli;

import io.ctibridge.cli.common.OperationFailedException;
import io.ctibridge.cli.profiles.ProfileTable;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.config.store.StoredProfile;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code config history NAME}: every saved version, newest first, the one in use marked. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List a profile's versions, newest first.")
final class ConfigHistoryCommand extends OperatorCommand {

    private static final String ROW = "%-8s %-24s %s%s";

    @Parameters(paramLabel = "NAME", description = "The profile.")
    String name;

    @Mixin
    ConfigTableOptions table;

    @Override
    protected int run() {
        try (ProfileTable profiles = ProfileTable.open(table.target(environment()))) {
            List<StoredProfile> versions = profiles.history(name);
            if (versions.isEmpty()) {
                throw new OperationFailedException(
                        "profile '" + name + "' does not exist in table " + profiles.tableName());
            }
            out().println(String.format(ROW, "VERSION", "SAVED AT", "SAVED BY", "")
                    .strip());
            for (StoredProfile stored : versions) {
                // The history is newest first and the latest version is the one in use.
                String marker = stored == versions.getFirst() ? "  (in use)" : "";
                out().println(String.format(ROW, stored.version(), stored.updatedAt(), stored.updatedBy(), marker));
            }
            return OK;
        } catch (InvalidProfileException e) {
            ProblemReport.print(err(), "stored profile '" + name + "'", e);
            return FAILED;
        }
    }
}
