package io.ctibridge.core.calllog.analysis;

/**
 * The analysis could not be settled now (the ledger or Salesforce unavailable, the Task being written at this
 * moment): thrown for Lambda to invoke again with the same event; nothing it did is lost or doubled by that, the
 * ledger keeps the analysis and a repeat only finishes what is left.
 */
public final class AnalysisRetryException extends RuntimeException {

    public AnalysisRetryException(String message, Throwable cause) {
        super(message, cause);
    }
}
