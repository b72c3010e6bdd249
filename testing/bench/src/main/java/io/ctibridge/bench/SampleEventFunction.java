package io.ctibridge.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** A function whose cold starts answer events made from one sample event, on the stack's Lambda environment. */
abstract class SampleEventFunction implements FunctionUnderTest {

    protected final BenchStack stack;
    protected final Path sample;
    private final BenchFunction function;

    SampleEventFunction(BenchFunction function, BenchStack stack, Path sample) {
        this.function = Objects.requireNonNull(function, "function");
        this.stack = Objects.requireNonNull(stack, "stack");
        this.sample = sample.toAbsolutePath();
    }

    @Override
    public final BenchFunction function() {
        return function;
    }

    @Override
    public final Path sampleEvent() {
        return sample;
    }

    @Override
    public Map<String, String> environment() {
        return stack.lambdaEnvironment();
    }
}
