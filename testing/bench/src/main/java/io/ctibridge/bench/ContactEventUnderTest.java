package io.ctibridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.local.FakeConnect;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The contact-event handler's cold starts. Each child gets the sample DISCONNECTED event for a new contact (a new
 * contactId and event id), which a Connect stand-in on loopback ({@link FakeConnect}) describes as the event says:
 * its agent, queue and timestamps, and the sample caller. The functions have one local endpoint for all AWS
 * services, so the children's goes to an {@link AwsServiceRouter} that sends Connect's calls to the stand-in and the
 * rest to moto, for every variant alike. The child must answer (JSON {@code null}, a {@code Void} handler) after
 * asking Connect about that contact, and the emulator must then hold exactly one Task for it.
 */
final class ContactEventUnderTest extends SampleEventFunction {

    /** The sample contact record's caller (ctr-inbound-answered.json); EventBridge's event does not carry it. */
    static final String CALLER = "+14155550123";

    private static final String AGENT_USERNAME = "ava.agent";
    private static final String QUEUE_NAME = "Support";

    private final EventFiles files;
    private final FakeConnect connect;
    private final AwsServiceRouter router;
    private final String sampleContactId;
    private final String instanceId;

    ContactEventUnderTest(BenchStack stack, Path sample, EventFiles files) {
        super(BenchFunction.CONTACT_EVENT, stack, sample);
        this.files = Objects.requireNonNull(files, "files");
        JsonNode detail = EventFiles.read(sample).path("detail");
        this.sampleContactId = detail.path("contactId").asText();
        this.instanceId = idAfter(detail.path("instanceArn").asText(), "instance");
        this.connect = FakeConnect.start();
        try {
            connect.user(
                    instanceId,
                    idAfter(detail.path("agentInfo").path("agentArn").asText(), "agent"),
                    AGENT_USERNAME);
            connect.queue(
                    instanceId,
                    idAfter(detail.path("queueInfo").path("queueArn").asText(), "queue"),
                    QUEUE_NAME);
            this.router = AwsServiceRouter.start(
                    URI.create(stack.lambdaEnvironment().get(AwsSettings.ENDPOINT_ENV)), connect.endpoint());
        } catch (RuntimeException e) {
            connect.close();
            throw e;
        }
    }

    /** The stack's environment, its one AWS endpoint the router in front of moto and the Connect stand-in. */
    @Override
    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(stack.lambdaEnvironment());
        env.put(AwsSettings.ENDPOINT_ENV, router.endpoint().toString());
        return Map.copyOf(env);
    }

    @Override
    public PreparedEvent prepare() {
        String contactId = UUID.randomUUID().toString();
        ObjectNode event = EventFiles.readReplacing(sample, sampleContactId, contactId);
        event.put("id", UUID.randomUUID().toString());
        connect.contact(instanceId, contactId, described(event.path("detail"), contactId));
        String describePath = "/contacts/" + instanceId + "/" + contactId;
        return new PreparedEvent(
                files.write(function().cliName(), event), answer -> check(answer, contactId, describePath));
    }

    private Verdict check(JsonNode answer, String contactId, String describePath) {
        boolean described = connect.paths().contains(describePath);
        long tasks = stack.tasksLogging(contactId);
        String summary = (answer.isNull() ? "null" : answer.toString()) + ", "
                + (described ? "DescribeContact asked" : "Connect not asked") + ", " + tasks + " Task";
        return answer.isNull() && described && tasks == 1 ? Verdict.passed(summary) : Verdict.failed(summary);
    }

    /** DescribeContact's answer for the event's contact, timestamps in epoch seconds as Connect's JSON has them. */
    private static Map<String, Object> described(JsonNode detail, String contactId) {
        String instanceArn = detail.path("instanceArn").asText();
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("Arn", instanceArn + "/contact/" + contactId);
        contact.put("Id", contactId);
        contact.put("InitiationMethod", detail.path("initiationMethod").asText());
        contact.put("Channel", detail.path("channel").asText());
        contact.put(
                "QueueInfo",
                Map.of(
                        "Id",
                        idAfter(detail.path("queueInfo").path("queueArn").asText(), "queue"),
                        "EnqueueTimestamp",
                        epochSeconds(detail.path("queueInfo").path("enqueueTimestamp"))));
        contact.put(
                "AgentInfo",
                Map.of(
                        "Id",
                        idAfter(detail.path("agentInfo").path("agentArn").asText(), "agent"),
                        "ConnectedToAgentTimestamp",
                        epochSeconds(detail.path("agentInfo").path("connectedToAgentTimestamp"))));
        contact.put("InitiationTimestamp", epochSeconds(detail.path("initiationTimestamp")));
        contact.put("ConnectedToSystemTimestamp", epochSeconds(detail.path("connectedToSystemTimestamp")));
        contact.put("DisconnectTimestamp", epochSeconds(detail.path("disconnectTimestamp")));
        contact.put("LastUpdateTimestamp", epochSeconds(detail.path("disconnectTimestamp")));
        contact.put("CustomerEndpoint", Map.of("Type", "TELEPHONE_NUMBER", "Address", CALLER));
        contact.put(
                "SystemEndpoint",
                Map.of(
                        "Type",
                        "TELEPHONE_NUMBER",
                        "Address",
                        detail.path("tags").path("aws:connect:systemEndpoint").asText()));
        contact.put("DisconnectReason", detail.path("disconnectReason").asText());
        return contact;
    }

    private static double epochSeconds(JsonNode instant) {
        return FakeConnect.epochSeconds(instant.asText());
    }

    /** The id after {@code resource/} in a Connect ARN: {@code instance}, {@code agent}, {@code queue}. */
    private static String idAfter(String arn, String resource) {
        int at = arn.indexOf(resource + "/");
        if (at < 0) {
            throw new IllegalArgumentException("'" + arn + "' names no " + resource);
        }
        String rest = arn.substring(at + resource.length() + 1);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    @Override
    public void close() {
        router.close();
        connect.close();
    }
}
