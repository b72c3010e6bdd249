package io.ctibridge.function.contactrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.emulator.RecordedRequest;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The VoiceCall destination through the Kinesis handler, wired as in Lambda against moto and the emulator's
 * Telephony Integration API: what lands, in how many requests, and what a redelivery, a later version, a limit and
 * a refusal do.
 */
class VoiceCallLogIT {

    private static final Path SAMPLES = Path.of("../../events/kinesis");
    private static final String INBOUND = "6c1e9a52-0f3b-4d8e-a7c1-53b2e9d04f17";
    private static final String OUTBOUND = "a8f3d7c2-5e91-4b06-9c3d-2e7f1a9b8c40";
    private static final String TRANSFER_FIRST = "0d4b7e19-8a2c-4f53-b6e0-91c3f5a7d218";
    private static final String TRANSFER_SECOND = "e5a90c3b-7d14-4e28-8f6a-3b1d2c9e7f05";
    private static final Predicate<RecordedRequest> TELEPHONY = r -> r.path().startsWith("/telephony/v1/");

    private static CallLogFixture fixture;
    private static ContactRecordHandler handler;

    @BeforeAll
    static void start() {
        fixture = CallLogFixture.start("voice-call-it");
        ProfileParser parser = new ProfileParser();
        fixture.stack.profiles().put(parser.parse("""
                {"profile": "voice", "callLog": {"destination": "VoiceCall",
                 "voiceCall": {"callAttributes": {"ctiDisposition": "CallDisposition"}}}}"""), "test");
        // As "voice", with a field mapping: CallOrigin is a VoiceCall field only, so no Task is made with it here.
        fixture.stack.profiles().put(parser.parse("""
                {"profile": "voice-mapped", "callLog": {"destination": "VoiceCall",
                 "fieldMappings": [{"field": "CallOrigin", "source": "channel"}],
                 "voiceCall": {"callAttributes": {"ctiDisposition": "CallDisposition"}}}}"""), "test");
        fixture.stack.profiles().put(parser.parse("""
                {"profile": "both", "callLog": {"destination": "both", "dispositionAttribute": "ctiDisposition"}}"""), "test");
        handler = fixture.recordHandler();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @AfterEach
    void resetFaults() {
        fixture.stack.salesforce().faults().reset();
        fixture.deadLetters.drain();
    }

    @Test
    void inboundCall_becomesOneClosedVoiceCall_inTwoRequests_relatedToTheLookupsMatch_andNoTask() {
        String jane = fixture.seeded("Contact", "LastName", "Doe");
        fixture.lookedUp(INBOUND, "voice-mapped", new CallerMatch(jane, "Contact", "Jane Doe", null, null, "Phone"));
        int before = fixture.requests(TELEPHONY);

        assertNoFailures(handler.handleEvent(sample("ctr-inbound-answered.json"), null));

        Map<String, Object> call = voiceCall(INBOUND);
        assertEquals("Inbound", call.get("CallType"));
        assertEquals("+14155550123", call.get("FromPhoneNumber"));
        assertEquals("+18005550100", call.get("ToPhoneNumber"));
        assertEquals("2026-11-24T15:02:10.000+0000", call.get("CallStartDateTime"));
        assertEquals("2026-11-24T15:08:11.000+0000", call.get("CallEndDateTime"));
        assertEquals(361, ((Number) call.get("CallDurationInSeconds")).intValue());
        assertEquals("Support", call.get("QueueName"));
        assertEquals("ava.agent", call.get("AgentName"));
        assertEquals("CUSTOMER_DISCONNECT", call.get("DisconnectReason"));
        assertEquals("Resolved", call.get("CallDisposition"), "callAttributes from the profile's mapping");
        assertEquals("VOICE", call.get("CallOrigin"), "callLog.fieldMappings reach the VoiceCall too");
        assertEquals(287, ((Number) call.get("AgentInteractionDuration")).intValue());
        assertEquals(false, call.get("IsActiveCall"));
        assertEquals(jane, call.get("RelatedRecordId"), "set through the REST API");
        String recording = (String) call.get("CallRecordingId");
        assertTrue(((String) fixture.stack
                        .salesforce()
                        .records()
                        .get(recording)
                        .orElseThrow()
                        .get("RecordingLocation"))
                .endsWith("6c1e9a52-0f3b-4d8e-a7c1-53b2e9d04f17_20261124T15:02_UTC.wav"));
        assertEquals(2, fixture.requests(TELEPHONY) - before, "create and close");
        assertEquals(List.of(), fixture.tasks(INBOUND));

        // Delivered again: the ledger knows it; nothing more is sent.
        int after = fixture.requests(TELEPHONY);
        assertNoFailures(handler.handleEvent(sample("ctr-inbound-answered.json"), null));
        assertEquals(after, fixture.requests(TELEPHONY));
        voiceCall(INBOUND);
    }

    @Test
    void transfer_withBoth_makesATaskAndAVoiceCallPerLeg_theSecondLinkedToTheFirst() {
        String lead = fixture.seeded("Lead", "Company", "O'Brien Consulting");
        fixture.lookedUp(TRANSFER_FIRST, "both", new CallerMatch(lead, "Lead", "Sam O'Brien", null, null, "Phone"));

        assertNoFailures(handler.handleEvent(sample("ctr-transfer.json"), null));

        Map<String, Object> first = voiceCall(TRANSFER_FIRST);
        Map<String, Object> second = voiceCall(TRANSFER_SECOND);
        assertEquals("Inbound", first.get("CallType"));
        assertEquals("Transfer", second.get("CallType"));
        assertEquals(first.get("Id"), second.get("PreviousCallId"));
        assertEquals(second.get("Id"), first.get("NextCallId"));
        assertEquals(lead, first.get("RelatedRecordId"));
        assertEquals("Inbound", fixture.task(TRANSFER_FIRST).get("CallType"));
        assertEquals("Internal", fixture.task(TRANSFER_SECOND).get("CallType"));
    }

    @Test
    void outboundCall_isATask_evenForAVoiceCallProfile_becauseTheApiCannotCreateIt() {
        fixture.lookedUp(OUTBOUND, "voice");
        int before = fixture.requests(TELEPHONY);

        assertNoFailures(handler.handleEvent(sample("ctr-outbound.json"), null));

        assertEquals("Outbound", fixture.task(OUTBOUND).get("CallType"));
        assertEquals(List.of(), voiceCalls(OUTBOUND));
        assertEquals(before, fixture.requests(TELEPHONY));
    }

    @Test
    void aLaterVersion_closesTheSameVoiceCallAgain_withTheRecordingItBrings() {
        Ctr call = Ctr.answered("+14155550142");
        fixture.lookedUp(call.contactId(), "voice");
        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(List.of(call)), null));
        assertNull(voiceCall(call.contactId()).get("CallRecordingId"));
        int before = fixture.requests(TELEPHONY);

