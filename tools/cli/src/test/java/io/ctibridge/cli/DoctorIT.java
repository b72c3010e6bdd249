package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.aws.TableDefinitions;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.local.LocalStack;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code ctibridge doctor} against a local stack (moto and the Salesforce emulator): healthy, it passes; each
 * planted fault is named in its own line with its fix.
 */
class DoctorIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger STACKS = new AtomicInteger();
    private static final String LIGHTNING = "https://acme.lightning.force.com";
    private static final String VISUALFORCE = "https://acme--c.vf.force.com";
    private static final String ADAPTER = "https://acme--amazonconnect.vf.force.com";

    private LocalServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void doctor_passesEveryCheck_onAHealthyStack() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);

        Cli.Run run = doctor();

        assertEquals(0, run.exitCode(), run::toString);
        for (String line : run.outLines().subList(0, run.outLines().size() - 1)) {
            assertTrue(line.startsWith("✔ ") || line.startsWith("– Connect"), () -> line + "\n" + run);
        }
        assertLine(
                run,
                "✔ Salesforce token: issued for " + server.stack.salesforce().baseUrl());
        assertLine(run, "✔ Pop API preflight from " + ADAPTER + ": allowed");
        assertLine(run, "– Connect (skipped: no --connect-instance-id given)");
        assertLine(
                run,
                "✔ Telephony token: accepted by " + server.stack.salesforce().telephonyBaseUrl());
    }

    @Test
    void doctor_failsTheTelephonyToken_whenTheContactCenterTrustsAnotherCertificate() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        server.stack.salesforce().trustTelephony(generator.generateKeyPair().getPublic(), "ctibridge_local");

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("✘ Telephony token: refused (HTTP 401)"), run::toString);
        assertTrue(run.out().contains("reqTelephonyIntegrationCertificate"), run::toString);
    }

    @Test
    void doctor_namesTheCertificateMismatch_whenTheSecretHoldsAKeyTheAppDoesNotKnow() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);
        editSecret(secret -> secret.put("privateKeyPem", otherPrivateKeyPem()));

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        assertLine(
                run,
                "✘ Salesforce token: invalid_grant (invalid assertion: signature does not verify): the assertion's"
                        + " signature does not verify against the app's certificate — Upload the certificate of"
                        + " the secret's privateKeyPem to the External Client App (or put the matching key in the"
                        + " secret).");
        assertLine(run, "– Salesforce API version and profile fields (skipped: no token)");
    }

    @Test
    void doctor_namesPreAuthorisation_whenTheUserHasNotApprovedTheApp() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);
        editSecret(secret -> secret.put("username", "someone-else@ctibridge.local"));

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        String line = line(run, "✘ Salesforce token: invalid_grant (user hasn't approved this consumer)");
        assertTrue(line.contains("the integration user is not pre-authorised for the app"), line);
        assertTrue(line.contains("— In the External Client App's policies set Permitted Users"), line);
    }

    @Test
    void doctor_namesTheLoginHost_whenTheAudienceIsWrong() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);
        editSecret(secret -> secret.put("audience", "https://acme.my.salesforce.com"));

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        String line = line(run, "✘ Salesforce token: invalid_grant (audience is invalid)");
        assertTrue(line.contains("— Use https://login.salesforce.com for production"), line);
    }

    @Test
    void doctor_namesTheConsumerKey_whenSalesforceKnowsNoSuchApp() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);
        editSecret(secret -> secret.put("consumerKey", "not-the-app"));

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        String line =
                line(run, "✘ Salesforce token: invalid_client_id: Salesforce knows no app with this consumer key");
        assertTrue(line.contains("— Copy the consumer key"), line);
    }

    @Test
    void doctor_namesTheField_whenTheIntegrationUserCannotCreateIt() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);
        server.stack.salesforce().faults().fieldAccess("Task", "CallDisposition", false, true);

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        assertLine(
                run,
                "✘ Profile 'default': call log can write Task: CallDisposition not createable — Give the integration"
                        + " user's permission set Edit access to these Task fields (field-level security), or"
                        + " remove a missing field from callLog.extraFields or callLog.fieldMappings.");
    }

    @Test
    void doctor_checksTheFieldsAProfileMapsToo_passingTheDemoMappings_andNamingAMissingOne() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);
        ProfileParser parser = new ProfileParser();
        server.stack.profiles().put(parser.parse(LocalStack.demoProfileDocument()), "test");
        server.stack
                .profiles()
                .put(
                        parser.parse(LocalStack.demoProfileDocument()
                                .replace("\"profile\": \"default\"", "\"profile\": \"typo\"")
                                .replace("CTI_Language__c", "CTI_Langauge__c")),
                        "test");

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        assertLine(run, "✔ Profile 'default': call log can write Task: 22 fields create and update");
        assertLine(
                run,
                "✘ Profile 'typo': call log can write Task: CTI_Langauge__c does not exist — Give the integration"
                        + " user's permission set Edit access to these Task fields (field-level security), or"
                        + " remove a missing field from callLog.extraFields or callLog.fieldMappings.");
    }

    @Test
    void doctor_namesEachFieldWhoseTypeDoesNotTakeTheValue_onTaskAndVoiceCall() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);
        server.stack.profiles().put(new ProfileParser().parse("""
                {"profile": "types", "callLog": {
                  "destination": "both",
                  "fieldMappings": [
                    {"field": "CTI_Wrong_Type__c", "source": "queueWaitSeconds"},
                    {"field": "CTI_Queue_Wait_Seconds__c", "source": "answered"},
                    {"field": "CTI_Transferred__c", "source": "queue"},
                    {"field": "CTI_Hold_Seconds__c", "source": "initiationTimestamp"},
                    {"field": "CTI_Queue__c", "source": "agent"},
                    {"field": "CTI_Language__c", "source": "numberOfHolds"}
                  ],
                  "contactLens": {"enabled": true, "summaryField": "CTI_Recording__c",
                                  "customerSentimentField": "CTI_Number_Of_Holds__c"},
                  "voiceCall": {"callAttributes": {"language": "CTI_ACW_Seconds__c"}}
                }}
                """), "test");

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        assertLine(run, "✔ Profile 'types': call log can write Task: 22 fields create and update");
        for (String object : List.of("Task", "VoiceCall")) {
            String profile = "Profile 'types': " + object + ".";
            if (object.equals("Task")) {
                assertLine(
                        run,
                        "✘ " + profile + "CTI_Wrong_Type__c: queueWaitSeconds writes a whole number, but the field is"
                                + " date — Map queueWaitSeconds onto a number field (int, double, currency, percent)"
                                + " or a text field, or change the field's type.");
            }
            assertLine(
                    run,
                    "✘ " + profile + "CTI_Queue_Wait_Seconds__c: answered writes true or false, but the field is int"
                            + " — Map answered onto a boolean (checkbox) field or a text field, or change the field's"
                            + " type.");
            assertLine(
                    run,
                    "✘ " + profile + "CTI_Transferred__c: queue writes text, but the field is boolean — Map queue"
                            + " onto a text field (string, textarea, url, phone, email, picklist), or change the"
                            + " field's type.");
            assertLine(
                    run,
                    "✘ " + profile + "CTI_Hold_Seconds__c: initiationTimestamp writes an ISO-8601 date and time, but"
                            + " the field is int — Map initiationTimestamp onto a datetime field or a text field, or"
                            + " change the field's type.");
            assertLine(
                    run,
                    "⚠ " + profile + "CTI_Queue__c: agent writes text up to 255 characters, but the field is"
                            + " string(80): a longer value is refused — Set the mapping's maxLength to 80, or"
                            + " lengthen the field.");
            assertLine(
                    run,
                    "✔ " + profile + "CTI_Language__c: numberOfHolds writes a whole number; the field is string, so"
                            + " it holds it as text");
            assertLine(
                    run,
                    "⚠ " + profile + "CTI_Recording__c: contactLens.summaryField writes text up to 32000 characters,"
                            + " but the field is url(255): a longer value is refused — Lengthen the field to 32000"
                            + " characters (a long text area).");
            assertLine(
                    run,
                    "✘ " + profile + "CTI_Number_Of_Holds__c: contactLens.customerSentimentField writes a score with"
                            + " two decimals, but the field is int — Point contactLens.customerSentimentField at a"
                            + " number field with decimals (double, currency, percent) or a text field, or change"
                            + " the field's type.");
        }
        assertLine(
                run,
                "✘ Profile 'types': call log can write VoiceCall: CTI_Wrong_Type__c does not exist — Create these"
                        + " VoiceCall fields (the same API names and types as on Task) and grant the integration user"
                        + " access to them, or remove them from callLog.fieldMappings, callLog.contactLens or"
                        + " callLog.voiceCall.callAttributes.");
        assertLine(
                run,
                "✘ Profile 'types': VoiceCall.CTI_ACW_Seconds__c: callLog.voiceCall.callAttributes.language writes"
                        + " text, but the field is int — Point callLog.voiceCall.callAttributes.language at a text"
                        + " field (string, textarea, url, phone, email, picklist), or change the field's type.");
        assertTrue(
                run.outLines().stream()
                        .noneMatch(l -> l.startsWith("✔ Profile 'types'") && l.contains("field types take what")),
                () -> "no all-fit line for a profile with misfits\n" + run);
    }

    @Test
    void doctor_passesTheFieldTypes_ofTheDemoMappingsAndContactLens_onTaskAndVoiceCall() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);
        ObjectNode profile = (ObjectNode) JSON.readTree(LocalStack.demoProfileDocument());
        profile.put("profile", "both");
        ObjectNode callLog = (ObjectNode) profile.get("callLog");
        callLog.put("destination", "both");
        callLog.set("contactLens", JSON.readTree(LocalStack.CONTACT_LENS));
        server.stack.profiles().put(new ProfileParser().parse(JSON.writeValueAsString(profile)), "test");

        Cli.Run run = doctor();

        assertEquals(0, run.exitCode(), run::toString);
        assertLine(run, "✔ Profile 'default': Task field types take what the call log writes: 6 fields");
        assertLine(run, "✔ Profile 'both': Task field types take what the call log writes: 14 fields");
        assertLine(run, "✔ Profile 'both': call log can write VoiceCall: 14 fields exist");
        assertLine(run, "✔ Profile 'both': VoiceCall field types take what the call log writes: 14 fields");
        assertEquals(
                "all " + (run.outLines().size() - 2) + " checks passed, 1 skipped",
                run.outLines().getLast());
    }

    @Test
    void doctor_keepsTheLinesSoFarAndNamesDescribe_whenSalesforceFailsADescribe() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);
        server.stack.salesforce().faults().failNext(1, 500, "UNKNOWN_EXCEPTION", "describe broke");

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        assertLine(run, "✔ Salesforce API version v68.0: served");
        assertLine(
                run,
                "✘ Profile fields (describe): GET /services/data/v68.0/sobjects/Task/describe answered HTTP 500 —"
                        + " Check that the integration user may call describe (API Enabled) and the org answers it.");
        assertLine(run, "✔ Pop API preflight from " + ADAPTER + ": allowed");
    }

    @Test
    void doctor_namesTheMissingOrigin_whenAllowedOriginsLacksTheAdapterPage() throws Exception {
        start(LIGHTNING, VISUALFORCE);

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        assertLine(run, "✔ AllowedOrigins includes " + LIGHTNING);
        assertLine(
                run,
                "✘ AllowedOrigins includes " + ADAPTER + ": missing, so the adapter's pop requests from this page are"
                        + " refused by the browser — Add " + ADAPTER + " to the stack's AllowedOrigins parameter and"
                        + " redeploy.");
        assertTrue(
                run.out().contains("✘ Pop API preflight from " + ADAPTER + ": HTTP "),
                () -> "the preflight is refused too:\n" + run);
    }

    @Test
    void doctor_namesTheBadProfile_whenTheTableHoldsAnInvalidDocument() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);
        String table = server.stack.tables().config();
        Map<String, AttributeValue> item = new HashMap<>(server.stack
                .dynamoDb()
                .getItem(r -> r.tableName(table)
                        .key(Map.of(
                                TableDefinitions.PROFILE, AttributeValue.fromS("default"),
                                TableDefinitions.VERSION, AttributeValue.fromN("0"))))
                .item());
        item.put(TableDefinitions.PROFILE, AttributeValue.fromS("broken"));
        item.put("document", AttributeValue.fromS("{\"profile\": \"broken\", \"lookupDeadlineMs\": 5}"));
        server.stack.dynamoDb().putItem(r -> r.tableName(table).item(item));

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        String line = line(run, "✘ Profile 'broken' validates: ");
        assertTrue(line.contains("lookupDeadlineMs"), line);
        assertTrue(
                line.endsWith("— Fix the document and push it with 'ctibridge config push', or roll back with"
                        + " 'ctibridge config rollback'."),
                line);
        assertLine(run, "✔ Profile 'default' validates: version 1");
    }

    @Test
    void doctor_checksTheFieldsOfEveryContactFlowOperation() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);
        server.stack
                .profiles()
                .put(
                        new ProfileParser()
                                .parse(java.nio.file.Files.readString(
                                        java.nio.file.Path.of("../../profiles/support-operations.json"))),
                        "test");
        server.stack.salesforce().faults().fieldAccess("Contact", "Last_IVR_Visit__c", true, false);

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        assertLine(run, "✔ Profile 'support': operation findCase (find Case) fields: 5 fields");
        assertLine(run, "✔ Profile 'support': operation createCase (create Case) fields: 9 fields");
        assertLine(
                run,
                "✘ Profile 'support': operation stampIvrVisit (update Contact) fields: Last_IVR_Visit__c not"
                        + " updateable — Create the fields (a create's idempotencyField: text, External ID, unique) or"
                        + " grant the integration user access to them, or correct the operation.");
    }

    @Test
    void doctor_callsOutThePassword_whenTheSecretStillHoldsOne() throws Exception {
        start(LIGHTNING, VISUALFORCE, ADAPTER);
        editSecret(secret -> secret.put("password", "hunter2"));

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        assertLine(
                run,
                "✘ Salesforce secret holds no password: it has a \"password\" for the username-password flow, which"
                        + " Salesforce is retiring — Switch to the JWT bearer flow (README 'Salesforce setup') and"
                        + " remove the password from the secret.");
        assertTrue(!run.out().contains("hunter2") && !run.err().contains("hunter2"), "the password is never printed");
    }

    @Test
    void doctor_printsOneJsonObjectPerCheck_withJson() throws Exception {
        start(LIGHTNING, VISUALFORCE);

        Cli.Run run = doctor("--json");

        assertEquals(1, run.exitCode(), run::toString);
        JsonNode checks = JSON.readTree(run.out());
        assertTrue(checks.isArray() && checks.size() > 10, run::toString);
        List<String> failed = new ArrayList<>();
        for (JsonNode check : checks) {
            assertEquals(List.of("name", "status", "detail", "fix"), fieldNames(check));
            if (check.get("status").asText().equals("fail")) {
                failed.add(check.get("name").asText());
                assertTrue(!check.get("fix").asText().isEmpty(), check::toString);
            }
        }
        assertEquals(List.of("AllowedOrigins includes " + ADAPTER, "Pop API preflight from " + ADAPTER), failed);
    }

    @Test
    void doctor_refusesAMyDomainThatIsALoginHost_inOneLine() {
        Cli.Run run = Cli.run("doctor", "--my-domain", "login.salesforce.com");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(
                List.of("--my-domain: 'login.salesforce.com' is not a My Domain: give its name (acme) or host"
                        + " (acme.my.salesforce.com), not a shared login host"),
                run.errLines());
    }

    private void start(String... allowedOrigins) throws Exception {
        server = new LocalServer("doctor-" + STACKS.incrementAndGet(), String.join(",", allowedOrigins));
    }

    private Cli.Run doctor(String... more) {
        Map<String, String> env = server.stack.functionEnvironment();
        List<String> args = new ArrayList<>(List.of(
                "doctor",
                "--aws-endpoint",
                server.stack.moto().endpoint().toString(),
                "--config-table",
                server.stack.tables().config(),
                "--salesforce-secret-arn",
                env.get(CompositionRoot.SALESFORCE_SECRET_ARN),
                "--telephony-secret-arn",
                env.get(CompositionRoot.TELEPHONY_SECRET_ARN),
                "--allowed-origins",
                server.allowedOrigins,
                "--pop-api-url",
                server.baseUrl(),
                "--my-domain",
                "acme"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private interface SecretEdit {
        void apply(ObjectNode secret) throws Exception;
    }

    private void editSecret(SecretEdit edit) throws Exception {
        String arn = server.stack.functionEnvironment().get(CompositionRoot.SALESFORCE_SECRET_ARN);
        ObjectNode secret = (ObjectNode) JSON.readTree(server.stack
                .secretsManager()
                .getSecretValue(r -> r.secretId(arn))
                .secretString());
        edit.apply(secret);
        String text = JSON.writeValueAsString(secret);
        server.stack.secretsManager().putSecretValue(r -> r.secretId(arn).secretString(text));
    }

    private static String otherPrivateKeyPem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static void assertLine(Cli.Run run, String expected) {
        assertTrue(run.outLines().contains(expected), () -> "no line\n" + expected + "\nin\n" + run);
    }

    private static String line(Cli.Run run, String prefix) {
        return run.outLines().stream()
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + prefix + " in\n" + run));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
