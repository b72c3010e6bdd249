package io.ctibridge.bench;

import io.ctibridge.function.lookup.CallerLookupHandler;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The functions whose cold starts a run measures, set up on the stack, and closed together. */
final class FunctionsUnderTest implements AutoCloseable {

    private final Map<BenchFunction, FunctionUnderTest> functions;

    private FunctionsUnderTest(Map<BenchFunction, FunctionUnderTest> functions) {
        this.functions = functions;
    }

    /**
     * @param root         the repository, where the sample events are
     * @param lookupSample the contact-flow event of the lookup's runs and the pops' lookups (--event)
     * @param warm         a lookup handler wired as in Lambda on the stack: the lookup's reference answer, and the
     *                     lookups a pop needs before it
     * @param files        where the runs' events are written
     */
    static FunctionsUnderTest create(
            List<BenchFunction> selected,
            BenchStack stack,
            Path root,
            Path lookupSample,
            CallerLookupHandler warm,
            EventFiles files) {
        FunctionsUnderTest created = new FunctionsUnderTest(new EnumMap<>(BenchFunction.class));
        try {
            for (BenchFunction function : selected) {
                Path sample = root.resolve(function.sampleEvent());
                created.functions.put(
                        function,
                        switch (function) {
                            case CALLER_LOOKUP -> new CallerLookupUnderTest(stack, lookupSample, warm);
                            case SCREEN_POP -> new ScreenPopUnderTest(stack, warm, lookupSample, sample, files);
                            case CONTACT_RECORD -> new ContactRecordUnderTest(stack, sample, files);
                            case CONTACT_EVENT -> new ContactEventUnderTest(stack, sample, files);
                        });
            }
            return created;
        } catch (RuntimeException e) {
            created.close();
            throw e;
        }
    }

    Map<BenchFunction, FunctionUnderTest> byFunction() {
        return Map.copyOf(functions);
    }

    @Override
    public void close() {
        functions.values().forEach(FunctionUnderTest::close);
    }
}
