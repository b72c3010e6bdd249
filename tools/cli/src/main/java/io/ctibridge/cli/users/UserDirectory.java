package io.ctibridge.cli.users;

import io.ctibridge.cli.common.OperationFailedException;
import io.ctibridge.core.salesforce.Soql;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Finds the call center and the active users to assign with SOQL. Every value from the operator reaches a query
 * through {@link Soql#quote}.
 */
public final class UserDirectory {

    /** Usernames per query: 100 quoted usernames keep the query URL well under Salesforce's 16 KB. */
    static final int USERNAMES_PER_QUERY = 100;

    private static final String USER_FIELDS = "Id, Username, CallCenterId";

    private final SalesforceApi api;

    public UserDirectory(SalesforceApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * The call center whose {@code InternalName} is {@code nameOrInternalName}, else the one with that
     * {@code Name}.
     *
     * @throws OperationFailedException when there is none, or several share the name
     */
    public CallCenterRef callCenter(String nameOrInternalName) {
        List<CallCenterRef> found = api.query(callCenterQuery(nameOrInternalName)).stream()
                .map(record ->
                        new CallCenterRef(text(record, "Id"), text(record, "Name"), text(record, "InternalName")))
                .toList();
        List<CallCenterRef> byInternalName = found.stream()
                .filter(callCenter -> callCenter.internalName().equalsIgnoreCase(nameOrInternalName))
                .toList();
        if (byInternalName.size() == 1) {
            return byInternalName.getFirst();
        }
        if (found.isEmpty()) {
            throw new OperationFailedException("no call center has the internal name or name '" + nameOrInternalName
                    + "'; import the definition file first (see callcenter-xml)");
        }
        if (found.size() > 1) {
            throw new OperationFailedException(found.size() + " call centers match '" + nameOrInternalName + "': "
                    + found.stream().map(CallCenterRef::toString).collect(Collectors.joining(", "))
                    + "; give the internal name");
        }
        return found.getFirst();
    }

    /** The active users selected, ordered by username. */
    public List<SalesforceUser> activeUsers(UserSelection selection) {
        List<SalesforceUser> users = switch (selection) {
            case UserSelection.ByProfile profile -> users(byProfileQuery(profile.name()));
            case UserSelection.ByRole role -> users(byRoleQuery(role.name()));
            case UserSelection.ByPermissionSet permissionSet ->
                api.query(byPermissionSetQuery(permissionSet.name())).stream()
                        .map(assignment -> new SalesforceUser(
                                text(assignment, "AssigneeId"),
                                text(assignment, "Assignee.Username"),
                                nullable(assignment, "Assignee.CallCenterId")))
                        .toList();
            case UserSelection.ByUsernames list -> {
                List<SalesforceUser> found = new ArrayList<>();
                for (int from = 0; from < list.usernames().size(); from += USERNAMES_PER_QUERY) {
                    List<String> chunk = list.usernames()
                            .subList(
                                    from,
                                    Math.min(
                                            from + USERNAMES_PER_QUERY,
                                            list.usernames().size()));
                    found.addAll(users(byUsernamesQuery(chunk)));
                }
                yield found;
            }
        };
        return distinctById(users);
    }

    static String callCenterQuery(String nameOrInternalName) {
        String literal = Soql.quote(nameOrInternalName);
        return "SELECT Id, Name, InternalName FROM CallCenter WHERE InternalName = " + literal + " OR Name = "
                + literal;
    }

    static String byProfileQuery(String profileName) {
        return "SELECT " + USER_FIELDS + " FROM User WHERE Profile.Name = " + Soql.quote(profileName)
                + " AND IsActive = true ORDER BY Username";
    }

    static String byRoleQuery(String roleName) {
        return "SELECT " + USER_FIELDS + " FROM User WHERE UserRole.Name = " + Soql.quote(roleName)
                + " AND IsActive = true ORDER BY Username";
    }

    // From the assignment side: one query, no semi-join, and the assignee's fields come along.
    static String byPermissionSetQuery(String permissionSetName) {
        return "SELECT AssigneeId, Assignee.Username, Assignee.CallCenterId FROM PermissionSetAssignment"
                + " WHERE PermissionSet.Name = " + Soql.quote(permissionSetName) + " AND Assignee.IsActive = true"
                + " ORDER BY Assignee.Username";
    }

    static String byUsernamesQuery(List<String> usernames) {
        return "SELECT " + USER_FIELDS + " FROM User WHERE Username IN ("
                + usernames.stream().map(Soql::quote).collect(Collectors.joining(", "))
                + ") AND IsActive = true ORDER BY Username";
    }

    private List<SalesforceUser> users(String soql) {
        return api.query(soql).stream()
                .map(user ->
                        new SalesforceUser(text(user, "Id"), text(user, "Username"), nullable(user, "CallCenterId")))
                .toList();
    }

    private static List<SalesforceUser> distinctById(List<SalesforceUser> users) {
        Map<String, SalesforceUser> byId = new LinkedHashMap<>();
        users.forEach(user -> byId.putIfAbsent(user.id().substring(0, 15), user));
        return byId.values().stream()
                .sorted(Comparator.comparing(user -> user.username().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static String text(SObject record, String field) {
        return record.string(field)
                .orElseThrow(() ->
                        new IllegalStateException("Salesforce answered a " + record.type() + " without " + field));
    }

    private static String nullable(SObject record, String field) {
        return record.string(field).orElse(null);
    }
}
