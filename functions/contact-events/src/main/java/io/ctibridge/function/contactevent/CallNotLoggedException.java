package io.ctibridge.function.contactevent;

/**
 * Thrown by the event handler when a contact is not logged yet but may be later: the invocation fails, so that
 * Lambda's asynchronous retries deliver the event again and, once they are spent, its failure destination keeps it.
 */
public final class CallNotLoggedException extends RuntimeException {

    public CallNotLoggedException(String message) {
        super(message);
    }
}
