package io.ctibridge.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the child JVM of a cold-start run is launched: which function, wired how, on which JVM options.
 * {@link ColdStartFigures} runs the variants interleaved (A B C A B C …), so a noisy machine slows them alike and
 * their ratios to the function's {@link #naiveBaseline} hold.
 *
 * @param name       as printed in the function's figures table
 * @param jvmOptions options before {@code -cp}, e.g. {@code -XX:TieredStopAtLevel=1}
 */
public record ColdStartVariant(BenchFunction function, String name, ChildWiring wiring, List<String> jvmOptions) {

    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    public ColdStartVariant {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wiring, "wiring");
        jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * The variants every function is measured in, in table order: as deployed, the naive baseline, primed, primed
     * with C1 only (the deployed configuration); for the lookup also C1 only without priming, and for the lookup and
     * the pop the "before" of the stream handlers. The AOT-cache variants are added by the run when it can make one.
     */
    public static List<ColdStartVariant> of(BenchFunction function) {
        List<ColdStartVariant> variants =
                new ArrayList<>(List.of(asDeployed(function), naiveBaseline(function), primed(function)));
        if (function == BenchFunction.CALLER_LOOKUP) {
            variants.add(tieredStopAtLevel1(function));
        }
        variants.add(primedTieredStopAtLevel1(function));
        if (function == BenchFunction.CALLER_LOOKUP || function == BenchFunction.SCREEN_POP) {
            variants.add(beforeStreamHandler(function));
        }
        return variants;
    }

    /** The handler's Lambda constructor and stream entry, as the template deploys it, on a JVM with default options. */
    public static ColdStartVariant asDeployed(BenchFunction function) {
        return new ColdStartVariant(function, "as deployed", ChildWiring.AS_DEPLOYED, List.of());
    }

    /**
     * The same handler built the naive way ({@link NaiveWorld}, {@link DefaultMapperSerde}). The SDK finds two HTTP
     * clients on the harness's classpath (URL-connection and Apache) and picks Apache, its default, by this property;
     * the credentials come from the default chain's first link, system properties, as a function's would from its
     * environment.
     */
    public static ColdStartVariant naiveBaseline(BenchFunction function) {
        return new ColdStartVariant(
                function,
                "naive baseline (SDK defaults, default mapper, no priming)",
                ChildWiring.NAIVE,
                List.of(
                        "-Dsoftware.amazon.awssdk.http.service.impl=software.amazon.awssdk.http.apache.ApacheSdkHttpService",
                        "-Daws.accessKeyId=local",
                        "-Daws.secretAccessKey=local"));
    }

    /** As deployed, with the SnapStart hooks run in init. */
    public static ColdStartVariant primed(BenchFunction function) {
        return new ColdStartVariant(
                function, "as deployed + priming (SnapStart stand-in)", ChildWiring.PRIMED, List.of());
    }

    /** As deployed, C1 only: less JIT work during the first calls, slower code afterwards. */
    public static ColdStartVariant tieredStopAtLevel1(BenchFunction function) {
        return new ColdStartVariant(function, "as deployed, " + C1_ONLY, ChildWiring.AS_DEPLOYED, List.of(C1_ONLY));
    }

    /**
     * Priming with C1 only, the deployed configuration since issue 8 ({@code JAVA_TOOL_OPTIONS} in template.yaml):
     * the snapshot holds C1 code, and the restored environment never reaches C2.
     */
    public static ColdStartVariant primedTieredStopAtLevel1(BenchFunction function) {
        return new ColdStartVariant(
                function, "as deployed + priming, " + C1_ONLY, ChildWiring.PRIMED, List.of(C1_ONLY));
    }

    /**
     * The deployed configuration as it was before the handlers read their own stream: primed, C1 only, but the event
     * read and the answer written by the runtime's serializers, built after the restore. Beside
     * {@link #primedTieredStopAtLevel1}, the before and after of that change.
     */
    public static ColdStartVariant beforeStreamHandler(BenchFunction function) {
        return new ColdStartVariant(
                function,
                "before the stream handler (event read by the runtime) + priming, " + C1_ONLY,
                ChildWiring.PRIMED_RUNTIME_READS,
                List.of(C1_ONLY));
    }

    /** The training run of an AOT cache: records what the lookup's as-deployed cold start loads and links. */
    public static ColdStartVariant aotTraining(Path configuration) {
        return new ColdStartVariant(
                BenchFunction.CALLER_LOOKUP,
                "AOT cache training run",
                ChildWiring.AS_DEPLOYED,
                List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration.toAbsolutePath()));
    }

    /** The lookup as deployed, started from the AOT cache a training run left ({@link #aotTraining}). */
    public static ColdStartVariant aotCache(Path cache) {
        return new ColdStartVariant(
                BenchFunction.CALLER_LOOKUP,
                "as deployed, -XX:AOTCache (JDK 25 AOT cache)",
                ChildWiring.AS_DEPLOYED,
                List.of("-XX:AOTCache=" + cache.toAbsolutePath()));
    }

    /** The AOT cache and priming together: what SnapStart would snapshot if the runtime started from the cache. */
    public static ColdStartVariant aotCachePrimed(Path cache) {
        return new ColdStartVariant(
                BenchFunction.CALLER_LOOKUP,
                "as deployed + priming, -XX:AOTCache",
                ChildWiring.PRIMED,
                List.of("-XX:AOTCache=" + cache.toAbsolutePath()));
    }
}
