package io.ctibridge.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz targets (Jazzer) for the same checks as the properties. In the normal build they replay
 * their seed inputs (regression mode); bin/reliability fuzzes each with JAZZER_FUZZ=1 for a fixed number of runs.
 */
class ParsersFuzzTest {

    private static final ParserChecks CHECKS = new ParserChecks();

    @FuzzTest(maxExecutions = 50_000)
    void callerId(FuzzedDataProvider data) {
        CHECKS.callerId(data.consumeRemainingAsString());
    }

    @FuzzTest(maxExecutions = 50_000)
    void contactRecord(FuzzedDataProvider data) {
        CHECKS.contactRecord(data.consumeRemainingAsBytes());
    }

    @FuzzTest(maxExecutions = 50_000)
    void popToken(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            CHECKS.tamperedToken(new TokenMutation(
                    data.pickValue(TokenMutation.Kind.values()), data.consumeInt(), data.consumeChar()));
        } else {
            CHECKS.arbitraryToken(data.consumeRemainingAsString());
        }
    }

    @FuzzTest(maxExecutions = 50_000)
    void profileDocument(FuzzedDataProvider data) {
        CHECKS.profileDocument(data.consumeRemainingAsString());
    }
}
