package io.ctibridge.core.calllog.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a contact record tells about a call beyond who, when and how it ended: waits, holds, after-contact work,
 * transfers and recordings, for the profile's field mappings, the recording link and the VoiceCall's figures. Any part may be null: a
 * DISCONNECTED event completed with DescribeContact has no hold figures, and the version of the record written
 * before After Contact Work has no recording yet.
 *
 * @param systemAddress              the number the customer dialled (inbound) or was called from
 * @param enqueueTimestamp           {@code Queue.EnqueueTimestamp}: when the call was queued; null when never
 * @param queueWaitSeconds           {@code Queue.Duration}: seconds in queue
 * @param routingProfile             {@code Agent.RoutingProfile.Name}
 * @param agentInteractionSeconds    {@code Agent.AgentInteractionDuration}
 * @param customerHoldSeconds        {@code Agent.CustomerHoldDuration}
 * @param longestHoldSeconds         {@code Agent.LongestHoldDuration}
 * @param numberOfHolds              {@code Agent.NumberOfHolds}
 * @param afterContactWorkSeconds    {@code Agent.AfterContactWorkDuration}
 * @param transferredToAddress       {@code TransferredToEndpoint.Address}: where an agent sent the call
 * @param transferCompletedTimestamp {@code TransferCompletedTimestamp}: set on a leg that was transferred on
 * @param nextContactId              {@code NextContactId}: the leg a transfer made from this one
 * @param recordings                 the older {@code Recording} object first, then {@code Recordings}
 */
public record CallDetails(
        String systemAddress,
        Instant enqueueTimestamp,
        Integer queueWaitSeconds,
        String routingProfile,
        Integer agentInteractionSeconds,
        Integer customerHoldSeconds,
        Integer longestHoldSeconds,
        Integer numberOfHolds,
        Integer afterContactWorkSeconds,
        String transferredToAddress,
        Instant transferCompletedTimestamp,
        String nextContactId,
        List<Recording> recordings) {

    /** A record that says none of this (the constructor of callers that predate it). */
    public static final CallDetails NONE =
            new CallDetails(null, null, null, null, null, null, null, null, null, null, null, null, List.of());

    public CallDetails {
        recordings = recordings == null ? List.of() : List.copyOf(recordings);
    }

    /**
     * The recording to link: the first available voice recording, else the first available of any media. A
     * deleted or absent one gives none.
     */
    public Optional<Recording> recording() {
        return recordings.stream()
                .filter(Recording::available)
                .filter(Recording::audio)
                .findFirst()
                .or(() -> recordings.stream().filter(Recording::available).findFirst());
    }

    /** This leg was handed on to another agent, queue or number. */
    public boolean transferredOut() {
        return transferCompletedTimestamp != null
                || (transferredToAddress != null && !transferredToAddress.isBlank())
                || (nextContactId != null && !nextContactId.isBlank());
    }
}
