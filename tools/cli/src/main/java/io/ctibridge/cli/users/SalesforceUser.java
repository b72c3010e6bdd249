package io.ctibridge.cli.users;

import java.util.Objects;

/**
 * An active user as the assignment sees it.
 *
 * @param callCenterId the call center assigned now, or null for none
 */
public record SalesforceUser(String id, String username, String callCenterId) {

    public SalesforceUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
    }

    /** Whether the user already has that call center (ids compared by their case-sensitive 15-character key). */
    public boolean isAssignedTo(CallCenterRef callCenter) {
        return callCenterId != null && RecordIds.same(callCenterId, callCenter.id());
    }
}
