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
 * @param jmh                          the same path under JMH, when run
 * @param lookupLog                    where the stack handler's JSON logs went
 */
public record BenchReport(Instant startedAt, Machine machine, BenchOptions options, List<ScenarioRun> scenarios,
                          int warmEnvironmentTokenRequests, Stats inProcess,
                          Map<ColdStartVariant, List<ColdStartSample>> coldStarts, Optional<Stats> jmh,
                          Path lookupLog) {

    public BenchReport {
        scenarios = List.copyOf(scenarios);
    }
}
