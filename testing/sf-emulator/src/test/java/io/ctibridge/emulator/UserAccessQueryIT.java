package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The objects an operator selects agents by when assigning a call center: Profile, UserRole, permission sets. */
class UserAccessQueryIT extends EmulatorTestBase {

    @Test
    void users_areFoundByProfileName_throughTheProfileRelationship() {
        var answer = client.query("SELECT Username, Profile.Name FROM User"
                + " WHERE Profile.Name = 'CTI Agent' AND IsActive = true ORDER BY Username");

        assertEquals(200, answer.status(), answer.body().toString());
        assertEquals(
                List.of("ava.agent@ctibridge.local", "ben.okafor@ctibridge.local"), texts(answer.body(), "Username"));
        assertEquals(
                "CTI Agent",
                answer.body()
                        .path("records")
                        .get(0)
                        .path("Profile")
                        .path("Name")
                        .asText());
    }

    @Test
    void users_areFoundByRoleName_throughTheUserRoleRelationship() {
        var answer = client.query("SELECT Username FROM User WHERE UserRole.Name = 'Support Agent' ORDER BY Username");

        assertEquals(
                List.of("ava.agent@ctibridge.local", "ben.okafor@ctibridge.local", "carla.mendes@ctibridge.local"),
                texts(answer.body(), "Username"));
    }

    @Test
    void permissionSetAssignments_answerTheAssigneesFields_filteredByPermissionSetName() {
        var answer = client.query("SELECT AssigneeId, Assignee.Username, Assignee.CallCenterId"
                + " FROM PermissionSetAssignment"
                + " WHERE PermissionSet.Name = 'ctibridge_Softphone' AND Assignee.IsActive = true"
                + " ORDER BY Assignee.Username");

        assertEquals(200, answer.status(), answer.body().toString());
        List<String> usernames = new ArrayList<>();
        answer.body()
                .path("records")
                .forEach(r -> usernames.add(r.path("Assignee").path("Username").asText()));
        assertEquals(List.of("ava.agent@ctibridge.local", "ben.okafor@ctibridge.local"), usernames);
        String callCenter = sf.records().all("CallCenter").getFirst().get("Id").toString();
        assertEquals(
                callCenter,
                answer.body()
                        .path("records")
                        .get(0)
                        .path("Assignee")
                        .path("CallCenterId")
                        .asText());
    }

    @Test
    void profilesRolesAndPermissionSets_areNotSearchable_soAPhoneSearchNeverReturnsThem() {
        var answer = client.search("FIND {Agent}");

        List<String> types = new ArrayList<>();
        answer.body()
                .path("searchRecords")
                .forEach(r -> types.add(r.path("attributes").path("type").asText()));
        assertEquals(
                List.of("User"),
                types.stream().distinct().toList(),
                "Ava Agent only, not 'CTI Agent' or 'Support Agent'");
    }

    private static List<String> texts(JsonNode body, String field) {
        List<String> values = new ArrayList<>();
        body.path("records").forEach(r -> values.add(r.path(field).asText()));
        return values;
    }
}
