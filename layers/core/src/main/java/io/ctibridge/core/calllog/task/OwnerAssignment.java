package io.ctibridge.core.calllog.task;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who owns the Tasks of a batch: the Salesforce User of each agent found, else the profile's fallback owner;
 * empty means OwnerId is left out and the integration user owns the Task.
 */
public record OwnerAssignment(Map<String, String> userIdByAgent, String fallbackOwnerId) {

    public static final OwnerAssignment NONE = new OwnerAssignment(Map.of(), null);

    public OwnerAssignment {
        userIdByAgent = Map.copyOf(userIdByAgent);
    }

    /** The OwnerId for a call taken by {@code agentUsername} (null when no agent took it). */
    public Optional<String> ownerOf(String agentUsername) {
        String matched = agentUsername == null ? null : userIdByAgent.get(key(agentUsername));
        return Optional.ofNullable(matched).or(() -> Optional.ofNullable(fallbackOwnerId));
    }

    static String key(String agentUsername) {
        return agentUsername.strip().toLowerCase(Locale.ROOT);
    }
}
