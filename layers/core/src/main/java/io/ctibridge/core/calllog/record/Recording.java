package io.ctibridge.core.calllog.record;

import java.util.Locale;

/**
 * One recording of a contact, from the contact record's {@code Recording} object or an entry of its
 * {@code Recordings} list (or DescribeContact's {@code Recordings}).
 *
 * @param location        where it is stored: {@code bucket/connect/<alias>/CallRecordings/…} for S3 (no
 *                        {@code s3://}), a stream ARN for Kinesis Video Streams
 * @param status          AVAILABLE, DELETED… as Connect spells it; null when the record gives none
 * @param storageType     S3 or KINESIS_VIDEO_STREAM; null in the older {@code Recording} object (always S3)
 * @param mediaStreamType AUDIO, VIDEO…; the older object's {@code Type}
 * @param participantType the recorded participant (ALL, AGENT, CUSTOMER…); null when not given
 * @param deletionReason  why it was deleted, when it was
 */
public record Recording(
        String location,
        String status,
        String storageType,
        String mediaStreamType,
        String participantType,
        String deletionReason) {

    /** A file an agent can listen to: stored in S3 with a location, and not deleted (or otherwise unavailable). */
    public boolean available() {
        return location != null
                && !location.isBlank()
                && (status == null || status.toUpperCase(Locale.ROOT).equals("AVAILABLE"))
                && (storageType == null || storageType.toUpperCase(Locale.ROOT).equals("S3"));
    }

    /** A voice recording rather than a screen recording. */
    public boolean audio() {
        return mediaStreamType == null
                || mediaStreamType.toUpperCase(Locale.ROOT).equals("AUDIO");
    }
}
