package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import io.ctibridge.function.lookup.CallerLookupHandler;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH over the handler with in-memory collaborators ({@link MeasuredHandler#inProcess}): the lookup path without
 * the network, at steady state. Logs and metrics are serialised as in Lambda but written nowhere, so the figure
 * holds the JSON work and not the disk. Run by {@link JmhFigures}; {@code eventFile} is set there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallerLookupPathBenchmark {

    @Param("")
    public String eventFile;

    private CallerLookupHandler handler;
    private ConnectEvent event;

    @Setup
    public void setUp() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        handler = MeasuredHandler.inProcess(Clock.systemUTC(), nowhere).handler();
        event = ContactFlowEvents.read(Path.of(eventFile));
    }

    @Benchmark
    public Map<String, String> lookup() {
        return handler.handleEvent(event, null);
    }
}
