package io.ctibridge.core.lookup;

import io.ctibridge.core.contact.LookupResult;
import java.util.Map;
import java.util.Objects;

/**
 * A finished lookup: the result and the pop token minted for it.
 *
 * @param popToken capability token for the screen-pop API; "" when none could be minted (key unavailable)
 */
public record LookupOutcome(LookupResult result, String popToken) {
    public LookupOutcome {
        Objects.requireNonNull(result, "result");
        popToken = Objects.requireNonNullElse(popToken, "");
    }

    /** The flat string map the contact flow receives. */
    public Map<String, String> flowAttributes() {
        return FlowResponse.of(result, popToken);
    }
}
