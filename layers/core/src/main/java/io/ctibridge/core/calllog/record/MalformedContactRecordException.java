package io.ctibridge.core.calllog.record;

/** A delivered record that is not a contact record the call log can use; the message says why, without data. */
public final class MalformedContactRecordException extends Exception {

    public MalformedContactRecordException(String reason) {
        super(reason);
    }

    public MalformedContactRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
