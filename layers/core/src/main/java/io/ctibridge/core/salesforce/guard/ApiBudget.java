package io.ctibridge.core.salesforce.guard;

import io.ctibridge.core.salesforce.ApiUsage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the org's daily API allowance is too nearly spent to spend more on us: after Salesforce answered
 * REQUEST_LIMIT_EXCEEDED, or once an answer reported usage at or over the hard share, work is shed for a
 * cool-down. The allowance is a rolling 24 hours, so after the cool-down the next call is let through and its
 * answer reports the usage anew.
 */
final class ApiBudget {

    private final ApiUsage usage;
    private final double hardSharePercent;
    private final Duration coolDown;
    private final Clock clock;

    ApiBudget(ApiUsage usage, double hardSharePercent, Duration coolDown, Clock clock) {
        this.usage = usage;
        this.hardSharePercent = hardSharePercent;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    Optional<Shed> shed() {
        Instant now = clock.instant();
        Optional<Instant> refused =
                usage.lastLimitExceeded().map(at -> at.plus(coolDown)).filter(now::isBefore);
        if (refused.isPresent()) {
            return Optional.of(new Shed(
                    "Salesforce API limit exceeded (REQUEST_LIMIT_EXCEEDED); shedding until " + refused.get(),
                    Duration.between(now, refused.get())));
        }
        return usage.last()
                .filter(reading -> reading.percent() >= hardSharePercent)
                .filter(reading -> now.isBefore(reading.at().plus(coolDown)))
                .map(reading -> new Shed(
                        String.format(
                                Locale.ROOT,
                                "Salesforce API usage %d/%d (%.1f %%) is at or over the hard share of %s %%;"
                                        + " shedding until %s",
                                reading.used(),
                                reading.max(),
                                reading.percent(),
                                share(),
                                reading.at().plus(coolDown)),
                        Duration.between(now, reading.at().plus(coolDown))));
    }

    private String share() {
        return hardSharePercent == Math.rint(hardSharePercent)
                ? Long.toString((long) hardSharePercent)
                : Double.toString(hardSharePercent);
    }
}
