package io.ctibridge.bench;

import io.ctibridge.core.root.CompositionRoot;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One benchmark run, in an order that keeps the figures apart: the warm lookups first (they also warm the
 * emulator and moto), then the in-process path, then many callers at once, then the cold starts of each function
 * (this JVM idle meanwhile, but for preparing each run's event), then JMH in its own forks, then the deployment
 * sizes.
 */
public final class BenchRun {

    private final BenchOptions options;
    private final Path root;
    private final Path outputDirectory;
    private final PrintStream progress;

    /**
     * @param root            the repository, where the modules' build output is (deployment sizes)
     * @param outputDirectory where the stack handler's logs and the AOT cache go
     * @param progress        one line per step, so that a long run shows where it is (stderr in bin/bench)
     */
    public BenchRun(BenchOptions options, Path root, Path outputDirectory, PrintStream progress) {
        this.options = Objects.requireNonNull(options, "options");
        this.root = Objects.requireNonNull(root, "root");
        this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public BenchReport run() {
        Instant startedAt = Instant.now();
        Machine machine = Machine.describe();
        Clock clock = Clock.systemUTC();
        Path lookupLog = outputDirectory.resolve("lookup-log.jsonl");
        progress.println("[bench] starting moto and the Salesforce emulator");
        try (BenchStack stack = BenchStack.start();
                PrintStream logs = fileStream(lookupLog)) {
            CompositionRoot environment = new CompositionRoot(stack.lambdaEnvironment(), clock);
            LookupFigures lookups = new LookupFigures(
                    stack,
                    MeasuredHandler.onStack(environment, clock, logs),
                    ContactFlowEvents.load(options.eventFile()),
                    progress);
            int tokensBefore = stack.tokenRequests();
            lookups.warmUp(options.warmup());
            List<ScenarioRun> scenarios = Arrays.stream(LookupScenario.values())
                    .map(scenario -> lookups.run(scenario, options.lookups()))
                    .toList();
            int warmTokens = stack.tokenRequests() - tokensBefore;

            Stats inProcess = new InProcessFigures(
                            MeasuredHandler.inProcess(clock, nowhere()),
                            ContactFlowEvents.read(options.eventFile()),
                            progress)
                    .measure(options.warmup(), options.lookups());

            BenchOptions.Throughput load = options.throughput();
            ThroughputFigures.Result throughput = new ThroughputFigures(
                            stack, MeasuredHandler.onStack(environment, clock, logs), options.eventFile(), progress)
                    .run(load.callers(), load.lookupsPerCaller(), load.latency());

            Map<ColdStartVariant, List<ColdStartSample>> coldStarts;
            Map<BenchFunction, Path> coldStartEvents = new LinkedHashMap<>();
            Optional<String> aotSkipped = AotCache.unsupportedReason(System.getProperty("java.class.path"));
            try (FunctionsUnderTest functions = FunctionsUnderTest.create(
                    options.functions(),
                    stack,
                    root,
                    options.eventFile(),
                    MeasuredHandler.onStack(environment, clock, logs).handler(),
                    new EventFiles(outputDirectory.resolve("events")))) {
                functions
                        .byFunction()
                        .forEach((function, underTest) -> coldStartEvents.put(function, underTest.sampleEvent()));
                coldStarts = coldStarts(new ColdStartFigures(stack, functions.byFunction(), progress), aotSkipped);
            }

            Optional<Stats> jmh =
                    options.jmh().map(settings -> new JmhFigures(settings, progress).measure(options.eventFile()));
            Optional<Stats> popJmh = options.jmh()
                    .map(settings -> new JmhFigures(settings, progress).measure(PopBuilderBenchmark.class, Map.of()));
            List<DeploymentSizes.Artifact> sizes = DeploymentSizes.measure(root);
            return new BenchReport(
                    startedAt,
                    machine,
                    options,
                    scenarios,
                    warmTokens,
                    inProcess,
                    throughput,
                    coldStarts,
                    coldStartEvents,
                    aotSkipped,
                    jmh,
                    popJmh,
                    sizes,
                    lookupLog);
        }
    }

    /**
     * Every selected function's variants, interleaved; for the lookup also the AOT cache, made first by a training
     * run when the classpath allows one.
     */
    private Map<ColdStartVariant, List<ColdStartSample>> coldStarts(
            ColdStartFigures figures, Optional<String> aotSkipped) {
        List<ColdStartVariant> variants = new ArrayList<>();
        options.functions().forEach(function -> variants.addAll(ColdStartVariant.of(function)));
        if (options.functions().contains(BenchFunction.CALLER_LOOKUP)) {
            if (aotSkipped.isEmpty()) {
                Path configuration =
                        outputDirectory.resolve("caller-lookup.aotconf").toAbsolutePath();
                Path cache = outputDirectory.resolve("caller-lookup.aot").toAbsolutePath();
                progress.println("[bench] AOT cache: training run, then assembly → " + cache);
                figures.runOnce(ColdStartVariant.aotTraining(configuration));
                AotCache.assemble(configuration, cache);
                variants.add(ColdStartVariant.aotCache(cache));
                variants.add(ColdStartVariant.aotCachePrimed(cache));
            } else {
                progress.println("[bench] AOT cache variants skipped: " + aotSkipped.get());
            }
        }
        return figures.run(variants, options.coldRuns());
    }

    /** Buffered, as Lambda's stdout pipe is: a log line costs its JSON, not a disk write. */
    private static PrintStream fileStream(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new PrintStream(
                    new BufferedOutputStream(Files.newOutputStream(file)), false, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static PrintStream nowhere() {
        return new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    }
}
