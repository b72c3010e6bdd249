package io.ctibridge.cli.profiles;

import io.ctibridge.cli.common.OperationFailedException;
import io.ctibridge.cli.common.UsageException;
import io.ctibridge.cli.connect.AwsTarget;
import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.store.DynamoDbProfileStore;
import io.ctibridge.core.config.store.ProfileStore;
import io.ctibridge.core.config.store.ProfileVersionConflictException;
import io.ctibridge.core.config.store.StoredProfile;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The config table as an operator uses it: read, save, list and roll back profiles through
 * {@link DynamoDbProfileStore}, with every expected failure turned into a one-line CLI error.
 * {@link io.ctibridge.core.config.parse.InvalidProfileException} passes through: its violations are the answer.
 */
public final class ProfileTable implements AutoCloseable {

    private final AwsClients clients;
    private final ProfileStore store;
    private final String tableName;
    private final String where;

    ProfileTable(AwsClients clients, ProfileStore store, String tableName, String where) {
        this.clients = clients;
        this.store = store;
        this.tableName = tableName;
        this.where = where;
    }

    public static ProfileTable open(AwsTarget target) {
        AwsClients clients = target.openClients();
        return new ProfileTable(
                clients,
                new DynamoDbProfileStore(clients.dynamoDb(), target.configTable()),
                target.configTable(),
                target.describe());
    }

    public String tableName() {
        return tableName;
    }

    public Optional<StoredProfile> current(String name) {
        return call(() -> store.get(requireName(name)));
    }

    /** Every version, newest first. */
    public List<StoredProfile> history(String name) {
        return call(() -> store.history(requireName(name)));
    }

    /**
     * @param expectedVersion the version the operator edited, when given: the save fails if someone saved since
     */
    public StoredProfile save(Profile profile, String updatedBy, OptionalInt expectedVersion) {
        requireUpdatedBy(updatedBy);
        return call(() -> expectedVersion.isPresent()
                ? store.put(profile, updatedBy, expectedVersion.getAsInt())
                : store.put(profile, updatedBy));
    }

    public StoredProfile rollback(String name, int version, String updatedBy) {
        requireName(name);
        requireUpdatedBy(updatedBy);
        if (version < 1) {
            throw new UsageException("--version must be 1 or more, not " + version);
        }
        return call(() -> store.rollback(name, version, updatedBy));
    }

    private <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (ResourceNotFoundException e) {
            throw new OperationFailedException(
                    "config table '" + tableName + "' does not exist at " + where
                            + "; pass --table or set CONFIG_TABLE",
                    e);
        } catch (ProfileVersionConflictException e) {
            throw new OperationFailedException(e.getMessage(), e);
        } catch (NoSuchElementException e) {
            throw new OperationFailedException(e.getMessage(), e);
        }
    }

    private static String requireName(String name) {
        if (!Profile.isValidName(name)) {
            throw new UsageException("'" + name + "' is not a profile name: 1 to 64 lower-case letters, digits or '-'");
        }
        return name;
    }

    private static void requireUpdatedBy(String updatedBy) {
        if (updatedBy == null || updatedBy.isBlank()) {
            throw new UsageException("--updated-by must not be blank: the history records who saved each version");
        }
    }

    @Override
    public void close() {
        clients.close();
    }
}
