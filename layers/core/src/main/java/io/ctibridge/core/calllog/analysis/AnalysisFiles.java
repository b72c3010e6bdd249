package io.ctibridge.core.calllog.analysis;

/** Where Contact Lens writes its post-call analysis files (the instance's S3 bucket). */
@FunctionalInterface
public interface AnalysisFiles {

    /**
     * The file's bytes.
     *
     * @throws UnreadableAnalysisException when it cannot be read ever (no such key, access denied)
     * @throws RuntimeException            for a passing failure (throttling, a timeout): worth another try
     */
    byte[] read(String bucket, String key) throws UnreadableAnalysisException;

    /** A file that will not become readable by trying again. */
    final class UnreadableAnalysisException extends Exception {
        public UnreadableAnalysisException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
