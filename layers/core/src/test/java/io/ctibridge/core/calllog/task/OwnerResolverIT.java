package io.ctibridge.core.calllog.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ctibridge.core.config.OwnerMapping;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.ApiVersion;
import io.ctibridge.core.salesforce.ServiceUnavailableException;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.api.SalesforceClients;
import io.ctibridge.core.salesforce.auth.SalesforceCredentials;
import io.ctibridge.core.salesforce.http.HttpSettings;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.emulator.SalesforceEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agent-to-User mapping against the emulator's demo org (ava.agent, ben.okafor active; carla.mendes inactive). */
class OwnerResolverIT {

    private static final Predicate<RecordedRequest> USER_QUERY =
            r -> r.queryParam("q").map(q -> q.contains("FROM User")).orElse(false);

    private SalesforceEmulator emulator;
    private SalesforceApi api;
    private OwnerResolver resolver;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.start(EmulatorConfig.defaults());
        api = SalesforceClients.connect(
                new SalesforceCredentials.ClientCredentials(
                        emulator.baseUrl(), "ctibridge-local", "local-secret", ApiVersion.DEFAULT),
                HttpSettings.defaults(),
                Clock.systemUTC());
        resolver = new OwnerResolver(
                Clock.systemUTC(),
                Duration.ofMinutes(15),
                new JsonLog("test", new PrintStream(new ByteArrayOutputStream()), Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void resolve_findsUsersByFederationId_inOneQuery_thenFromTheCache() {
        OwnerMapping mapping = new OwnerMapping(OwnerMapping.Strategy.FEDERATION_ID, null);

        OwnerAssignment first = resolver.resolve(mapping, List.of("ava.agent", "Ben.Okafor", "nobody"), api);
        OwnerAssignment second = resolver.resolve(mapping, List.of("ava.agent", "ben.okafor", "nobody"), api);

        assertEquals(Optional.of(userId("ava.agent@ctibridge.local")), first.ownerOf("ava.agent"));
        assertEquals(Optional.of(userId("ben.okafor@ctibridge.local")), first.ownerOf("Ben.Okafor"));
        assertEquals(Optional.empty(), first.ownerOf("nobody"));
        assertEquals(first, second);
        assertEquals(1, emulator.requests().count(USER_QUERY), "misses are cached too");
    }

    @Test
    void resolve_byUsername_skipsInactiveUsers_andFallsBack() {
        String fallback = userId("integration@ctibridge.local");
        OwnerMapping mapping = new OwnerMapping(OwnerMapping.Strategy.USERNAME, fallback);

        OwnerAssignment owners =
                resolver.resolve(mapping, List.of("ben.okafor@ctibridge.local", "carla.mendes@ctibridge.local"), api);

        assertEquals(Optional.of(userId("ben.okafor@ctibridge.local")), owners.ownerOf("ben.okafor@ctibridge.local"));
        assertEquals(Optional.of(fallback), owners.ownerOf("carla.mendes@ctibridge.local"));
        assertEquals(Optional.of(fallback), owners.ownerOf(null), "an abandoned call goes to the fallback owner");
    }

    @Test
    void resolve_escapesUsernames_inTheQuery() {
        OwnerMapping mapping = new OwnerMapping(OwnerMapping.Strategy.FEDERATION_ID, null);

        OwnerAssignment owners =
                resolver.resolve(mapping, List.of("o'brien') OR (IsActive = true", "back\\slash"), api);

        assertEquals(Map.of(), owners.userIdByAgent());
    }

    @Test
    void resolve_makesNoQuery_forStrategyNone() {
        OwnerAssignment owners =
                resolver.resolve(new OwnerMapping(OwnerMapping.Strategy.NONE, null), List.of("ava.agent"), api);

        assertEquals(Optional.empty(), owners.ownerOf("ava.agent"));
        assertEquals(0, emulator.requests().count(USER_QUERY));
    }

    @Test
    void resolve_throws_whenSalesforceIsUnavailable_andCachesNothing() {
        OwnerMapping mapping = new OwnerMapping(OwnerMapping.Strategy.FEDERATION_ID, null);
        api.query("SELECT Id FROM User LIMIT 1"); // a session, so that the fault hits the owner query
        emulator.faults().failNext(1, 503, "SERVER_UNAVAILABLE", "maintenance");

        assertThrows(ServiceUnavailableException.class, () -> resolver.resolve(mapping, List.of("ava.agent"), api));

        assertEquals(
                Optional.of(userId("ava.agent@ctibridge.local")),
                resolver.resolve(mapping, List.of("ava.agent"), api).ownerOf("ava.agent"));
    }

    private String userId(String username) {
        return emulator.records().all("User").stream()
                .filter(user -> username.equals(user.get("Username")))
                .map(user -> (String) user.get("Id"))
                .findFirst()
                .orElseThrow();
    }
}
