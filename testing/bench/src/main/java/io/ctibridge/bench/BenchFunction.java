package io.ctibridge.bench;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The deployed functions whose cold start {@code bin/bench} measures, by the names its {@code --functions} option and
 * the cold-start child's first argument use.
 */
public enum BenchFunction {
    CALLER_LOOKUP("caller-lookup", BenchOptions.SAMPLE_EVENT),
    SCREEN_POP("screen-pop", "events/apigw/get-pop.json"),
    /** The call logger's Kinesis handler ({@code ContactRecordHandler}). */
    CONTACT_RECORD("contact-record", "events/kinesis/ctr-inbound-answered.json"),
    /** The EventBridge handler of DISCONNECTED contact events ({@code ContactEventHandler}). */
    CONTACT_EVENT("contact-event", "events/eventbridge/contact-disconnected-voice.json");

    private final String cliName;
    private final String sampleEvent;

    BenchFunction(String cliName, String sampleEvent) {
        this.cliName = cliName;
        this.sampleEvent = sampleEvent;
    }

    public String cliName() {
        return cliName;
    }

    /** The repository's sample event its cold-start runs start from (the lookup's can be changed by --event). */
    public String sampleEvent() {
        return sampleEvent;
    }

    /** @throws IllegalArgumentException naming the known functions when {@code name} is none of them */
    public static BenchFunction named(String name) {
        return Arrays.stream(values())
                .filter(function -> function.cliName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown function '" + name + "'; known: "
                        + Arrays.stream(values()).map(BenchFunction::cliName).collect(Collectors.joining(", "))));
    }
}
