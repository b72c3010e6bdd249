package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.emulator.RecordStore;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.local.LocalStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assign-users} end to end: picocli, the Salesforce client logging in with JWT bearer, and the emulator,
 * whose request log shows every Collections call made.
 */
class AssignUsersIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Predicate<RecordedRequest> COLLECTIONS_CALL =
            r -> r.isApiCall() && r.path().endsWith("/composite/sobjects");
    private static final String CALL_CENTER = "ctibridgeConnect";
    private static final String CALL_CENTER_LABEL = "ctibridge Amazon Connect (ctibridgeConnect)";

    @TempDir
    static Path dir;

    private static LocalStack stack;
    private static RecordStore records;
    private static Path credentials;
    private static String callCenterId;

    @BeforeAll
    static void startStack() throws Exception {
        stack = LocalStack.startIsolated("cli-assign", EmulatorConfig.defaults());
        records = stack.salesforce().records();
        String secretArn = stack.functionEnvironment().get(CompositionRoot.SALESFORCE_SECRET_ARN);
        // The same JSON as the secret, as an operator would keep it in a file.
        credentials = Files.writeString(
                dir.resolve("salesforce.json"),
                stack.secretsManager()
                        .getSecretValue(r -> r.secretId(secretArn))
                        .secretString());
        callCenterId = records.all("CallCenter").getFirst().get("Id").toString();
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @AfterEach
    void resetFaults() {
        stack.salesforce().faults().reset();
    }

    @Test
    void assignUsers_over450Users_makesExactlyThreeCollectionsCalls_andASecondRunChangesNothing() throws Exception {
        List<String> ids = insertUsers("Bulk Agent", "bulk", 450, null);
        int callsBefore = collectionsCalls();

        Cli.Run first = assign("--profile", "Bulk Agent");

        assertEquals(0, first.exitCode(), first.err());
        List<RecordedRequest> calls = stack.salesforce().requests().all().stream()
                .filter(COLLECTIONS_CALL)
                .toList()
                .subList(callsBefore, callsBefore + 3);
        assertEquals(callsBefore + 3, collectionsCalls());
        assertEquals(
                List.of(200, 200, 50),
                calls.stream().map(AssignUsersIT::recordCount).toList());
        assertTrue(calls.stream().allMatch(call -> call.method().equals("PATCH")));
        assertEquals(
                450,
                first.outLines().stream()
                        .filter(line -> line.startsWith("changed "))
                        .count());
        assertEquals(
                "call center " + CALL_CENTER_LABEL + ": 450 users, 450 changed, 0 unchanged, 0 failed",
                first.outLines().getLast());
        assertTrue(ids.stream()
                .allMatch(
                        id -> callCenterId.equals(records.get(id).orElseThrow().get("CallCenterId"))));

        Cli.Run second = assign("--profile", "Bulk Agent");

        assertEquals(0, second.exitCode(), second.err());
        assertEquals(callsBefore + 3, collectionsCalls());
        assertEquals(
                450,
                second.outLines().stream()
                        .filter(line -> line.startsWith("unchanged "))
                        .count());
        assertEquals(
                "call center " + CALL_CENTER_LABEL + ": 450 users, 0 changed, 450 unchanged, 0 failed",
                second.outLines().getLast());
    }

    @Test
    void assignUsers_dryRun_printsWhatWouldChange_andWritesNothing() {
        List<String> ids = insertUsers("Dry Agent", "dry", 2, null);
        ids.addAll(insertUsers("Dry Agent", "dry-assigned", 1, callCenterId));
        int callsBefore = collectionsCalls();

        Cli.Run run = assign("--profile", "Dry Agent", "--dry-run");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                List.of(
                        "would change  dry000@agents.example  (had no call center)",
                        "would change  dry001@agents.example  (had no call center)",
                        "unchanged     dry-assigned000@agents.example",
                        "dry run, call center " + CALL_CENTER_LABEL
                                + ": 3 users, 2 would change, 1 unchanged, 0 failed;" + " nothing was written"),
                run.outLines());
        assertEquals(callsBefore, collectionsCalls());
        assertEquals(null, records.get(ids.get(0)).orElseThrow().get("CallCenterId"));
        assertEquals(null, records.get(ids.get(1)).orElseThrow().get("CallCenterId"));
    }

    @Test
    void assignUsers_reportsAUserSalesforceRefuses_asFailedWithItsReason_exits1_andAssignsTheOthers() {
        List<String> ids = insertUsers("Locked Agent", "locked", 3, null);
        String refused = ids.get(1);
        stack.salesforce()
                .faults()
                .failRecordsMatching(
                        record -> refused.equals(record.get("Id")),
                        "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                        "Agents need a Service Cloud license");

        Cli.Run run = assign("--profile", "Locked Agent");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(
                List.of(
                        "changed       locked000@agents.example  (had no call center)",
                        "failed        locked001@agents.example  (FIELD_CUSTOM_VALIDATION_EXCEPTION: Agents need a Service"
                                + " Cloud license)",
                        "changed       locked002@agents.example  (had no call center)",
                        "call center " + CALL_CENTER_LABEL + ": 3 users, 2 changed, 0 unchanged, 1 failed"),
                run.outLines());
        assertEquals(null, records.get(refused).orElseThrow().get("CallCenterId"));

        stack.salesforce().faults().reset();
        Cli.Run retry = assign("--profile", "Locked Agent");

        assertEquals(0, retry.exitCode(), retry.toString());
        assertEquals(
                "call center " + CALL_CENTER_LABEL + ": 3 users, 1 changed, 2 unchanged, 0 failed",
                retry.outLines().getLast());
    }

    @Test
    void assignUsers_byPermissionSetThenRole_withTheSecretFromSecretsManager_skipsInactiveUsers() {
        String secretArn = stack.functionEnvironment().get(CompositionRoot.SALESFORCE_SECRET_ARN);
        String[] viaSecret = {
            "--salesforce-secret-arn",
            secretArn,
            "--aws-endpoint",
            stack.moto().endpoint().toString()
        };

        Cli.Run byPermissionSet = Cli.run(concat(
                new String[] {
                    "assign-users",
                    "--call-center",
                    "ctibridge Amazon Connect",
                    "--permission-set",
                    "ctibridge_Softphone"
                },
                viaSecret));

        assertEquals(0, byPermissionSet.exitCode(), byPermissionSet.toString());
        assertEquals(
                List.of(
                        "changed       ben.okafor@ctibridge.local  (had no call center)",
                        "unchanged     ava.agent@ctibridge.local",
                        "call center " + CALL_CENTER_LABEL + ": 2 users, 1 changed, 1 unchanged, 0 failed"),
                byPermissionSet.outLines());

        int callsBefore = collectionsCalls();
        Cli.Run byRole = Cli.run(concat(
                new String[] {"assign-users", "--call-center", CALL_CENTER, "--role", "Support Agent"}, viaSecret));

        assertEquals(0, byRole.exitCode(), byRole.toString());
        assertEquals(
                "call center " + CALL_CENTER_LABEL + ": 2 users, 0 changed, 2 unchanged, 0 failed",
                byRole.outLines().getLast());
        assertEquals(callsBefore, collectionsCalls());
    }

    @Test
    void assignUsers_fromACsv_assignsTheListedUsers_andFailsTheOnesThatAreNotActiveUsers() throws Exception {
        insertUsers("Csv Agent", "csv", 2, null);
        String inactive = records.insert(
                "User",
                Map.of(
                        "Username",
                        "gone@agents.example",
                        "LastName",
                        "Gone",
                        "Email",
                        "gone@agents.example",
                        "IsActive",
                        false));
        Path file = Files.writeString(dir.resolve("users.csv"), """
                "Username","Note"
                "csv000@agents.example","first"
                "CSV001@agents.example","case differs"
                "gone@agents.example","inactive"
                "nobody@agents.example","never existed"
                """);

        Cli.Run run = assign("--users", file.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(
                List.of(
                        "changed       csv000@agents.example  (had no call center)",
                        "changed       csv001@agents.example  (had no call center)",
                        "failed        gone@agents.example  (no active user has this username)",
                        "failed        nobody@agents.example  (no active user has this username)",
                        "call center " + CALL_CENTER_LABEL + ": 4 users, 2 changed, 0 unchanged, 2 failed"),
                run.outLines());
        assertEquals(null, records.get(inactive).orElseThrow().get("CallCenterId"));
    }

    @Test
    void assignUsers_withABadCsv_printsOneLine_andNeverCallsSalesforce() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "Email\nava@agents.example\n");
        int requestsBefore = stack.salesforce().requests().count();

        Cli.Run run = assign("--users", file.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(
                List.of(file + ": the first line must be a header with a Username column, found [Email]"),
                run.errLines());
        assertEquals(requestsBefore, stack.salesforce().requests().count());
    }

    @Test
    void assignUsers_failWithOneLine_forAnUnknownCallCenter_orASelectionMatchingNobody() {
        int callsBefore = collectionsCalls();

        Cli.Run unknownCallCenter = Cli.run(
                "assign-users",
                "--call-center",
                "nope",
                "--profile",
                "CTI Agent",
                "--salesforce-credentials",
                credentials.toString());
        Cli.Run nobody = assign("--profile", "No Such Profile");

        assertEquals(1, unknownCallCenter.exitCode(), unknownCallCenter.toString());
        assertEquals(
                List.of("no call center has the internal name or name 'nope'; import the definition file first"
                        + " (see callcenter-xml)"),
                unknownCallCenter.errLines());
        assertEquals(1, nobody.exitCode(), nobody.toString());
        assertEquals(List.of("no active user has profile 'No Such Profile'"), nobody.errLines());
        assertEquals(callsBefore, collectionsCalls());
    }

    @Test
    void assignUsers_refusesBadArguments_withExit2() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"authFlow\": \"JWT_BEARER\"");

        Cli.Run two = Cli.run(
                "assign-users",
                "--call-center",
                CALL_CENTER,
                "--profile",
                "A",
                "--role",
                "B",
                "--salesforce-credentials",
                credentials.toString());
        Cli.Run none = Cli.run(
                "assign-users", "--call-center", CALL_CENTER, "--salesforce-credentials", credentials.toString());
        Cli.Run noCredentials = Cli.run("assign-users", "--call-center", CALL_CENTER, "--profile", "A");
        Cli.Run brokenCredentials = Cli.run(
                "assign-users",
                "--call-center",
                CALL_CENTER,
                "--profile",
                "A",
                "--salesforce-credentials",
                broken.toString());

        assertEquals(2, two.exitCode(), two.toString());
        assertTrue(two.errLines().getFirst().contains("mutually exclusive"), two.err());
        assertEquals(1, two.errLines().size(), two.toString());
        assertEquals(2, none.exitCode(), none.toString());
        assertTrue(none.errLines().getFirst().startsWith("assign-users: Error: Missing required argument"), none.err());
        assertEquals(1, none.errLines().size(), none.toString());
        assertEquals(2, noCredentials.exitCode(), noCredentials.toString());
        assertEquals(1, noCredentials.errLines().size(), noCredentials.toString());
        assertEquals(2, brokenCredentials.exitCode(), brokenCredentials.toString());
        assertEquals(
                List.of(broken + ": Salesforce credentials secret is not valid JSON (line 1, column 26)"),
                brokenCredentials.errLines());
    }

    @Test
    void assignUsers_withCredentialsSalesforceRefuses_failsInOneLine_andExit1() throws Exception {
        Map<?, ?> secret = JSON.readValue(credentials.toFile(), Map.class);
        Map<Object, Object> wrongKey = new HashMap<>(secret);
        wrongKey.put("consumerKey", "not-the-connected-app");
        Path refused = dir.resolve("refused.json");
        JSON.writeValue(refused.toFile(), wrongKey);

        Cli.Run run = Cli.run(
                "assign-users",
                "--call-center",
                CALL_CENTER,
                "--profile",
                "A",
                "--salesforce-credentials",
                refused.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(
                List.of("Salesforce token request refused: HTTP 400 invalid_client_id (client identifier invalid)"),
                run.errLines());
        assertFalse(run.hasStackTrace(), run.toString());
    }

    private static Cli.Run assign(String... selection) {
        return Cli.run(concat(
                new String[] {
                    "assign-users", "--call-center", CALL_CENTER, "--salesforce-credentials", credentials.toString()
                },
                selection));
    }

    /** Active users with a new profile of that name; usernames {@code prefixNNN@agents.example}. */
    private static List<String> insertUsers(String profileName, String prefix, int count, String callCenter) {
        String profileId = records.all("Profile").stream()
                .filter(profile -> profileName.equals(profile.get("Name")))
                .map(profile -> profile.get("Id").toString())
                .findFirst()
                .orElseGet(() -> records.insert("Profile", Map.of("Name", profileName)));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = "%s%03d@agents.example".formatted(prefix, i);
            Map<String, Object> fields = new HashMap<>(Map.of(
                    "Username",
                    username,
                    "LastName",
                    "Agent " + i,
                    "Email",
                    username,
                    "IsActive",
                    true,
                    "ProfileId",
                    profileId));
            if (callCenter != null) {
                fields.put("CallCenterId", callCenter);
            }
            ids.add(records.insert("User", fields));
        }
        return ids;
    }

    private static int collectionsCalls() {
        return stack.salesforce().requests().count(COLLECTIONS_CALL);
    }

    private static int recordCount(RecordedRequest call) {
        try {
            return JSON.readTree(call.body()).path("records").size();
        } catch (Exception e) {
            throw new AssertionError("a Collections call carries JSON", e);
        }
    }

    private static String[] concat(String[] first, String[] second) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(second));
        return all.toArray(String[]::new);
    }
}
