package io.ctibridge.cli.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The SOQL built from operator input: every value quoted, only active users. */
class UserDirectoryTest {

    @Test
    void byProfileQuery_quotesTheName_andSelectsActiveUsersOnly() {
        assertEquals(
                "SELECT Id, Username, CallCenterId FROM User WHERE Profile.Name = 'O\\'Brien\\'s Agents'"
                        + " AND IsActive = true ORDER BY Username",
                UserDirectory.byProfileQuery("O'Brien's Agents"));
    }

    @Test
    void byRoleQuery_quotesBackslashes() {
        assertEquals(
                "SELECT Id, Username, CallCenterId FROM User WHERE UserRole.Name = 'a\\\\b'"
                        + " AND IsActive = true ORDER BY Username",
                UserDirectory.byRoleQuery("a\\b"));
    }

    @Test
    void byPermissionSetQuery_readsAssigneesThroughTheAssignment() {
        assertEquals(
                "SELECT AssigneeId, Assignee.Username, Assignee.CallCenterId FROM PermissionSetAssignment"
                        + " WHERE PermissionSet.Name = 'x\\' OR Name != \\'' AND Assignee.IsActive = true"
                        + " ORDER BY Assignee.Username",
                UserDirectory.byPermissionSetQuery("x' OR Name != '"));
    }

    @Test
    void byUsernamesQuery_quotesEachUsername() {
        assertEquals(
                "SELECT Id, Username, CallCenterId FROM User WHERE Username IN ('a@x.example', 'o\\'b@x.example')"
                        + " AND IsActive = true ORDER BY Username",
                UserDirectory.byUsernamesQuery(List.of("a@x.example", "o'b@x.example")));
    }

    @Test
    void callCenterQuery_matchesTheInternalNameOrTheName() {
        assertEquals(
                "SELECT Id, Name, InternalName FROM CallCenter WHERE InternalName = 'ctibridgeConnect'"
                        + " OR Name = 'ctibridgeConnect'",
                UserDirectory.callCenterQuery("ctibridgeConnect"));
    }
}