        assertNoFailures(handler.handleEvent(
                KinesisBatch.ofCtrs(List.of(call.laterVersion(60).recording("bucket/connect/x/CallRecordings/a.wav"))),
                null));

        assertEquals(1, fixture.requests(TELEPHONY) - before, "one PATCH, no POST");
        assertFalse(voiceCall(call.contactId()).get("CallRecordingId") == null);
    }

    @Test
    void theApisLimit_isWaitedOutInsideTheInvocation() {
        Ctr call = Ctr.answered("+14155550143");
        fixture.lookedUp(call.contactId(), "voice");
        fixture.stack.salesforce().faults().failTelephonyNext(1, 429);

        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(List.of(call)), null));

        assertEquals("Inbound", voiceCall(call.contactId()).get("CallType"));
    }

    @Test
    void aLinkThatFailsForAPassingReason_bringsTheDeliveryBack_whichLinksTheSameVoiceCall() {
        String jane = fixture.seeded("Contact", "LastName", "Doe");
        Ctr call = Ctr.answered("+14155550146");
        fixture.lookedUp(call.contactId(), "voice", new CallerMatch(jane, "Contact", "Jane Doe", null, null, "Phone"));
        fixture.stack
                .salesforce()
                .faults()
                .failRecordsMatching(record -> record.containsKey("RelatedRecordId"), "UNABLE_TO_LOCK_ROW", "locked");
        int before = fixture.requests(TELEPHONY);

        KinesisEvent batch = KinesisBatch.ofCtrs(List.of(call));
        StreamsEventResponse first = handler.handleEvent(batch, null);

        assertEquals(1, first.getBatchItemFailures().size(), "comes back for its link");
        assertNull(voiceCall(call.contactId()).get("RelatedRecordId"));
        fixture.stack.salesforce().faults().reset();

        // Kinesis delivers the same record again (same sequence number, so the same claimant).
        assertNoFailures(handler.handleEvent(KinesisBatch.redeliveryAfter(batch, first), null));

        assertEquals(jane, voiceCall(call.contactId()).get("RelatedRecordId"), "the same VoiceCall, linked");
        assertEquals(3, fixture.requests(TELEPHONY) - before, "one POST; the close again, no second create");
        assertEquals(List.of(), fixture.deadLetters.drain());
    }

    @Test
    void aLinkSalesforceRefusesForGood_leavesTheVoiceCallLoggedUnlinked_withoutARetry() {
        Ctr call = Ctr.answered("+14155550147");
        fixture.lookedUp(
                call.contactId(),
                "voice",
                new CallerMatch("003000000000404AAA", "Contact", "Gone Away", null, null, "Phone"));

        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(List.of(call)), null));

        assertNull(voiceCall(call.contactId()).get("RelatedRecordId"));
        assertEquals(false, voiceCall(call.contactId()).get("IsActiveCall"), "closed");
    }

    @Test
    void aTransferWhoseParentIsNoVoiceCall_goesToTheDeadLetterQueue_withTheApisAnswer() {
        Ctr parent = Ctr.answered("+14155550144");
        Ctr leg = Ctr.answered("+14155550144").transferredFrom(parent);
        fixture.lookedUp(leg.contactId(), "voice");

        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(List.of(leg)), null));

        assertEquals(List.of(), voiceCalls(leg.contactId()));
        List<JsonNode> letters = fixture.deadLetters.drain();
        assertEquals(1, letters.size());
        assertEquals("VOICE_CALL_REJECTED", letters.getFirst().path("reason").asText());
        assertTrue(letters.getFirst().path("detail").asText().startsWith("POST /voiceCalls answered HTTP 400"));
    }

    @Test
    void aRefusedToken_bringsTheCallBack_withoutADeadLetter() throws Exception {
        Ctr call = Ctr.answered("+14155550145");
        fixture.lookedUp(call.contactId(), "voice");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var trusted = fixture.stack.salesforce();
        trusted.trustTelephony(generator.generateKeyPair().getPublic(), "ctibridge_local");
        try {
            StreamsEventResponse response = handler.handleEvent(KinesisBatch.ofCtrs(List.of(call)), null);
            assertEquals(1, response.getBatchItemFailures().size());
            assertEquals(List.of(), fixture.deadLetters.drain());
            assertEquals(List.of(), voiceCalls(call.contactId()));
        } finally {
            restoreTrust();
        }
    }

    /** Puts the local stack's own certificate back (the telephony secret's key). */
    private static void restoreTrust() throws Exception {
        String secret = fixture.stack
                .secretsManager()
                .getSecretValue(r -> r.secretId(fixture.stack.telephonySecretArn()))
                .secretString();
        String pem = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(secret)
                .get("privateKeyPem")
                .asText();
        var privateKey = (java.security.interfaces.RSAPrivateCrtKey) java.security.KeyFactory.getInstance("RSA")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(
                        java.util.Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""))));
        var publicKey = java.security.KeyFactory.getInstance("RSA")
                .generatePublic(new java.security.spec.RSAPublicKeySpec(
                        privateKey.getModulus(), privateKey.getPublicExponent()));
        fixture.stack.salesforce().trustTelephony(publicKey, "ctibridge_local");
    }

    private static List<Map<String, Object>> voiceCalls(String contactId) {
        return fixture.stack.salesforce().records().all("VoiceCall").stream()
                .filter(call -> contactId.equals(call.get("VendorCallKey")))
                .toList();
    }

    private static Map<String, Object> voiceCall(String contactId) {
        List<Map<String, Object>> calls = voiceCalls(contactId);
        if (calls.size() != 1) {
            throw new AssertionError("expected exactly one VoiceCall for " + contactId + ", found " + calls.size());
        }
        return calls.getFirst();
    }

    private static KinesisEvent sample(String file) {
        return EventLoader.loadKinesisEvent(SAMPLES.resolve(file).toString());
    }

    private static void assertNoFailures(StreamsEventResponse response) {
        assertEquals(List.of(), response.getBatchItemFailures());
    }
}
