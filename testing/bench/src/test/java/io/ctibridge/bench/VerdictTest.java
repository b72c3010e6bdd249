package io.ctibridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final FunctionUnderTest.AnswerCheck MULTIPLE = answer -> "MULTIPLE"
                    .equals(answer.path("lookupStatus").asText())
            ? FunctionUnderTest.Verdict.passed("MULTIPLE")
            : FunctionUnderTest.Verdict.failed(answer.path("lookupStatus").asText());

    @Test
    void of_passesTheAnswerToItsCheck() {
        assertEquals(
                FunctionUnderTest.Verdict.passed("MULTIPLE"),
                FunctionUnderTest.Verdict.of(answered("{\"lookupStatus\":\"MULTIPLE\"}"), MULTIPLE));
        assertEquals(
                FunctionUnderTest.Verdict.failed("NONE"),
                FunctionUnderTest.Verdict.of(answered("{\"lookupStatus\":\"NONE\"}"), MULTIPLE));
    }

    @Test
    void of_failsAnInvocationThatThrew_withoutAskingTheCheck() {
        Invocation threw = new Invocation(
                Invocation.INSIDE_THE_CALL,
                5,
                Invocation.INSIDE_THE_CALL,
                "",
                "java.lang.IllegalArgumentException: not a readable KinesisEvent");
        FunctionUnderTest.Verdict verdict = FunctionUnderTest.Verdict.of(threw, answer -> {
            throw new AssertionError("the check must not run");
        });
        assertFalse(verdict.passed());
        assertEquals("threw java.lang.IllegalArgumentException: not a readable KinesisEvent", verdict.summary());
    }

    @Test
    void of_failsAnAnswerThatIsNotJson() {
        FunctionUnderTest.Verdict verdict = FunctionUnderTest.Verdict.of(answered("{\"lookupStatus\":"), MULTIPLE);
        assertFalse(verdict.passed());
    }

    private static Invocation answered(String json) {
        return new Invocation(Invocation.INSIDE_THE_CALL, 5, Invocation.INSIDE_THE_CALL, json, "");
    }
}
