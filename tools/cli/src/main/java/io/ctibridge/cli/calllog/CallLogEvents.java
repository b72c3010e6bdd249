package io.ctibridge.cli.calllog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Which of the call logger's two triggers an event file is from, by its shape. */
public final class CallLogEvents {

    public enum Kind {
        KINESIS,
        EVENTBRIDGE,
        UNKNOWN
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private CallLogEvents() {}

    /** {@code Records[].kinesis}: the stream; {@code detail-type}: EventBridge; anything else, not JSON included: unknown. */
    public static Kind kindOf(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            return Kind.UNKNOWN;
        }
        if (root == null || !root.isObject()) {
            return Kind.UNKNOWN;
        }
        JsonNode records = root.path("Records");
        if (records.isArray()
                && !records.isEmpty()
                && records.get(0).path("kinesis").isObject()) {
            return Kind.KINESIS;
        }
        return root.path("detail-type").isTextual() ? Kind.EVENTBRIDGE : Kind.UNKNOWN;
    }
}
