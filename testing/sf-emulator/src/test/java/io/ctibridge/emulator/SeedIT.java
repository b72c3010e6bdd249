package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.emulator.schema.SalesforceIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedIT {

    @Test
    void demoSeed_hasWellFormedIdsAndTheCtiScenarios() {
        try (var sf = SalesforceEmulator.start(EmulatorConfig.defaults())) {
            RecordStore records = sf.records();
            for (String object : List.of(
                    "Account",
                    "Contact",
                    "Lead",
                    "Task",
                    "User",
                    "CallCenter",
                    "Patient__c",
                    "Profile",
                    "UserRole",
                    "PermissionSet",
                    "PermissionSetAssignment")) {
                for (Map<String, Object> record : records.all(object)) {
                    assertTrue(SalesforceIds.isWellFormed((String) record.get("Id")), record.toString());
                }
            }
            List<Map<String, Object>> does = records.all("Contact").stream()
                    .filter(c -> "Doe".equals(c.get("LastName")))
                    .toList();
            assertEquals(2, does.size());
            assertTrue(!does.get(0).get("LastModifiedDate").equals(does.get(1).get("LastModifiedDate")));
            assertTrue(records.all("Lead").stream().anyMatch(l -> Boolean.TRUE.equals(l.get("IsConverted"))));
            assertTrue(records.all("User").stream().anyMatch(u -> u.get("FederationIdentifier") != null));
            assertEquals(1, records.all("CallCenter").size());
        }
    }

    @Test
    void seedFile_extendsTheStandardDescribe_andResolvesRefs(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, """
                {"describe": {
                   "Vehicle__c": {"keyPrefix": "a1V", "allowActivities": true, "fields": [
                     {"name": "Name", "type": "string", "required": true, "nameField": true},
                     {"name": "Owner_Phone__c", "type": "phone"},
                     {"name": "Account__c", "type": "reference", "referenceTo": ["Account"],
                      "relationshipName": "Account__r"}]},
                   "Contact": {"fields": [{"name": "Loyalty_Id__c", "type": "string"}]}},
                 "records": {
                   "Account": [{"@ref": "a", "Name": "Fleet Co"}],
                   "Contact": [{"LastName": "Driver", "AccountId": "@a", "Loyalty_Id__c": "L-1"}],
                   "Vehicle__c": [{"Name": "Van 7", "Owner_Phone__c": "+1 (415) 555-0101", "Account__c": "@a"}]}}
                """);

        try (var sf = SalesforceEmulator.start(EmulatorConfig.defaults().withSeedFile(seed))) {
            var client = new TestClient(sf.baseUrl()).login();

            var query = client.query("SELECT Name, Account__r.Name FROM Vehicle__c");
            var contact = client.query("SELECT Loyalty_Id__c, Account.Name FROM Contact");
            var search = client.search("FIND {14155550101} IN PHONE FIELDS RETURNING Vehicle__c(Name)");

            assertEquals(
                    "Fleet Co",
                    query.body()
                            .get("records")
                            .get(0)
                            .get("Account__r")
                            .get("Name")
                            .asText());
            assertEquals(
                    "L-1",
                    contact.body().get("records").get(0).get("Loyalty_Id__c").asText());
            assertEquals(1, search.body().get("searchRecords").size());
            assertTrue(sf.records()
                    .all("Vehicle__c")
                    .getFirst()
                    .get("Id")
                    .toString()
                    .startsWith("a1V"));
        }
    }

    @Test
    void seedFile_withUnknownRef_failsToStart_withAClearMessage(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, "{\"records\": {\"Contact\": [{\"LastName\": \"X\", \"AccountId\": \"@nobody\"}]}}");

        var e = assertThrows(
                IllegalArgumentException.class,
                () -> SalesforceEmulator.start(EmulatorConfig.defaults().withSeedFile(seed)));

        assertTrue(e.getMessage().contains("@nobody"), e.getMessage());
    }
}
