package io.ctibridge.core.config.store;

import static io.ctibridge.core.aws.TableDefinitions.PROFILE;
import static io.ctibridge.core.aws.TableDefinitions.VERSION;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.config.parse.ProfileValidator;
import io.ctibridge.core.config.parse.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Profiles in the config table (see {@link io.ctibridge.core.aws.TableDefinitions#configProfiles}). Per profile,
 * items 1..n are the immutable history, and item 0 is a copy of the latest with {@code latestVersion}: reading
 * the profile in use costs one GetItem, and that item is what saves compete on.
 *
 * <p>A save is one transaction: create item n+1 (which must not exist) and replace item 0 on condition that its
 * {@code latestVersion} is still n. Two operators saving at once cannot both win, and neither leaves a gap.
 */
public final class DynamoDbProfileStore implements ProfileStore {

    static final String DOCUMENT = "document";
    static final String UPDATED_AT = "updatedAt";
    static final String UPDATED_BY = "updatedBy";
    static final String LATEST_VERSION = "latestVersion";
    private static final int CURRENT = 0;

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final ProfileParser parser;
    private final ProfileValidator validator;
    private final Clock clock;

    public DynamoDbProfileStore(DynamoDbClient dynamoDb, String tableName) {
        this(dynamoDb, tableName, new ProfileParser(), new ProfileValidator(), Clock.systemUTC());
    }

    public DynamoDbProfileStore(
            DynamoDbClient dynamoDb, String tableName, ProfileParser parser, ProfileValidator validator, Clock clock) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<StoredProfile> get(String name) {
        return readItem(requireName(name), CURRENT).map(item -> {
            // Item 0 can be edited in the console; check it as strictly as a save would.
            StoredProfile stored = toStoredProfile(item, LATEST_VERSION);
            if (!name.equals(stored.profile().profile())) {
                throw new InvalidProfileException(
                        name,
                        List.of(new Violation(
                                "profile",
                                "is '" + stored.profile().profile() + "' but the item is stored under '" + name
                                        + "'")));
            }
            validator.requireValid(stored.profile());
            return stored;
        });
    }

    @Override
    public StoredProfile put(Profile profile, String updatedBy) {
        validator.requireValid(profile);
        return write(profile, updatedBy, latestVersion(profile.profile()));
    }

    @Override
    public StoredProfile put(Profile profile, String updatedBy, int expectedVersion) {
        validator.requireValid(profile);
        return write(profile, updatedBy, expectedVersion);
    }

    @Override
    public List<StoredProfile> history(String name) {
        return dynamoDb
                .queryPaginator(b -> b.tableName(tableName)
                        .keyConditionExpression("#profile = :name AND #version > :current")
                        .expressionAttributeNames(Map.of("#profile", PROFILE, "#version", VERSION))
                        .expressionAttributeValues(
                                Map.of(":name", AttributeValue.fromS(requireName(name)), ":current", number(CURRENT)))
                        .scanIndexForward(false)
                        .consistentRead(true))
                .items()
                .stream()
                .map(item -> toStoredProfile(item, VERSION))
                .toList();
    }

    @Override
    public StoredProfile rollback(String name, int version, String updatedBy) {
        if (version <= CURRENT) {
            throw new IllegalArgumentException("versions start at 1, not " + version);
        }
        Map<String, AttributeValue> old = readItem(requireName(name), version)
                .orElseThrow(() -> new NoSuchElementException("profile '" + name + "' has no version " + version));
        return put(toStoredProfile(old, VERSION).profile(), updatedBy);
    }

    private StoredProfile write(Profile profile, String updatedBy, int expectedVersion) {
        if (updatedBy == null || updatedBy.isBlank()) {
            throw new IllegalArgumentException("updatedBy is required: the history must say who saved each version");
        }
        if (expectedVersion < CURRENT) {
            throw new IllegalArgumentException("expectedVersion must be 0 or more, not " + expectedVersion);
        }
        int next = expectedVersion + 1;
        Instant now = clock.instant();
        Map<String, AttributeValue> version = item(profile, next, now, updatedBy);
        Map<String, AttributeValue> current = new HashMap<>(item(profile, CURRENT, now, updatedBy));
        current.put(LATEST_VERSION, number(next));

        Put newVersion = Put.builder()
                .tableName(tableName)
                .item(version)
                .conditionExpression("attribute_not_exists(#profile)")
                .expressionAttributeNames(Map.of("#profile", PROFILE))
                .build();
        Put replaceCurrent = expectedVersion == CURRENT
                ? Put.builder()
                        .tableName(tableName)
                        .item(current)
                        .conditionExpression("attribute_not_exists(#profile)")
                        .expressionAttributeNames(Map.of("#profile", PROFILE))
                        .build()
                : Put.builder()
                        .tableName(tableName)
                        .item(current)
                        .conditionExpression("#latest = :expected")
                        .expressionAttributeNames(Map.of("#latest", LATEST_VERSION))
                        .expressionAttributeValues(Map.of(":expected", number(expectedVersion)))
                        .build();
        try {
            dynamoDb.transactWriteItems(b -> b.transactItems(
                    TransactWriteItem.builder().put(newVersion).build(),
                    TransactWriteItem.builder().put(replaceCurrent).build()));
        } catch (TransactionCanceledException e) {
            if (lostTheRace(e)) {
                throw new ProfileVersionConflictException(profile.profile(), expectedVersion, e);
            }
            throw e;
        }
        return new StoredProfile(profile, next, now, updatedBy);
    }

    /** A failed condition, or another transaction on the same items at the same moment. */
    private static boolean lostTheRace(TransactionCanceledException e) {
        return e.hasCancellationReasons()
                && e.cancellationReasons().stream()
                        .map(CancellationReason::code)
                        .anyMatch(code -> "ConditionalCheckFailed".equals(code) || "TransactionConflict".equals(code));
    }

    /** The version in use, 0 when the profile does not exist yet; reads only that number. */
    private int latestVersion(String name) {
        var response = dynamoDb.getItem(b -> b.tableName(tableName)
                .key(Map.of(PROFILE, AttributeValue.fromS(name), VERSION, number(CURRENT)))
                .projectionExpression("#latest")
                .expressionAttributeNames(Map.of("#latest", LATEST_VERSION))
                .consistentRead(true));
        return response.hasItem() && response.item().containsKey(LATEST_VERSION)
                ? number(name, response.item(), LATEST_VERSION)
                : CURRENT;
    }

    private Optional<Map<String, AttributeValue>> readItem(String name, int version) {
        var response = dynamoDb.getItem(b -> b.tableName(tableName)
                .key(Map.of(PROFILE, AttributeValue.fromS(name), VERSION, number(version)))
                .consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    private Map<String, AttributeValue> item(Profile profile, int version, Instant now, String updatedBy) {
        return Map.of(
                PROFILE, AttributeValue.fromS(profile.profile()),
                VERSION, number(version),
                DOCUMENT, AttributeValue.fromS(parser.toJson(profile)),
                UPDATED_AT, AttributeValue.fromS(now.toString()),
                UPDATED_BY, AttributeValue.fromS(updatedBy));
    }

    /**
     * @param versionAttribute {@code version} for history items, {@code latestVersion} for item 0
     * @throws InvalidProfileException when the item is not what this class writes
     */
    private StoredProfile toStoredProfile(Map<String, AttributeValue> item, String versionAttribute) {
        String name = item.get(PROFILE).s();
        Profile profile;
        try {
            profile = parser.parse(text(name, item, DOCUMENT));
        } catch (InvalidProfileException e) {
            throw new InvalidProfileException(name, e.violations());
        }
        return new StoredProfile(
                profile,
                number(name, item, versionAttribute),
                Instant.parse(text(name, item, UPDATED_AT)),
                text(name, item, UPDATED_BY));
    }

    private static String text(String name, Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        if (value == null || value.s() == null) {
            throw new InvalidProfileException(
                    name, List.of(new Violation("", "the stored item lacks the string attribute '" + attribute + "'")));
        }
        return value.s();
    }

    private static int number(String name, Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        if (value == null || value.n() == null) {
            throw new InvalidProfileException(
                    name, List.of(new Violation("", "the stored item lacks the number attribute '" + attribute + "'")));
        }
        return Integer.parseInt(value.n());
    }

    private static String requireName(String name) {
        if (!Profile.isValidName(name)) {
            throw new IllegalArgumentException(
                    "not a profile name (1 to 64 lower-case letters, digits or '-'): " + name);
        }
        return name;
    }

    private static AttributeValue number(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }
}
