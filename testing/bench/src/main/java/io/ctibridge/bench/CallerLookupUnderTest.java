package io.ctibridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.core.lookup.FlowResponse;
import io.ctibridge.function.lookup.CallerLookupHandler;
import java.nio.file.Path;
import java.util.Map;

/**
 * The caller lookup's cold starts: every child answers the sample contact-flow event as is, and must answer it as
 * a warm handler on the same stack does (for the default sample, the demo org's Jane and Jim Doe: MULTIPLE), with
 * a pop token minted.
 */
final class CallerLookupUnderTest extends SampleEventFunction {

    private final Map<String, String> expected;

    /** @param warm a handler wired as in Lambda on the same stack, whose answer to the sample is the reference */
    CallerLookupUnderTest(BenchStack stack, Path sample, CallerLookupHandler warm) {
        super(BenchFunction.CALLER_LOOKUP, stack, sample);
        this.expected = warm.handleEvent(ContactFlowEvents.read(sample), null);
    }

    @Override
    public PreparedEvent prepare() {
        return new PreparedEvent(sample, this::check);
    }

    private Verdict check(JsonNode answer) {
        String summary = answer.path(FlowResponse.LOOKUP_STATUS).asText() + ", "
                + answer.path(FlowResponse.MATCH_COUNT).asText() + " matches";
        boolean asWarm =
                answer.path(FlowResponse.LOOKUP_STATUS).asText().equals(expected.get(FlowResponse.LOOKUP_STATUS))
                        && answer.path(FlowResponse.MATCH_COUNT).asText().equals(expected.get(FlowResponse.MATCH_COUNT))
                        && answer.path(FlowResponse.RECORD_ID).asText().equals(expected.get(FlowResponse.RECORD_ID));
        if (!asWarm) {
            return Verdict.failed(summary + " (warm handler: " + expected.get(FlowResponse.LOOKUP_STATUS) + ", "
                    + expected.get(FlowResponse.MATCH_COUNT) + " matches)");
        }
        return answer.path(FlowResponse.POP_TOKEN).asText().isEmpty()
                ? Verdict.failed(summary + ", no pop token")
                : Verdict.passed(summary);
    }
}
