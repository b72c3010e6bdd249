package io.ctibridge.core.pop;

import io.ctibridge.core.contact.LookupResult;
import java.util.Objects;

/**
 * A served pop and where its lookup result came from.
 *
 * @param result  the lookup result the payload was built from
 * @param payload what the adapter receives
 * @param source  how the result was obtained
 */
public record ScreenPop(LookupResult result, ScreenPopPayload payload, Source source) {

    public enum Source {
        /** Stored by the contact flow's lookup: the common case. */
        STORED,
        /** None stored; the lookup ran now with the caller number the adapter passed. */
        LOOKED_UP,
        /** None stored and no number to look up: UNAVAILABLE, so the agent still gets the unknown-caller form. */
        NO_STATE
    }

    public ScreenPop {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(source, "source");
    }
}
