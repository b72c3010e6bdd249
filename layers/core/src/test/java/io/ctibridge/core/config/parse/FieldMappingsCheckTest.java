package io.ctibridge.core.config.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.config.FieldMapping;
import io.ctibridge.core.config.Fixtures;
import io.ctibridge.core.config.MappingSource;
import io.ctibridge.core.config.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code callLog.fieldMappings}: every bad mapping refused at validate/push, with its path and what is right. */
class FieldMappingsCheckTest {

    private final ProfileValidator validator = new ProfileValidator();

    @Test
    void mappingsOfEverySource_areValid_andParseWithTheirDefaults() {
        String every = String.join(
                ", ",
                MappingSource.spellings().stream()
                        .map(s -> s.replace("<name>", "language"))
                        .map(s -> "{\"field\": \"F_" + s.replace(":", "_") + "__c\", \"source\": \"" + s + "\"}")
                        .toList());

        Profile profile = Fixtures.profile("test", "\"callLog\": {\"fieldMappings\": [" + every + "]}");

        assertEquals(List.of(), validator.validate(profile));
        assertEquals(
                MappingSource.values().length, profile.callLog().fieldMappings().size());
        FieldMapping first = profile.callLog().fieldMappings().getFirst();
        assertEquals(FieldMapping.DEFAULT_MAX_LENGTH, first.maxLength());
    }

    @Test
    void anUnknownSource_isRefused_listingTheValidOnes() {
        Violation violation = only(mapping("CTI_Queue__c", "queueName", null), "callLog.fieldMappings[0].source");

        assertTrue(
                violation.message().startsWith("unknown source \"queueName\"; valid sources: queue, "),
                violation::toString);
        assertTrue(violation.message().contains("customerHoldSeconds"), violation::toString);
        assertTrue(violation.message().endsWith("attribute:<name>"), violation::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"attribute:", "attribute: "})
    void anAttributeSourceWithoutAName_isRefused(String source) {
        Violation violation = only(mapping("CTI_Language__c", source, null), "callLog.fieldMappings[0].source");

        assertTrue(violation.message().contains("names no contact attribute"), violation::toString);
    }

    @Test
    void sourceCase_matters_soThatATypoIsNotGuessed() {
        only(mapping("CTI_Queue__c", "Queue", null), "callLog.fieldMappings[0].source");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CTI Queue", "CTI_Queue__x", "1Queue__c", "Queue__c; DELETE", "Account.Name"})
    void aTargetThatIsNotAFieldApiName_isRefused(String field) {
        Violation violation = only(mapping(field, "queue", null), "callLog.fieldMappings[0].field");

        assertTrue(violation.message().contains("is not a field API name"), violation::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Subject", "CallDurationInSeconds", "Description", "WhoId", "TaskSubtype", "subject"})
    void aFieldTheCallLoggerWritesItself_isRefused_whateverItsCase(String field) {
        Violation violation = only(mapping(field, "queue", null), "callLog.fieldMappings[0].field");

        assertTrue(violation.message().contains("is written by the call logger itself"), violation::toString);
        assertTrue(violation.message().contains("CallDisposition"), violation::toString);
    }

    @Test
    void aFieldExtraFieldsAlsoSets_isRefused() {
        List<Violation> violations = validate("\"callLog\": {\"extraFields\": {\"CTI_Queue__c\": \"x\"},"
                + " \"fieldMappings\": [{\"field\": \"cti_queue__c\", \"source\": \"queue\"}]}");

        assertOnly(violations, "callLog.fieldMappings[0].field", "also set by callLog.extraFields");
    }

    @Test
    void aFieldMappedTwice_isRefused_atTheSecondMapping() {
        List<Violation> violations = validate("\"callLog\": {\"fieldMappings\": ["
                + "{\"field\": \"CTI_Queue__c\", \"source\": \"queue\"},"
                + "{\"field\": \"CTI_QUEUE__c\", \"source\": \"agent\"}]}");

        assertOnly(violations, "callLog.fieldMappings[1].field", "already mapped by callLog.fieldMappings[0]");
    }

    @Test
    void aMissingFieldOrSource_isRefused() {
        assertOnly(
                validate("\"callLog\": {\"fieldMappings\": [{\"source\": \"queue\"}]}"),
                "callLog.fieldMappings[0].field",
                "is required");
        assertOnly(
                validate("\"callLog\": {\"fieldMappings\": [{\"field\": \"CTI_Queue__c\"}]}"),
                "callLog.fieldMappings[0].source",
                "is required");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 131_073})
    void maxLength_outOfRange_isRefused(int maxLength) {
        Violation violation = only(mapping("CTI_Queue__c", "queue", maxLength), "callLog.fieldMappings[0].maxLength");

        assertTrue(violation.message().contains("between 1 and 131072"), violation::toString);
    }

    @Test
    void maxLength_onANumberOrFlag_isRefused_asItWouldBeIgnored() {
        only(mapping("CTI_Hold__c", "customerHoldSeconds", 10), "callLog.fieldMappings[0].maxLength");
        only(mapping("CTI_Transferred__c", "transferredOut", 10), "callLog.fieldMappings[0].maxLength");
        assertEquals(List.of(), validate(mapping("CTI_Notes__c", "attribute:notes", 32_000)));
    }

    @Test
    void anUnknownPropertyInAMapping_isRefusedByTheParser_namingTheKnownOnes() {
        InvalidProfileException error = assertThrows(
                InvalidProfileException.class,
                () -> Fixtures.profile(
                        "test",
                        "\"callLog\": {\"fieldMappings\": [{\"field\": \"X__c\", \"source\": \"queue\", \"lenght\":"
                                + " 10}]}"));

        Violation violation = error.violations().getFirst();
        assertEquals("callLog.fieldMappings[0].lenght", violation.path());
        assertTrue(violation.message().contains("field, maxLength, source"), violation::toString);
    }

    @Test
    void aFieldMappingsObjectInsteadOfAList_isRefusedByTheParser() {
        InvalidProfileException error = assertThrows(
                InvalidProfileException.class,
                () -> Fixtures.profile("test", "\"callLog\": {\"fieldMappings\": {\"X__c\": \"queue\"}}"));

        assertEquals("callLog.fieldMappings", error.violations().getFirst().path());
    }

    // --- helpers ---

    private List<Violation> validate(String settings) {
        return validator.validate(Fixtures.profile("test", settings));
    }

    private static String mapping(String field, String source, Integer maxLength) {
        return "\"callLog\": {\"fieldMappings\": [{\"field\": \"" + field + "\", \"source\": \"" + source + "\""
                + (maxLength == null ? "" : ", \"maxLength\": " + maxLength) + "}]}";
    }

    private Violation only(String settings, String path) {
        List<Violation> violations = validate(settings);
        assertEquals(1, violations.size(), () -> "expected one violation at " + path + ", got " + violations);
        assertEquals(path, violations.getFirst().path(), violations.getFirst()::toString);
        return violations.getFirst();
    }

    private static void assertOnly(List<Violation> violations, String path, String messagePart) {
        assertEquals(1, violations.size(), () -> "expected one violation at " + path + ", got " + violations);
        Violation violation = violations.getFirst();
        assertEquals(path, violation.path(), violation::toString);
        assertTrue(
                violation.message().contains(messagePart), () -> "message lacks '" + messagePart + "': " + violation);
    }
}
