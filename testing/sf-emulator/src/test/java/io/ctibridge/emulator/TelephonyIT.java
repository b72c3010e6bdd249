package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TelephonyIT extends EmulatorTestBase {

    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTACT_CENTER = "ACME_Connect";
    private static final String CALLS = "/telephony/v1/voiceCalls";

    private TestClient telephony;

    @BeforeEach
    void trustTheCertificate() {
        sf.trustTelephony(KEYS.getPublic(), CONTACT_CENTER);
        telephony = new TestClient(sf.baseUrl()).withToken(jwt(claims(), KEYS.getPrivate()));
    }

    @Test
    void post_createsAnInboundVoiceCall_readableThroughTheRestQuery() {
        TestClient.Response answer = telephony.post(CALLS, inbound("contact-1"));

        assertEquals(200, answer.status(), answer.body()::toString);
        String id = answer.body().get("voiceCallId").asText();
        assertTrue(id.startsWith("0LQ"));
        assertEquals(0, answer.body().get("errors").size());
        JsonNode call = onlyCall("contact-1");
        assertEquals(id, call.get("Id").asText());
        assertEquals("Inbound", call.get("CallType").asText());
        assertEquals("+14155550199", call.get("FromPhoneNumber").asText());
        assertEquals("+18005550100", call.get("ToPhoneNumber").asText());
        assertEquals(
                "2026-03-02T10:15:30.000+0000", call.get("CallStartDateTime").asText());
        assertEquals("Support", call.get("QueueName").asText());
    }

    @Test
    void post_transfer_linksThePreviousAndNextCalls() {
        String parent = telephony
                .post(CALLS, inbound("contact-1"))
                .body()
                .get("voiceCallId")
                .asText();

        TestClient.Response answer = telephony.post(
                CALLS, inbound("contact-2").replace("\"Inbound\"", "\"Transfer\",\"parentVoiceCallId\":\"contact-1\""));

        assertEquals(200, answer.status(), answer.body()::toString);
        JsonNode child = onlyCall("contact-2");
        assertEquals("Transfer", child.get("CallType").asText());
        assertEquals(parent, child.get("PreviousCallId").asText());
        assertEquals(
                child.get("Id").asText(),
                onlyCall("contact-1").get("NextCallId").asText());
    }

    @Test
    void post_refusesATransferWithoutItsParent_andAnOutboundCall() {
        assertEquals(
                400,
                telephony
                        .post(CALLS, inbound("c").replace("\"Inbound\"", "\"Transfer\""))
                        .status());
        assertEquals(
                400,
                telephony
                        .post(CALLS, inbound("c").replace("\"Inbound\"", "\"Outbound\""))
                        .status());
        assertEquals(
                0,
                client.query("SELECT Id FROM VoiceCall").body().get("totalSize").asInt());
    }

    @Test
    void post_createsTheCallEvenWhenItReportsErrors() {
        TestClient.Response answer = telephony.post(
                CALLS,
                inbound("contact-1").replace("}", ",\"callAttributes\":\"{\\\"NoSuchField__c\\\":\\\"x\\\"}\"}"));

        assertEquals(200, answer.status());
        assertTrue(answer.body().get("errors").asText().contains("NoSuchField__c"));
        onlyCall("contact-1");
    }

    @Test
    void callAttributes_keepTheirJsonTypes_andAValueOfTheWrongTypeIsReported_notStored() {
        TestClient.Response answer = telephony.post(
                CALLS,
                inbound("contact-1")
                        .replace(
                                "}",
                                ",\"callAttributes\":\"{\\\"Customer_Sentiment__c\\\":-0.8,"
                                        + "\\\"Talk_Time_Seconds__c\\\":\\\"long\\\","
                                        + "\\\"Contact_Lens_Summary__c\\\":\\\"Refund agreed\\\"}\"}"));

        assertEquals(200, answer.status());
        assertTrue(answer.body().get("errors").asText().contains("Talk_Time_Seconds__c"), answer.body()::toString);
        JsonNode call = client.query("SELECT Customer_Sentiment__c, Talk_Time_Seconds__c, Contact_Lens_Summary__c "
                        + "FROM VoiceCall WHERE VendorCallKey = 'contact-1'")
                .body()
                .get("records")
                .get(0);
        assertEquals(-0.8, call.get("Customer_Sentiment__c").asDouble());
        assertTrue(call.get("Customer_Sentiment__c").isNumber());
        assertEquals("Refund agreed", call.get("Contact_Lens_Summary__c").asText());
        assertTrue(call.path("Talk_Time_Seconds__c").isNull()
                || call.path("Talk_Time_Seconds__c").isMissingNode());
    }

    @Test
    void post_twiceWithOneVendorCallKey_makesTwoCalls_soThatARepeatedPostShows() {
        telephony.post(CALLS, inbound("contact-1"));
        telephony.post(CALLS, inbound("contact-1"));

        assertEquals(
                2,
                client.query("SELECT Id FROM VoiceCall WHERE VendorCallKey = 'contact-1'")
                        .body()
                        .get("totalSize")
                        .asInt());
    }

    @Test
    void patch_closesTheCallByItsVendorCallKey_withDurationHoldsAgentAndRecording() {
        telephony.post(CALLS, inbound("contact-1"));

        TestClient.Response answer = telephony.patch(CALLS + "/contact-1", """
                {"endTime":"2026-03-02T10:20:30Z","totalHoldDuration":12,"numberOfHolds":1,"agent":"agent1",
                 "queue":"Billing","recordingLocation":"bucket/connect/acme/CallRecordings/contact-1.wav",
                 "disconnectReason":{"value":"CUSTOMER_DISCONNECT","isError":false}}""");

        assertEquals(200, answer.status(), answer.body()::toString);
        assertEquals("pending", answer.body().get("status").asText());
        JsonNode call = onlyCall("contact-1");
        assertEquals(300, call.get("CallDurationInSeconds").asInt());
        assertEquals(12, call.get("TotalHoldDuration").asInt());
        assertEquals("agent1", call.get("AgentName").asText());
        assertEquals("Billing", call.get("QueueName").asText());
        assertEquals("CUSTOMER_DISCONNECT", call.get("DisconnectReason").asText());
        assertFalse(call.get("IsActiveCall").asBoolean());
        JsonNode recording = client.query("SELECT RecordingLocation FROM VoiceCallRecording WHERE Id = '"
                        + call.get("CallRecordingId").asText() + "'")
                .body()
                .get("records")
                .get(0);
        assertEquals(
                "bucket/connect/acme/CallRecordings/contact-1.wav",
                recording.get("RecordingLocation").asText());
    }

    @Test
    void patch_createsACallItDoesNotKnow() {
        TestClient.Response answer = telephony.patch(CALLS + "/outbound-1", "{\"endTime\":\"2026-03-02T10:20:30Z\"}");

        assertEquals(200, answer.status());
        assertEquals(
                "2026-03-02T10:20:30.000+0000",
                onlyCall("outbound-1").get("CallEndDateTime").asText());
    }

    @Test
    void calls_areRefused401_forAWrongIssuerSubjectExpiryOrSignature() {
        Map<String, Object> wrongIssuer = claims();
        wrongIssuer.put("iss", "00D000000000999");
        Map<String, Object> wrongSubject = claims();
        wrongSubject.put("sub", "Other_Center");
        Map<String, Object> expired = claims();
        expired.put("exp", Instant.now().minusSeconds(1).getEpochSecond());
        Map<String, Object> tooLong = claims();
        tooLong.put("exp", Instant.now().plusSeconds(25 * 3600).getEpochSecond());

        for (String token : new String[] {
            jwt(wrongIssuer, KEYS.getPrivate()),
            jwt(wrongSubject, KEYS.getPrivate()),
            jwt(expired, KEYS.getPrivate()),
            jwt(tooLong, KEYS.getPrivate()),
            jwt(claims(), OTHER_KEYS.getPrivate()),
            "not-a-jwt"
        }) {
            TestClient.Response answer =
                    new TestClient(sf.baseUrl()).withToken(token).post(CALLS, inbound("c"));
            assertEquals(401, answer.status(), answer.body()::toString);
        }
        assertEquals(
                0,
                client.query("SELECT Id FROM VoiceCall").body().get("totalSize").asInt());
    }

    @Test
    void aJti_isAcceptedAgainInTheSameToken_butRefusedInAnother() {
        Map<String, Object> claims = claims();
        String token = jwt(claims, KEYS.getPrivate());
        TestClient same = new TestClient(sf.baseUrl()).withToken(token);
        assertEquals(200, same.post(CALLS, inbound("a")).status());
        assertEquals(200, same.post(CALLS, inbound("b")).status());

        claims.put("iat", Instant.now().getEpochSecond() + 1);
        TestClient replay = new TestClient(sf.baseUrl()).withToken(jwt(claims, KEYS.getPrivate()));

        assertEquals(401, replay.post(CALLS, inbound("c")).status());
    }

    @Test
    void calls_areRefused_untilACertificateIsUploaded() {
        try (SalesforceEmulator fresh = SalesforceEmulator.start(EmulatorConfig.defaults())) {
            TestClient anyone = new TestClient(fresh.baseUrl()).withToken(jwt(claims(), KEYS.getPrivate()));
            assertEquals(401, anyone.post(CALLS, inbound("c")).status());
        }
    }

    @Test
    void failTelephonyNext_answers429_thenServesAgain() {
        sf.faults().failTelephonyNext(1, 429);

        assertEquals(429, telephony.post(CALLS, inbound("contact-1")).status());
        assertEquals(200, telephony.post(CALLS, inbound("contact-1")).status());
        onlyCall("contact-1");
    }

    @Test
    void latency_letsTheCallLandAfterTheClientGaveUp() throws Exception {
        sf.faults().latency(java.time.Duration.ofMillis(800));
        var impatient = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(sf.baseUrl().resolve(CALLS))
                .timeout(java.time.Duration.ofMillis(200))
                .header("Authorization", "Bearer " + telephony.token())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(inbound("late-1")))
                .build();
        try {
            impatient.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException expected) {
            // the client gave up; the emulator carries on
        }
        sf.faults().reset();
        for (int i = 0; i < 50 && count("late-1") == 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(1, count("late-1"));
    }

    private int count(String key) {
        return client.query("SELECT Id FROM VoiceCall WHERE VendorCallKey = '" + key + "'")
                .body()
                .get("totalSize")
                .asInt();
    }

    private JsonNode onlyCall(String vendorCallKey) {
        TestClient.Response answer = client.query("SELECT Id, CallType, CallStartDateTime, CallEndDateTime, "
                + "CallDurationInSeconds, FromPhoneNumber, ToPhoneNumber, VendorCallKey, QueueName, AgentName, "
                + "TotalHoldDuration, DisconnectReason, IsActiveCall, PreviousCallId, NextCallId, CallRecordingId, "
                + "RelatedRecordId FROM VoiceCall WHERE VendorCallKey = '" + vendorCallKey + "'");
        assertEquals(200, answer.status(), answer.body()::toString);
        assertEquals(1, answer.body().get("totalSize").asInt(), answer.body()::toString);
        return answer.body().get("records").get(0);
    }

    private static String inbound(String vendorCallKey) {
        return """
                {"callCenterApiName":"ACME_Connect","vendorCallKey":"%s","to":"+18005550100","from":"+14155550199",
                 "initiationMethod":"Inbound","startTime":"2026-03-02T10:15:30Z",
                 "participants":[{"participantKey":"+14155550199","type":"END_USER"}],"queue":"Support"}""".formatted(vendorCallKey);
    }

    private Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", sf.orgId());
        claims.put("sub", CONTACT_CENTER);
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("exp", Instant.now().plusSeconds(180).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    private static String jwt(Map<String, Object> claims, PrivateKey key) {
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String input = b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + b64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64.encodeToString(rs256.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
