package io.ctibridge.core.config.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.config.FlowOperation;
import io.ctibridge.core.config.InputType;
import io.ctibridge.core.config.MultipleMatches;
import io.ctibridge.core.config.OperationKind;
import io.ctibridge.core.config.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An IT: it reads the repository's samples, which sam build's copy of the module lacks. */
class OperationsCheckIT {

    /** The README's worked example, as operators copy it. */
    static final Path EXAMPLE = Path.of("../../profiles/support-operations.json");

    private final ProfileParser parser = new ProfileParser();
    private final ProfileValidator validator = new ProfileValidator();

    @Test
    void theWorkedExample_parsesWithItsDefaults_andIsValid() throws IOException {
        Profile profile = parser.parse(Files.readString(EXAMPLE));

        assertEquals(List.of(), validator.validate(profile));
        FlowOperation findCase = profile.operation("findCase").orElseThrow();
        assertEquals(OperationKind.FIND, findCase.kind());
        assertEquals(InputType.DIGITS, findCase.inputs().get("caseNumber").type());
        assertEquals(MultipleMatches.MULTIPLE, findCase.onMultiple());
        assertEquals("CreatedDate", findCase.orderBy().field());
        assertEquals(
                InputType.TEXT,
                profile.operation("findAccount")
                        .orElseThrow()
                        .inputs()
                        .get("accountNumber")
                        .type());
        assertTrue(profile.operation("createCase").orElseThrow().popRecord());
    }

    @Test
    void aProfileWithoutOperations_serializesAsBefore() {
        String json = parser.toJson(Profile.builtInDefault());

        assertTrue(!json.contains("operations"), json);
        assertEquals(Profile.builtInDefault(), parser.parse(json));
    }

    @Test
    void aProfileWithOperations_roundTripsThroughItsStoredDocument() throws IOException {
        Profile profile = parser.parse(Files.readString(EXAMPLE));

        assertEquals(profile, parser.parse(parser.toJson(profile)));
    }

    @Test
    void find_mustBindEveryMatchFieldToADeclaredInput() {
        List<Violation> violations = validate("""
                {"name": "findCase", "kind": "find", "object": "Case",
                 "inputs": {"caseNumber": {"type": "digits"}},
                 "match": {"CaseNumber": "caseNo"}}""");

        assertEquals(
                List.of(
                        "operations[0].match.CaseNumber: must name one of the operation's inputs [caseNumber], not"
                                + " caseNo",
                        "operations[0].inputs.caseNumber: is never used: bind it in match or use ${input.caseNumber}"
                                + " in fields, or remove it"),
                strings(violations));
    }

    @Test
    void create_requiresAnIdempotencyField_andSaysWhy() {
        assertOnly("""
                {"name": "createCase", "kind": "create", "object": "Case", "fields": {"Origin": "Phone"}}""", "operations[0].idempotencyField", "so that Connect's retries never create a second record");
    }

    @Test
    void template_mustNameAKnownSource() {
        assertOnly("""
                {"name": "createCase", "kind": "create", "object": "Case", "idempotencyField": "Key__c",
                 "fields": {"Subject": "call from ${caller.number}"}}""", "operations[0].fields.Subject", "${caller.number}: expected ${input.<name>}");
    }

    @Test
    void template_inputMustBeDeclared() {
        assertOnly("""
                {"name": "createCase", "kind": "create", "object": "Case", "idempotencyField": "Key__c",
                 "fields": {"Subject": "${input.reason}"}}""", "operations[0].fields.Subject", "${input.reason} names no input of the operation");
    }

    @Test
    void template_aLoneDollarIsRefused() {
        assertOnly("""
                {"name": "createCase", "kind": "create", "object": "Case", "idempotencyField": "Key__c",
                 "fields": {"Subject": "costs $5"}}""", "operations[0].fields.Subject", "write $$ for a literal $");
    }

