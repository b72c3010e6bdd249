package io.ctibridge.bench;

import java.util.List;
import java.util.Objects;

/**
 * How the child JVM of a cold-start run is launched. Today only {@link #asDeployed()}; issue 8 adds a naive baseline
 * (a child main building the same handler with the SDK's default HTTP client, a default Jackson mapper and no
 * priming) and JVM-option variants (CDS/AOT cache, {@code -XX:TieredStopAtLevel=1}). {@link ColdStartFigures}
 * runs the variants interleaved, so a noisy machine slows them alike and their ratio holds.
 *
 * @param name       as printed in the figures table
 * @param childMain  a class whose {@code main(String[] {eventFile})} answers once and prints a {@link ChildReport}
 * @param jvmOptions options before {@code -cp}, e.g. {@code -XX:TieredStopAtLevel=1}
 */
public record ColdStartVariant(String name, String childMain, List<String> jvmOptions) {

    public ColdStartVariant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(childMain, "childMain");
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** The handler's Lambda constructor, as the template deploys it, on a JVM with default options. */
    public static ColdStartVariant asDeployed() {
        return new ColdStartVariant("caller-lookup as deployed", ColdStartChild.class.getName(), List.of());
    }
}
