package io.ctibridge.reliability;

import io.ctibridge.emulator.Faults;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One fault the caller lookup must ride out.
 *
 * @param name        as printed in the figures
 * @param environment variables that replace the stack's (a wrong table, an endpoint where nothing listens)
 * @param arm         switches the emulator's fault on before each round of lookups
 */
public record LookupFaultScenario(String name, Map<String, String> environment, Consumer<Faults> arm) {

    public static LookupFaultScenario salesforce(String name, Consumer<Faults> arm) {
        return new LookupFaultScenario(name, Map.of(), arm);
    }

    public static LookupFaultScenario latency(Duration delay) {
        return salesforce("Salesforce latency " + delay.toMillis() + " ms", faults -> faults.latency(delay));
    }

    public static LookupFaultScenario environment(String name, Map<String, String> overrides) {
        return new LookupFaultScenario(name, overrides, faults -> {});
    }
}
