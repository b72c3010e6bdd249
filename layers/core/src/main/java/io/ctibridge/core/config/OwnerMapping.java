package io.ctibridge.core.config;

/**
 * How the logged Task's OwnerId is found from the Amazon Connect agent.
 *
 * @param strategy        the Salesforce User field matched against the agent's Connect username
 * @param fallbackOwnerId User Id used when no User matches; {@code null} leaves the integration user as owner
 */
public record OwnerMapping(Strategy strategy, String fallbackOwnerId) {

    public enum Strategy {
        /** Never set OwnerId: the integration user owns every Task. */
        NONE,
        /** {@code User.Username} equals the agent's Connect username. */
        USERNAME,
        /** {@code User.FederationIdentifier} equals the agent's Connect username (SAML-federated instances). */
        FEDERATION_ID
    }

    public OwnerMapping {
        strategy = strategy == null ? Strategy.FEDERATION_ID : strategy;
    }

    public static OwnerMapping defaults() {
        return new OwnerMapping(null, null);
    }
}
