package io.ctibridge.cli.call;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * What Amazon Connect sends for a {@link SimulatedCall}: the contact flow's Lambda event while it rings, and the
 * contact trace record (CTR) on the stream after it ends, field for field as in the sample events and Connect's
 * contact records data model.
 *
 * @see <a href="https://docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html">Contact records data model</a>
 */
public final class ConnectEvents {

    /** A Connect instance that exists nowhere: the call log does not read it, a reader sees it is synthetic. */
    static final String INSTANCE_ARN =
            "arn:aws:connect:us-east-1:000000000000:instance/00000000-0000-4000-8000-c71b1d9e0000";

    static final String QUEUE_NAME = "BasicQueue";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectEvents() {}

    /** The event the flow's "Invoke AWS Lambda function" block sends the caller lookup. */
    /** The flow's event with the {@code profile} parameter the lookup block passes (the profile the call log uses). */
    public static ObjectNode contactFlowEvent(SimulatedCall call, String profile) {
        ObjectNode event = contactFlowEvent(call);
        ((ObjectNode) event.path("Details").path("Parameters")).put("profile", profile);
        return event;
    }

    public static ObjectNode contactFlowEvent(SimulatedCall call) {
        ObjectNode contactData = JSON.createObjectNode();
        contactData.putObject("Attributes");
        contactData.put("AwsRegion", "us-east-1").put("Channel", "VOICE").put("ContactId", call.contactId());
        endpoint(contactData, "CustomerEndpoint", call.from());
        contactData.putNull("CustomerId");
        contactData.putNull("Description");
        contactData
                .put("InitialContactId", call.contactId())
                .put("InitiationMethod", "INBOUND")
                .put("InstanceARN", INSTANCE_ARN)
                .put("LanguageCode", "en-US");
        contactData.putObject("MediaStreams").putObject("Customer").putNull("Audio");
        contactData.putNull("Name");
        contactData.put("PreviousContactId", call.contactId());
        contactData.putNull("Queue");
        contactData.putObject("References");
        contactData.putObject("SegmentAttributes").putObject("connect:Subtype").put("ValueString", "connect:Telephony");
        endpoint(contactData, "SystemEndpoint", call.to());
        ObjectNode event = JSON.createObjectNode();
        ObjectNode details = event.putObject("Details");
        details.set("ContactData", contactData);
        details.putObject("Parameters");
        return event.put("Name", "ContactFlowEvent");
    }

    /** The contact record Connect writes to its stream once the call ended (and after-call work is done). */
    public static ObjectNode contactRecord(SimulatedCall call) {
        Instant initiated = call.initiatedAt();
        Instant enqueued = initiated.plusSeconds(8);
        Instant disconnected = call.endedAt();
        Duration afterCallWork =
                call.outcome() == SimulatedCall.Outcome.ANSWERED ? Duration.ofSeconds(30) : Duration.ZERO;
        ObjectNode ctr = JSON.createObjectNode()
                .put("AWSAccountId", "000000000000")
                .put("AWSContactTraceRecordFormatVersion", "2017-03-10");
        if (call.agent().isPresent()) {
            Instant connected = call.connectedToAgentAt().orElseThrow();
            ObjectNode agent = ctr.putObject("Agent")
                    .put(
                            "ARN",
                            INSTANCE_ARN + "/agent/"
                                    + UUID.nameUUIDFromBytes(call.agent().get().getBytes(UTF_8)))
                    .put("AfterContactWorkDuration", afterCallWork.toSeconds())
                    .put("AfterContactWorkStartTimestamp", disconnected.toString())
                    .put(
                            "AfterContactWorkEndTimestamp",
                            disconnected.plus(afterCallWork).toString())
                    .put("AgentInteractionDuration", call.duration().toSeconds())
                    .put("ConnectedToAgentTimestamp", connected.toString())
                    .put("CustomerHoldDuration", 0)
                    .put("NumberOfHolds", 0);
            agent.put("Username", call.agent().get());
        } else {
            ctr.putNull("Agent");
        }
        ctr.put("AgentConnectionAttempts", call.agent().isPresent() ? 1 : 0);
        ctr.putObject("Attributes");
        ctr.put("Channel", "VOICE")
                .put("ConnectedToSystemTimestamp", initiated.plusSeconds(1).toString())
                .put("ContactId", call.contactId());
        endpoint(ctr, "CustomerEndpoint", call.from());
        ctr.put("DisconnectReason", "CUSTOMER_DISCONNECT").put("DisconnectTimestamp", disconnected.toString());
        ctr.putNull("InitialContactId");
        ctr.put("InitiationMethod", "INBOUND")
                .put("InitiationTimestamp", initiated.toString())
                .put("InstanceARN", INSTANCE_ARN)
                .put(
                        "LastUpdateTimestamp",
                        disconnected.plus(afterCallWork).plusSeconds(2).toString());
        ctr.putNull("NextContactId");
        ctr.putNull("PreviousContactId");
        ObjectNode queue = ctr.putObject("Queue")
                .put("ARN", INSTANCE_ARN + "/queue/00000000-0000-4000-8000-00000000a11e")
                .put("EnqueueTimestamp", enqueued.toString())
                .put("Name", QUEUE_NAME);
        Instant leftQueue = call.connectedToAgentAt().orElse(disconnected);
        queue.put("Duration", Math.max(0, Duration.between(enqueued, leftQueue).toSeconds()));
        if (call.connectedToAgentAt().isPresent()) {
            queue.put("DequeueTimestamp", leftQueue.toString());
        } else {
            queue.putNull("DequeueTimestamp");
        }
        endpoint(ctr, "SystemEndpoint", call.to());
        return ctr;
    }

    private static void endpoint(ObjectNode parent, String name, String address) {
        parent.putObject(name).put("Address", address).put("Type", "TELEPHONE_NUMBER");
    }
}
