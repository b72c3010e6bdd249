package io.ctibridge.cli;

import io.ctibridge.cli.common.OperationFailedException;
import io.ctibridge.cli.common.UsageException;
import io.ctibridge.cli.connect.AwsTarget;
import io.ctibridge.cli.connect.LazyAwsClients;
import io.ctibridge.cli.users.AssignmentPlan;
import io.ctibridge.cli.users.AssignmentReport;
import io.ctibridge.cli.users.CallCenterAssigner;
import io.ctibridge.cli.users.CallCenterRef;
import io.ctibridge.cli.users.SalesforceUser;
import io.ctibridge.cli.users.UserDirectory;
import io.ctibridge.cli.users.UserOutcome;
import io.ctibridge.cli.users.UserSelection;
import io.ctibridge.cli.users.UsernameCsv;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code assign-users}: Salesforce assigns call centers user by user; this sets {@code User.CallCenterId} for
 * every active user selected, in Collections batches of 200, touching only users whose call center differs. Safe to
 * run again: a second run changes nothing and makes no write.
 */
@Command(
        name = "assign-users",
        mixinStandardHelpOptions = true,
        description =
                "Assign a call center to the active users with a profile, role or permission set, or listed in a CSV.",
        exitCodeListHeading = "%nExit codes:%n",
        footer = "",
        exitCodeList = {
            "0:every selected user has the call center (or would, with --dry-run)",
            "1:a user failed, a listed user was not found, or nothing matched",
            "2:bad arguments or file"
        })
final class AssignUsersCommand extends OperatorCommand {

    @Option(
            names = "--call-center",
            required = true,
            paramLabel = "NAME",
            description = "The call center's internal name (reqInternalName) or name.")
    String callCenter;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    static final class Selection {
        @Option(names = "--profile", paramLabel = "PROFILE", description = "Users with this profile (Profile.Name).")
        String profile;

        @Option(names = "--role", paramLabel = "ROLE", description = "Users with this role (UserRole.Name).")
        String role;

        @Option(
                names = "--permission-set",
                paramLabel = "API_NAME",
                description = "Users assigned this permission set (its API name).")
        String permissionSet;

        @Option(
                names = "--users",
                paramLabel = "FILE.csv",
                description = "Users listed in a CSV file with a Username column.")
        Path usersFile;
    }

    @Option(names = "--dry-run", description = "Print what would change; write nothing.")
    boolean dryRun;

    @Mixin
    SalesforceOptions salesforce;

    @Override
    protected int run() {
        UserSelection users = userSelection(); // a bad file fails before any connection
        try (LazyAwsClients aws = new LazyAwsClients(
                () -> AwsTarget.resolve(salesforce.aws.endpoint, salesforce.aws.region, null, environment()))) {
            SalesforceApi api = salesforce.login(environment()).connect(aws);
            UserDirectory directory = new UserDirectory(api);
            CallCenterRef target = directory.callCenter(callCenter);
            List<SalesforceUser> found = directory.activeUsers(users);
            List<String> missing = missingUsernames(users, found);
            if (found.isEmpty() && missing.isEmpty()) {
                throw new OperationFailedException("no active user has " + users.describe());
            }
            AssignmentPlan plan = AssignmentPlan.of(target, found, missing);
            List<UserOutcome> outcomes = dryRun ? plan.preview() : new CallCenterAssigner(api).apply(plan);
            AssignmentReport report = new AssignmentReport(outcomes);
            report.print(out(), target, dryRun);
            return report.anyFailed() ? FAILED : OK;
        }
    }

    private UserSelection userSelection() {
        try {
            if (selection.usersFile != null) {
                return new UserSelection.ByUsernames(
                        UsernameCsv.read(selection.usersFile), selection.usersFile.toString());
            }
            if (selection.profile != null) {
                return new UserSelection.ByProfile(selection.profile);
            }
            if (selection.role != null) {
                return new UserSelection.ByRole(selection.role);
            }
            return new UserSelection.ByPermissionSet(selection.permissionSet);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Listed usernames that are not active users: the operator asked for them, so each is a failure. */
    private static List<String> missingUsernames(UserSelection selection, List<SalesforceUser> found) {
        if (!(selection instanceof UserSelection.ByUsernames listed)) {
            return List.of();
        }
        Set<String> present = found.stream()
                .map(user -> user.username().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return listed.usernames().stream()
                .filter(username -> !present.contains(username.toLowerCase(Locale.ROOT)))
                .toList();
    }
}
