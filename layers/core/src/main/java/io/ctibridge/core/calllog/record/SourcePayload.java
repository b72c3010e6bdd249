package io.ctibridge.core.calllog.record;

import java.util.Map;
import java.util.Objects;

/**
 * A delivery exactly as it came, for the dead-letter queue: whoever replays it needs the original bytes and
 * where they came from.
 *
 * @param source   {@code kinesis} or {@code eventbridge}
 * @param metadata where in the source it was: shard and sequence number, event id…
 * @param body     the record's bytes (a Kinesis record's data, an event's JSON)
 */
public record SourcePayload(String source, Map<String, String> metadata, byte[] body) {

    public SourcePayload {
        Objects.requireNonNull(source, "source");
        metadata = Map.copyOf(metadata);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
