package io.ctibridge.core.calllog.record;

/** Where the call logger learned about a finished contact. */
public enum RecordSource {
    /** A contact trace record from the Kinesis stream: complete, and sent again when the contact changes. */
    CONTACT_RECORD,
    /** A DISCONNECTED contact event from EventBridge, completed with DescribeContact: early, but thinner. */
    CONTACT_EVENT
}
