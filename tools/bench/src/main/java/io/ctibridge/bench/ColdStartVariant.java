package io.ctibridge.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How the child JVM of a cold-start run is launched. {@link ColdStartFigures} runs the variants interleaved
 * (A B C A B C …), so a noisy machine slows them alike and their ratios to the {@link #naiveBaseline()} hold.
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

    /**
     * The same handler built the naive way ({@link NaiveColdStartChild}). The SDK finds two HTTP clients on the
     * harness's classpath (URL-connection and Apache) and picks Apache, its default, by this property; the
     * credentials come from the default chain's first link, system properties, as a function's would from its
     * environment.
     */
    public static ColdStartVariant naiveBaseline() {
        return new ColdStartVariant("naive baseline (SDK defaults, default mapper, no priming)",
                NaiveColdStartChild.class.getName(),
                List.of("-Dsoftware.amazon.awssdk.http.service.impl=software.amazon.awssdk.http.apache.ApacheSdkHttpService",
                        "-Daws.accessKeyId=local", "-Daws.secretAccessKey=local"));
    }

    /** As deployed, with the SnapStart hooks run in init ({@link PrimedColdStartChild}). */
    public static ColdStartVariant primed() {
        return new ColdStartVariant("as deployed + priming (SnapStart stand-in)", PrimedColdStartChild.class.getName(),
                List.of());
    }

    /** As deployed, C1 only: less JIT work during the first calls, slower code afterwards. */
    public static ColdStartVariant tieredStopAtLevel1() {
        return new ColdStartVariant("as deployed, -XX:TieredStopAtLevel=1", ColdStartChild.class.getName(),
                List.of("-XX:TieredStopAtLevel=1"));
    }

    /**
     * Priming with C1 only, the deployed configuration since issue 8 ({@code JAVA_TOOL_OPTIONS} in template.yaml):
     * the snapshot holds C1 code, and the restored environment never reaches C2.
     */
    public static ColdStartVariant primedTieredStopAtLevel1() {
        return new ColdStartVariant("as deployed + priming, -XX:TieredStopAtLevel=1",
                PrimedColdStartChild.class.getName(), List.of("-XX:TieredStopAtLevel=1"));
    }

    /** The training run of an AOT cache: records what the as-deployed cold start loads and links. */
    public static ColdStartVariant aotTraining(Path configuration) {
        return new ColdStartVariant("AOT cache training run", ColdStartChild.class.getName(),
                List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration.toAbsolutePath()));
    }

    /** As deployed, started from the AOT cache a training run left ({@link #aotTraining}). */
    public static ColdStartVariant aotCache(Path cache) {
        return new ColdStartVariant("as deployed, -XX:AOTCache (JDK 25 AOT cache)", ColdStartChild.class.getName(),
                List.of("-XX:AOTCache=" + cache.toAbsolutePath()));
    }

    /** The AOT cache and priming together: what SnapStart would snapshot if the runtime started from the cache. */
    public static ColdStartVariant aotCachePrimed(Path cache) {
        return new ColdStartVariant("as deployed + priming, -XX:AOTCache", PrimedColdStartChild.class.getName(),
                List.of("-XX:AOTCache=" + cache.toAbsolutePath()));
    }
}
