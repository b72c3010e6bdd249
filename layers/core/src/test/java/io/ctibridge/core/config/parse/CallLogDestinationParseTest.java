package io.ctibridge.core.config.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.config.CallLogDestination;
import io.ctibridge.core.config.Profile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The call log's destination in a profile, as written and as checked. */
class CallLogDestinationParseTest {

    private final ProfileParser parser = new ProfileParser();

    @Test
    void aProfileWithoutDestination_logsTasks() {
        Profile profile = parser.parse("{\"profile\": \"sales\"}");

        assertEquals(CallLogDestination.TASK, profile.callLog().destinationKind());
        assertTrue(profile.callLog().voiceCall().callAttributes().isEmpty());
        assertTrue(profile.callLog().voiceCall().linkRelatedRecord());
    }

    @Test
    void voiceCallAndBoth_areRead_withTheirCallAttributes() {
        Profile voice = parser.parse("""
                {"profile": "sales", "callLog": {"destination": "VoiceCall",
                 "voiceCall": {"callAttributes": {"reason": "Reason__c"}, "linkRelatedRecord": false}}}""");
        Profile both = parser.parse("{\"profile\": \"sales\", \"callLog\": {\"destination\": \"both\"}}");

        assertEquals(CallLogDestination.VOICE_CALL, voice.callLog().destinationKind());
        assertEquals(Map.of("reason", "Reason__c"), voice.callLog().voiceCall().callAttributes());
        assertEquals(false, voice.callLog().voiceCall().linkRelatedRecord());
        assertEquals(CallLogDestination.BOTH, both.callLog().destinationKind());
    }

    @Test
    void anUnknownDestination_isRefused_namingTheThreeThatExist() {
        Violation violation = onlyViolation("{\"profile\": \"sales\", \"callLog\": {\"destination\": \"voicecall\"}}");

        assertEquals("callLog.destination", violation.path());
        assertEquals("must be Task, VoiceCall or both, not voicecall", violation.message());
    }

    @Test
    void aCallAttributeMappedToSomethingThatIsNoFieldName_isRefused() {
        Violation violation = onlyViolation("""
                {"profile": "sales", "callLog": {"destination": "VoiceCall",
                 "voiceCall": {"callAttributes": {"reason": "Reason c"}}}}""");

        assertEquals("callLog.voiceCall.callAttributes.reason", violation.path());
    }

    @Test
    void anUnknownVoiceCallSetting_isRefused() {
        Violation violation = onlyViolation("""
                {"profile": "sales", "callLog": {"voiceCall": {"callAtributes": {}}}}""");

        assertEquals("callLog.voiceCall.callAtributes", violation.path());
    }

    private Violation onlyViolation(String json) {
        InvalidProfileException error = assertThrows(
                InvalidProfileException.class, () -> new ProfileValidator().requireValid(parser.parse(json)));
        assertEquals(1, error.violations().size(), error.getMessage());
        return error.violations().getFirst();
    }
}
