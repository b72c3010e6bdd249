package io.ctibridge.cli.common;

/**
 * The arguments were fine but the operation could not be done (a profile that does not exist, a call center not
 * found): the command prints the message as one line on stderr and exits with 1.
 */
public final class OperationFailedException extends RuntimeException {

    public OperationFailedException(String message) {
        super(message);
    }

    public OperationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
