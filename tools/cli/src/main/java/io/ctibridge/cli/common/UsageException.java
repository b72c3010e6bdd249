package io.ctibridge.cli.common;

/**
 * A bad argument or a bad input file: the command prints the message as one line on stderr and exits with 2.
 * The message names the argument or file and says what would be right.
 */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
