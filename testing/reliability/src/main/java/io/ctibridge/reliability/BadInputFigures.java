package io.ctibridge.reliability;

import java.util.List;

/**
 * One parser's share of the generated inputs.
 *
 * @param failures the first few failures, described (must be empty)
 */
public record BadInputFigures(String target, int inputs, int failed, List<String> failures, long elapsedMillis) {

    public boolean passed() {
        return failed == 0;
    }
}
