package io.ctibridge.reliability;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.config.store.CachingProfileReader;
import io.ctibridge.core.config.store.DynamoDbProfileStore;
import io.ctibridge.core.config.store.ProfileStore;
import io.ctibridge.core.config.store.StoredProfile;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.local.LocalStack;
import io.ctibridge.testkit.AwsTestClients;
import io.ctibridge.testkit.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The config promises, against the stack's DynamoDB: a profile that fails validation is never stored; when
 * DynamoDB goes away the last good profile keeps serving; with no profile at all the built-in default serves and
 * says so loudly (an ERROR line naming the BUILT-IN DEFAULT).
 */
public final class ConfigFallbacks {

    private final LocalStack stack;
    private final ProfileParser parser = new ProfileParser();

    public ConfigFallbacks(LocalStack stack) {
        this.stack = stack;
    }

    public List<ConfigCheck> run() {
        return List.of(invalidProfileIsNotStored(), dynamoDbDownServesLastGood(), noProfileServesBuiltInDefault());
    }

    ConfigCheck invalidProfileIsNotStored() {
        String name = "reliability-invalid";
        DynamoDbProfileStore store = stack.profiles();
        StoredProfile good = store.put(profile(name, 7), "reliability");
        Profile invalid = parser.parse(
                        BadInputs.withField(ProfileParser.defaultProfileDocument(), "lookupDeadlineMs", 60_000))
                .withName(name);
        String refusal;
        try {
            store.put(invalid, "reliability");
            refusal = "stored";
        } catch (InvalidProfileException e) {
            refusal = e.violations().getFirst().toString();
        }
        Optional<StoredProfile> now = store.get(name);
        boolean passed = !refusal.equals("stored")
                && now.isPresent()
                && now.get().version() == good.version()
                && store.history(name).size() == 1;
        return new ConfigCheck(
                "a profile failing validation cannot be stored",
                passed,
                "refused: " + refusal + "; version in use: "
                        + now.map(StoredProfile::version).orElse(-1));
    }

    ConfigCheck dynamoDbDownServesLastGood() {
        String name = "reliability-outage";
        stack.profiles().put(profile(name, 7), "reliability");
        SwitchableStore store = new SwitchableStore(stack.profiles());
        MutableClock clock = new MutableClock(Instant.now());
        CachingProfileReader reader = new CachingProfileReader(
                store, clock, Duration.ofSeconds(60), JsonLog.stdout(CachingProfileReader.class));
        int before = reader.get(name).maxMatches();
        try (DynamoDbClient stopped = AwsTestClients.dynamoDb(URI.create("http://127.0.0.1:" + closedPort()))) {
            store.current = new DynamoDbProfileStore(stopped, stack.tables().config());
            clock.advance(Duration.ofMinutes(5));
            int during = reader.get(name).maxMatches();
            return new ConfigCheck(
                    "DynamoDB down: the last good profile serves",
                    before == 7 && during == 7,
                    "maxMatches before " + before + ", during the outage " + during + " (built-in default "
                            + Profile.builtInDefault().maxMatches() + ")");
        }
    }

    ConfigCheck noProfileServesBuiltInDefault() {
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        JsonLog log = new JsonLog(
                "CachingProfileReader", new PrintStream(logged, true, StandardCharsets.UTF_8), Clock.systemUTC());
        CachingProfileReader reader = new CachingProfileReader(stack.profiles(), log);
        Profile served = reader.get("reliability-never-stored");
        boolean isDefault = served.equals(Profile.builtInDefault());
        List<String> errors = logged.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.contains("\"level\":\"ERROR\""))
                .toList();
        boolean loud = errors.stream().anyMatch(line -> line.contains("BUILT-IN DEFAULT"));
        return new ConfigCheck(
                "no profile at all: built-in default, logged loudly",
                isDefault && loud,
                "served the built-in default: " + isDefault + "; ERROR line: "
                        + errors.stream().findFirst().orElse("none"));
    }

    private Profile profile(String name, int maxMatches) {
        return parser.parse(BadInputs.withField(ProfileParser.defaultProfileDocument(), "maxMatches", maxMatches))
                .withName(name);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A store whose backing DynamoDB can be swapped for one that is down. */
    private static final class SwitchableStore implements ProfileStore {
        volatile ProfileStore current;

        SwitchableStore(ProfileStore current) {
            this.current = current;
        }

        @Override
        public Optional<StoredProfile> get(String name) {
            return current.get(name);
        }

        @Override
        public StoredProfile put(Profile profile, String updatedBy) {
            return current.put(profile, updatedBy);
        }

        @Override
        public StoredProfile put(Profile profile, String updatedBy, int expectedVersion) {
            return current.put(profile, updatedBy, expectedVersion);
        }

        @Override
        public List<StoredProfile> history(String name) {
            return current.history(name);
        }

        @Override
        public StoredProfile rollback(String name, int version, String updatedBy) {
            return current.rollback(name, version, updatedBy);
        }
    }
}
