package io.ctibridge.function.contactevent;

import io.ctibridge.core.priming.CallLogPriming;
import io.ctibridge.core.priming.CannedAwsAnswers;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Amazon Connect answered from memory for priming, as {@link ConnectContactDescriber} calls it: DescribeContact
 * finds an inbound voice call an agent answered from a queue (the synthetic contact of the jar's priming event),
 * DescribeUser and DescribeQueue name that agent and queue. All ids are synthetic.
 */
final class CannedConnectAnswers implements CannedAwsAnswers {

    private static final String AGENT_ID = "5d1c8a0e-3b2f-4c6d-9e7a-1f2b3c4d5e6f";
    private static final String QUEUE_ID = "b1a2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    /** Timestamps as Connect's REST JSON sends them: epoch seconds. */
    private static final String CONTACT = """
            {"Contact":{"Id":"%s","Channel":"VOICE","InitiationMethod":"INBOUND",\
            "InitiationTimestamp":1795964530,"ConnectedToSystemTimestamp":1795964531,\
            "DisconnectTimestamp":1795964891,"LastUpdateTimestamp":1795964892,\
            "AgentInfo":{"Id":"%s","ConnectedToAgentTimestamp":1795964604},\
            "QueueInfo":{"Id":"%s","EnqueueTimestamp":1795964543},\
            "CustomerEndpoint":{"Type":"TELEPHONE_NUMBER","Address":"+14155550123"},\
            "SystemEndpoint":{"Type":"TELEPHONE_NUMBER","Address":"+18005550100"},\
            "DisconnectReason":"CUSTOMER_DISCONNECT","Attributes":{"ctiDisposition":"Resolved"}}}""";

    @Override
    public String bodyFor(SdkHttpRequest request) {
        String path = request.encodedPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith("/contacts/")) {
            return CONTACT.formatted(id, AGENT_ID, QUEUE_ID);
        }
        if (path.startsWith("/users/")) {
            return """
                    {"User":{"Id":"%s","Username":"%s"}}""".formatted(id, CallLogPriming.AGENT_USERNAME);
        }
        if (path.startsWith("/queues/")) {
            return """
                    {"Queue":{"QueueId":"%s","Name":"Support"}}""".formatted(id);
        }
        throw new IllegalStateException("priming has no Connect answer for " + request.method() + " " + path);
    }
}
