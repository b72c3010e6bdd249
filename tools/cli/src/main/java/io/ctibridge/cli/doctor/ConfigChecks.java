package io.ctibridge.cli.doctor;

import io.ctibridge.core.aws.TableDefinitions;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.config.parse.Violation;
import io.ctibridge.core.config.store.DynamoDbProfileStore;
import io.ctibridge.core.config.store.StoredProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The config table: every stored profile reads and validates as the functions would read it, and {@code default}
 * exists. The valid profiles are kept for the Salesforce field checks.
 */
public final class ConfigChecks implements CheckGroup {

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final List<Profile> valid = new ArrayList<>();

    ConfigChecks(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** The profiles that passed, after {@link #run()}. */
    List<Profile> validProfiles() {
        return List.copyOf(valid);
    }

    @Override
    public List<CheckResult> run() {
        List<CheckResult> results = new ArrayList<>();
        TreeSet<String> names;
        try {
            names = profileNames();
        } catch (ResourceNotFoundException e) {
            results.add(CheckResult.fail(
                    "Config table " + table,
                    "does not exist",
                    "Pass the stack's ConfigTableName output as --config-table (or set CONFIG_TABLE)."));
            return results;
        } catch (SdkException e) {
            results.add(CheckResult.fail(
                    "Config table " + table,
                    oneLine(e.getMessage()),
                    "Use credentials allowed dynamodb:Scan and GetItem on the table."));
            return results;
        }
        DynamoDbProfileStore store = new DynamoDbProfileStore(dynamoDb, table);
        for (String name : names) {
            results.add(validate(store, name));
        }
        results.add(
                names.contains(Profile.DEFAULT_NAME)
                        ? CheckResult.pass("Profile 'default' exists", "")
                        : CheckResult.fail(
                                "Profile 'default' exists",
                                "not in " + table + "; the functions fall back to the built-in default",
                                "Push one: ctibridge config push my-profile.json --profile default."));
        return results;
    }

    private CheckResult validate(DynamoDbProfileStore store, String name) {
        String check = "Profile '" + name + "' validates";
        try {
            Optional<StoredProfile> stored = store.get(name);
            if (stored.isEmpty()) {
                return CheckResult.fail(check, "vanished while checking", "Run the doctor again.");
            }
            valid.add(stored.get().profile());
            return CheckResult.pass(check, "version " + stored.get().version());
        } catch (InvalidProfileException e) {
            return CheckResult.fail(
                    check,
                    e.violations().stream().map(Violation::toString).collect(Collectors.joining("; ")),
                    "Fix the document and push it with 'ctibridge config push', or roll back with"
                            + " 'ctibridge config rollback'.");
        } catch (RuntimeException e) {
            return CheckResult.fail(
                    check,
                    "unreadable item: " + oneLine(e.getMessage()),
                    "Push a valid version with 'ctibridge config push' (items are written only by the CLI).");
        }
    }

    /** The names of the current items (version 0), as any item in the table may have been edited by hand. */
    private TreeSet<String> profileNames() {
        TreeSet<String> names = new TreeSet<>();
        dynamoDb.scanPaginator(r -> r.tableName(table)
                        .consistentRead(true)
                        .projectionExpression("#p, #v")
                        .expressionAttributeNames(
                                java.util.Map.of("#p", TableDefinitions.PROFILE, "#v", TableDefinitions.VERSION)))
                .items()
                .forEach(item -> {
                    AttributeValue version = item.get(TableDefinitions.VERSION);
                    AttributeValue profile = item.get(TableDefinitions.PROFILE);
                    if (version != null && "0".equals(version.n()) && profile != null && profile.s() != null) {
                        names.add(profile.s());
                    }
                });
        return names;
    }

    private static String oneLine(String message) {
        return message == null ? "failed" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
