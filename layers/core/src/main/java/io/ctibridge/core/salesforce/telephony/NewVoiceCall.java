package io.ctibridge.core.salesforce.telephony;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /voiceCalls}, less {@code callCenterApiName}, which {@link TelephonyApi} adds from the
 * secret.
 *
 * @param vendorCallKey     the telephony system's key of the call (ctibridge: the ContactId); the idLookup field
 * @param to                the number called (the contact center's)
 * @param from              the caller's number
 * @param initiationMethod  {@code Inbound} or {@code Transfer} (the API has no Outbound)
 * @param startTime         ISO-8601 UTC
 * @param participants      the caller, as {@code [{participantKey, type:"END_USER"}]}
 * @param parentVoiceCallId required for a Transfer: the VoiceCall (Id or vendorCallKey) it was transferred from
 * @param queue             the queue, when known
 * @param callAttributes    a JSON object as a string
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewVoiceCall(
        String vendorCallKey,
        String to,
        String from,
        String initiationMethod,
        String startTime,
        List<Participant> participants,
        String parentVoiceCallId,
        String queue,
        String callAttributes) {

    public static final String INBOUND = "Inbound";
    public static final String TRANSFER = "Transfer";

    public NewVoiceCall {
        Objects.requireNonNull(vendorCallKey, "vendorCallKey");
        Objects.requireNonNull(initiationMethod, "initiationMethod");
        Objects.requireNonNull(startTime, "startTime");
        participants = List.copyOf(participants);
        if (TRANSFER.equals(initiationMethod) && parentVoiceCallId == null) {
            throw new IllegalArgumentException("a Transfer needs its parentVoiceCallId");
        }
    }

    public record Participant(String participantKey, String type) {
        public static Participant endUser(String key) {
            return new Participant(key, "END_USER");
        }
    }
}
