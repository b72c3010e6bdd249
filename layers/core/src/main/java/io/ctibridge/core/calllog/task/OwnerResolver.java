package io.ctibridge.core.calllog.task;

import io.ctibridge.core.config.OwnerMapping;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.SalesforceException;
import io.ctibridge.core.salesforce.Soql;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Finds the Salesforce User behind each Connect agent, per the profile's owner mapping: one SOQL query for all
 * the agents of a batch that are not cached yet, answers (found or not) kept for a while per execution
 * environment, since agents and their Users rarely change. Inactive Users are skipped: Salesforce refuses them
 * as owners.
 */
public final class OwnerResolver {

    /** Values per IN list: keeps the query URL well inside Salesforce's 16 KB limit. */
    static final int MAX_IN_VALUES = 100;

    private record Cached(Optional<String> userId, Instant expiresAt) {}

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;
    private final JsonLog log;

    public OwnerResolver(Clock clock, Duration ttl, JsonLog log) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * The owners of the given agents' calls.
     *
     * @throws SalesforceException when Salesforce is unavailable; a query it refuses (the integration user cannot
     *                             see FederationIdentifier, say) is logged and leaves the fallback owner
     */
    public OwnerAssignment resolve(OwnerMapping mapping, Collection<String> agentUsernames, SalesforceApi salesforce) {
        if (mapping.strategy() == OwnerMapping.Strategy.NONE) {
            return OwnerAssignment.NONE;
        }
        Instant now = clock.instant();
        Map<String, String> found = new HashMap<>();
        TreeSet<String> unknown = new TreeSet<>();
        for (String agent : agentUsernames) {
            String key = cacheKey(mapping, agent);
            Cached cached = cache.get(key);
            if (cached != null && now.isBefore(cached.expiresAt())) {
                cached.userId().ifPresent(id -> found.put(OwnerAssignment.key(agent), id));
            } else {
                unknown.add(OwnerAssignment.key(agent));
            }
        }
        if (!unknown.isEmpty()) {
            try {
                Map<String, String> queried = query(mapping, new ArrayList<>(unknown), salesforce);
                found.putAll(queried);
                unknown.forEach(agent -> cache.put(
                        cacheKey(mapping, agent), new Cached(Optional.ofNullable(queried.get(agent)), now.plus(ttl))));
            } catch (SalesforceException e) {
                if (SalesforceFailures.retryLater(e)) {
                    throw e;
                }
                log.error(
                        "cannot look up agents' Salesforce Users; their calls get the fallback owner",
                        Map.of("strategy", mapping.strategy().name(), "failure", SalesforceFailures.describe(e)),
                        null);
            }
        }
        return new OwnerAssignment(found, mapping.fallbackOwnerId());
    }

    private static Map<String, String> query(OwnerMapping mapping, List<String> agents, SalesforceApi salesforce) {
        String field = switch (mapping.strategy()) {
            case USERNAME -> "Username";
            case FEDERATION_ID -> "FederationIdentifier";
            case NONE -> throw new IllegalStateException("no query for strategy NONE");
        };
        Map<String, String> userIds = new HashMap<>();
        for (int from = 0; from < agents.size(); from += MAX_IN_VALUES) {
            String values = agents.subList(from, Math.min(agents.size(), from + MAX_IN_VALUES)).stream()
                    .map(Soql::quote)
                    .collect(Collectors.joining(", "));
            List<SObject> users = salesforce.query(
                    "SELECT Id, " + field + " FROM User WHERE IsActive = true AND " + field + " IN (" + values + ")");
            // SOQL compares text without case: match the answers back the same way.
            users.forEach(user -> user.string(field)
                    .ifPresent(value -> userIds.putIfAbsent(
                            OwnerAssignment.key(value), user.id().orElseThrow())));
        }
        return userIds;
    }

    private static String cacheKey(OwnerMapping mapping, String agent) {
        return mapping.strategy() + ":" + OwnerAssignment.key(agent);
    }
}
