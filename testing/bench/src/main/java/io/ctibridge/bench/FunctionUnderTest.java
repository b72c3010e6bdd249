package io.ctibridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One function as the parent of its cold-start runs sees it: the environment its fresh JVMs get, the event each of
 * them answers (prepared on the stack beforehand where the function needs state, e.g. a stored lookup for a pop)
 * and the check of each answer, its effects on the stack included.
 */
public interface FunctionUnderTest extends AutoCloseable {

    BenchFunction function();

    /** The sample event the runs' events are made from, as printed with the figures. */
    Path sampleEvent();

    /** What Lambda would give the function, pointing at the stack. */
    Map<String, String> environment();

    /** A fresh event file for the next run, with the check of its answer. Called before the child starts. */
    PreparedEvent prepare();

    /** Stops what the function's runs needed beside the stack. */
    @Override
    default void close() {}

    /** @param file the event one child reads */
    record PreparedEvent(Path file, AnswerCheck check) {
        public PreparedEvent {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(check, "check");
        }
    }

    /**
     * Judges the answer of one child that answered (a child whose invocation threw has failed already), after it
     * exited, so that its effects on the stack can be checked too.
     */
    @FunctionalInterface
    interface AnswerCheck {
        Verdict check(JsonNode answer);
    }

    /**
     * @param summary what was answered, without per-run ids, so that equal answers print once: {@code MULTIPLE,
     *                2 matches}
     */
    record Verdict(boolean passed, String summary) {
        public Verdict {
            Objects.requireNonNull(summary, "summary");
        }

        static Verdict passed(String summary) {
            return new Verdict(true, summary);
        }

        static Verdict failed(String summary) {
            return new Verdict(false, summary);
        }

        /** The child's invocation, judged: it threw, answered something that is not JSON, or {@code check} says. */
        static Verdict of(Invocation invocation, AnswerCheck check) {
            if (!invocation.failure().isEmpty()) {
                return failed("threw " + invocation.failure());
            }
            try {
                return check.check(EventFiles.parse(invocation.answer()));
            } catch (IllegalArgumentException e) {
                return failed("unreadable answer: " + e.getMessage());
            }
        }
    }
}