    @Test
    void update_targetMustBeTheLookupOrAnEarlierFindOrCreate() {
        assertOnly(
                """
                {"name": "closeCase", "kind": "update", "object": "Case", "target": "findCase",
                 "fields": {"Status": "Closed"}}""",
                "operations[0].target",
                "must be 'lookup' or the name of a find or create defined before this operation, not findCase");
    }

    @Test
    void update_ofAnEarlierFind_mustWriteTheSameObject() {
        List<Violation> violations = validate("""
                {"name": "findCase", "kind": "find", "object": "Case", "inputs": {"n": {"type": "digits"}},
                 "match": {"CaseNumber": "n"}},
                {"name": "touch", "kind": "update", "object": "Account", "target": "findCase",
                 "fields": {"Description": "x"}}""");

        assertEquals(
                List.of("operations[1].object: must be Case, the object of the target findCase"), strings(violations));
    }

    @Test
    void inputs_ruleMustBeARegularExpression_andNotAReservedParameter() {
        List<Violation> violations = validate("""
                {"name": "findCase", "kind": "find", "object": "Case",
                 "inputs": {"profile": {}, "n": {"pattern": "[0-9"}},
                 "match": {"CaseNumber": "n", "Subject": "profile"}}""");

        assertEquals(
                List.of("operations[0].inputs.profile", "operations[0].inputs.n.pattern"),
                violations.stream().map(Violation::path).toList());
    }

    @Test
    void inputs_unusedOnesAreReported() {
        assertOnly("""
                {"name": "findCase", "kind": "find", "object": "Case",
                 "inputs": {"n": {}, "spare": {}}, "match": {"CaseNumber": "n"}}""", "operations[0].inputs.spare", "is never used");
    }

    @Test
    void inputs_maxLengthIsCappedAt255() {
        assertOnly("""
                {"name": "findCase", "kind": "find", "object": "Case",
                 "inputs": {"n": {"maxLength": 1000}}, "match": {"CaseNumber": "n"}}""", "operations[0].inputs.n.maxLength", "must be between 1 and 255, not 1000");
    }

    @Test
    void names_mustBeUnique_andFieldsMustBeApiNames() {
        List<Violation> violations = validate("""
                {"name": "findCase", "kind": "find", "object": "Case", "inputs": {"n": {}}, "match": {"CaseNumber": "n"}},
                {"name": "findCase", "kind": "find", "object": "Case", "inputs": {"n": {}},
                 "match": {"CaseNumber": "n"}, "returnFields": ["Subject; DELETE"]}""");

        assertEquals(
                List.of("operations[1].name", "operations[1].returnFields[0]"),
                violations.stream().map(Violation::path).toList());
    }

    @Test
    void settingsOfAnotherKind_areRefused() {
        assertOnly("""
                {"name": "findCase", "kind": "find", "object": "Case", "inputs": {"n": {}},
                 "match": {"CaseNumber": "n"}, "fields": {"Status": "New"}}""", "operations[0].fields", "does not apply to a find operation");
    }

    @Test
    void anUnknownKind_isAParseErrorNamingTheSetting() {
        InvalidProfileException error =
                org.junit.jupiter.api.Assertions.assertThrows(InvalidProfileException.class, () -> parser.parse("""
                        {"profile": "p", "operations": [{"name": "x", "kind": "delete", "object": "Case"}]}"""));

        assertTrue(error.getMessage().contains("operations[0].kind"), error.getMessage());
    }

    private List<Violation> validate(String operations) {
        return validator.validate(parser.parse("{\"profile\": \"p\", \"operations\": [" + operations + "]}"));
    }

    private void assertOnly(String operation, String path, String messagePart) {
        List<Violation> violations = validate(operation);
        assertEquals(1, violations.size(), () -> strings(violations).toString());
        assertEquals(path, violations.getFirst().path());
        assertTrue(
                violations.getFirst().message().contains(messagePart),
                () -> violations.getFirst().message());
    }

    private static List<String> strings(List<Violation> violations) {
        return violations.stream().map(Violation::toString).toList();
    }
}
