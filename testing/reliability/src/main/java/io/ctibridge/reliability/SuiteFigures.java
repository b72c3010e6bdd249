package io.ctibridge.reliability;

import java.util.List;

/** Everything a run measured; {@link #passed()} when every must-be-zero is zero. */
public record SuiteFigures(
        SuiteOptions options,
        List<ConfigCheck> config,
        List<LookupFaultFigures> lookups,
        CallLogFigures callLog,
        List<CallLogFigures> voiceCallLogs,
        GuardFigures guard,
        List<BadInputFigures> badInput,
        long logLines,
        List<LogScan.Finding> logFindings,
        List<FuzzRun> fuzzRuns) {

    public boolean passed() {
        return config.stream().allMatch(ConfigCheck::passed)
                && lookups.stream().allMatch(LookupFaultFigures::passed)
                && callLog.passed()
                && voiceCallLogs.stream().allMatch(CallLogFigures::passed)
                && guard.passed()
                && badInput.stream().allMatch(BadInputFigures::passed)
                && logFindings.isEmpty()
                && fuzzRuns.stream().allMatch(FuzzRun::passed);
    }

    public int generatedInputs() {
        return badInput.stream().mapToInt(BadInputFigures::inputs).sum();
    }

    public SuiteFigures withFuzzRuns(List<FuzzRun> runs) {
        return new SuiteFigures(
                options,
                config,
                lookups,
                callLog,
                voiceCallLogs,
                guard,
                badInput,
                logLines,
                logFindings,
                List.copyOf(runs));
    }
}
