package io.ctibridge.core.salesforce.guard;

import java.time.Duration;
import java.util.Objects;

/**
 * Why work is not sent to Salesforce now, and for how much longer.
 *
 * @param reason    for the lookup's detail and the call log's outcome (no data, only figures)
 * @param remaining until the cool-down ends
 */
public record Shed(String reason, Duration remaining) {
    public Shed {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(remaining, "remaining");
    }
}
