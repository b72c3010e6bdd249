package io.ctibridge.function.contactevent;

import io.ctibridge.core.calllog.record.CallDetails;
import io.ctibridge.core.calllog.record.ContactDescriber;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.RecordSource;
import io.ctibridge.core.calllog.record.Recording;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.root.CompositionRoot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.AccessDeniedException;
import software.amazon.awssdk.services.connect.model.AgentInfo;
import software.amazon.awssdk.services.connect.model.Contact;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/**
 * Completes a contact event with Amazon Connect's API: DescribeContact for the contact, and DescribeUser /
 * DescribeQueue for the agent's username and the queue's name, which the contact names by id only. Users and
 * queues are remembered for the life of the execution environment: they are few and their names rarely change.
 * A name Connect will not give (not found, not allowed) is left out rather than holding up the call log; the
 * contact record that follows fills it in.
 */
final class ConnectContactDescriber implements ContactDescriber {

    private final ConnectClient connect;
    private final JsonLog log;
    private final Map<String, Optional<String>> usernames = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> queueNames = new ConcurrentHashMap<>();

    ConnectContactDescriber(ConnectClient connect, JsonLog log) {
        this.connect = Objects.requireNonNull(connect, "connect");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Connect's client configured by the root like every other AWS client of the functions. */
    static ConnectContactDescriber fromRoot(CompositionRoot root) {
        return new ConnectContactDescriber(
                root.aws().configure(ConnectClient.builder()).build(), root.log(ConnectContactDescriber.class));
    }

    /** @see <a href="https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeContact.html">DescribeContact</a> */
    @Override
    public Optional<ContactRecord> describe(String instanceArn, String contactId) {
        String instanceId = instanceId(instanceArn);
        Contact contact;
        try {
            contact = connect.describeContact(r -> r.instanceId(instanceId).contactId(contactId))
                    .contact();
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
        String agentId =
                contact.agentInfo() == null ? null : contact.agentInfo().id();
        String queueId =
                contact.queueInfo() == null ? null : contact.queueInfo().id();
        Instant initiated = firstOf(
                contact.initiationTimestamp(),
                contact.connectedToSystemTimestamp(),
                contact.disconnectTimestamp(),
                contact.lastUpdateTimestamp());
        if (initiated == null) {
            throw new IllegalStateException("Connect described contact " + contactId + " without any timestamp");
        }
        return Optional.of(new ContactRecord(
                contact.id() == null ? contactId : contact.id(),
                contact.initialContactId(),
                contact.previousContactId(),
                contact.channelAsString(),
                contact.initiationMethodAsString(),
                contact.customerEndpoint() == null
                        ? null
                        : contact.customerEndpoint().address(),
                initiated,
                contact.agentInfo() == null ? null : contact.agentInfo().connectedToAgentTimestamp(),
                contact.disconnectTimestamp(),
                firstOf(contact.lastUpdateTimestamp(), contact.disconnectTimestamp(), initiated),
                contact.disconnectReason(),
                agentId == null ? null : name(usernames, agentId, id -> username(instanceId, id)),
                queueId == null ? null : name(queueNames, queueId, id -> queueName(instanceId, id)),
                contact.hasAttributes() ? contact.attributes() : Map.of(),
                RecordSource.CONTACT_EVENT,
                details(contact)));
    }

    /**
     * What DescribeContact tells beyond the basics: after-contact work and recordings. It has no hold figures and
     * no queue duration; the wait is worked out from the queue's enqueue time, as Connect works out Queue.Duration.
     */
    static CallDetails details(Contact contact) {
        AgentInfo agent = contact.agentInfo();
        Instant enqueued =
                contact.queueInfo() == null ? null : contact.queueInfo().enqueueTimestamp();
        Instant dequeued =
                firstOf(agent == null ? null : agent.connectedToAgentTimestamp(), contact.disconnectTimestamp());
        Integer queueWait = enqueued == null || dequeued == null || dequeued.isBefore(enqueued)
                ? null
                : Math.toIntExact(Duration.between(enqueued, dequeued).toSeconds());
        List<Recording> recordings = contact.hasRecordings()
                ? contact.recordings().stream()
                        .map(r -> new Recording(
                                r.location(),
                                r.statusAsString(),
                                r.storageTypeAsString(),
                                r.mediaStreamTypeAsString(),
                                r.participantTypeAsString(),
                                r.deletionReason()))
                        .toList()
                : List.of();
        return new CallDetails(
                contact.systemEndpoint() == null
                        ? null
                        : contact.systemEndpoint().address(),
                enqueued,
                queueWait,
                null,
                null,
                null,
                null,
                null,
                agent == null ? null : agent.afterContactWorkDuration(),
                null,
                null,
                null,
                recordings);
    }

    /** @see <a href="https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeUser.html">DescribeUser</a> */
    private Optional<String> username(String instanceId, String userId) {
        return Optional.ofNullable(
                connect.describeUser(r -> r.instanceId(instanceId).userId(userId))
                        .user()
                        .username());
    }

    /** @see <a href="https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeQueue.html">DescribeQueue</a> */
    private Optional<String> queueName(String instanceId, String queueId) {
        return Optional.ofNullable(
                connect.describeQueue(r -> r.instanceId(instanceId).queueId(queueId))
                        .queue()
                        .name());
    }

    private String name(Map<String, Optional<String>> cache, String id, Function<String, Optional<String>> lookup) {
        Optional<String> cached = cache.get(id);
        if (cached != null) {
            return cached.orElse(null);
        }
        try {
            Optional<String> found = lookup.apply(id);
            cache.put(id, found);
            return found.orElse(null);
        } catch (ResourceNotFoundException | AccessDeniedException e) {
            log.warn(
                    "Connect will not name a user or queue; the contact record will",
                    Map.of("id", id, "error", e.getClass().getSimpleName()));
            return null;
        }
    }

    /** DescribeContact takes the instance's id: the last part of its ARN ({@code arn:…:instance/ID}). */
    static String instanceId(String instanceArn) {
        if (instanceArn == null || instanceArn.isBlank()) {
            throw new IllegalArgumentException("the event names no Connect instance");
        }
        int slash = instanceArn.lastIndexOf("instance/");
        return slash < 0 ? instanceArn : instanceArn.substring(slash + "instance/".length());
    }

    private static Instant firstOf(Instant... candidates) {
        for (Instant candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
