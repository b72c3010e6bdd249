package io.ctibridge.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure of one {@code bin/bench} run, before printing.
 *
 * @param warmEnvironmentTokenRequests token requests of the harness's own execution environment over the warm-up
 *                                     and all scenarios (its session is opened once)
 * @param inProcess                    the in-process path in a plain loop
 * @param throughput                   many concurrent callers against the stack with Salesforce latency added
 * @param jmh                          the in-process lookup path under JMH, when run
 * @param popJmh                       the pop builder under JMH, when run
 * @param coldStartEvents              the sample event each function's cold-start events were made from
 * @param aotSkipped                   why the AOT-cache variants did not run, when they did not
 * @param deploymentSizes              the function zips and the layer, as built
 * @param lookupLog                    where the stack handler's JSON logs went
 */
public record BenchReport(
        Instant startedAt,
        Machine machine,
        BenchOptions options,
        List<ScenarioRun> scenarios,
        int warmEnvironmentTokenRequests,
        Stats inProcess,
        ThroughputFigures.Result throughput,
        Map<ColdStartVariant, List<ColdStartSample>> coldStarts,
        Map<BenchFunction, Path> coldStartEvents,
        Optional<String> aotSkipped,
        Optional<Stats> jmh,
        Optional<Stats> popJmh,
        List<DeploymentSizes.Artifact> deploymentSizes,
        Path lookupLog) {

    public BenchReport {
        scenarios = List.copyOf(scenarios);
        deploymentSizes = List.copyOf(deploymentSizes);
        coldStartEvents = Map.copyOf(coldStartEvents);
    }
}
