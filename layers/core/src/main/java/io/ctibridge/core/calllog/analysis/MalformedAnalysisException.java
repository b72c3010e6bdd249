package io.ctibridge.core.calllog.analysis;

/** A file that is not a Contact Lens post-call analysis ctibridge can read; the message says why. */
public final class MalformedAnalysisException extends Exception {

    public MalformedAnalysisException(String message) {
        super(message);
    }

    public MalformedAnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
