package io.ctibridge.core.config.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.config.Fixtures;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.config.parse.Violation;
import io.ctibridge.core.observability.CapturedLog;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CachingProfileReaderTest {

    private static final Duration TTL = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final ScriptedStore store = new ScriptedStore();
    private final CapturedLog log = new CapturedLog();
    private final CachingProfileReader reader =
            new CachingProfileReader(store, clock, TTL, log.log(CachingProfileReader.class));

    @Test
    void get_readsTheStoreOnce_withinTheTtl() {
        store.answers(found(1));

        Profile first = reader.get("sales");
        clock.advance(TTL.minusSeconds(1));
        Profile second = reader.get("sales");

        assertEquals(1, store.reads);
        assertSame(first, second);
        assertEquals(1, first.maxMatches());
    }

    @Test
    void get_readsAgain_onceTheTtlHasPassed() {
        store.answers(found(1), found(2));

        reader.get("sales");
        clock.advance(TTL);
        Profile refreshed = reader.get("sales");

        assertEquals(2, store.reads);
        assertEquals(2, refreshed.maxMatches());
    }

    @Test
    void get_cachesEachProfileByName() {
        store.answers(found(1), found(2));

        reader.get("sales");
        reader.get("support");

        assertEquals(List.of("sales", "support"), store.names);
    }

    @Test
    void get_servesTheLastGoodProfile_whenTheStoreFails() {
        store.answers(found(7), failure());

        reader.get("sales");
        clock.advance(TTL);
        Profile served = reader.get("sales");

        assertEquals(7, served.maxMatches());
        assertTrue(
                log.messagesAt(JsonLog.Level.WARN).getFirst().contains("serving the last good version 7"),
                log.messagesAt(JsonLog.Level.WARN)::toString);
    }

    @Test
    void get_servesTheBuiltInDefault_loudly_whenTheStoreFailsAndNothingWasEverRead() {
        store.answers(failure());

        Profile served = reader.get("sales");

        assertEquals(Profile.builtInDefault(), served);
        String error = log.messagesAt(JsonLog.Level.ERROR).getFirst();
        assertTrue(
                error.contains("BUILT-IN DEFAULT") && error.contains("'sales'") && error.contains("DynamoDB down"),
                error);
    }

    @Test
    void get_servesTheBuiltInDefault_whenNoProfileExists() {
        store.answers(Optional.empty());

        assertEquals(Profile.builtInDefault(), reader.get("sales"));
        assertTrue(log.messagesAt(JsonLog.Level.ERROR).getFirst().contains("does not exist"));
    }

    @Test
    void get_keepsServingTheLastGoodProfile_whenItDisappears() {
        store.answers(found(4), Optional.empty());

        reader.get("sales");
        clock.advance(TTL);

        assertEquals(4, reader.get("sales").maxMatches());
    }

    @Test
    void get_treatsABrokenStoredDocumentLikeAFailedRead_andLogsTheViolations() {
        InvalidProfileException broken = new InvalidProfileException(
                "sales", List.of(new Violation("maxMatches", "must be between 1 and 50, not 0")));
        store.answers(found(3), broken);

        reader.get("sales");
        clock.advance(TTL);
        Profile served = reader.get("sales");

        assertEquals(3, served.maxMatches());
        assertTrue(
                log.messagesAt(JsonLog.Level.WARN).getFirst().contains("maxMatches: must be between 1 and 50"),
                log.messagesAt(JsonLog.Level.WARN)::toString);
    }

    @Test
    void get_asksTheStoreAgainSoonAfterAFailure_butNotOnEveryCall() {
        store.answers(failure(), found(5));

        reader.get("sales");
        clock.advance(CachingProfileReader.RETRY_AFTER_FAILURE.minusMillis(1));
        Profile duringOutage = reader.get("sales");
        clock.advance(Duration.ofMillis(1));
        Profile recovered = reader.get("sales");

        assertEquals(Profile.builtInDefault(), duringOutage);
        assertEquals(5, recovered.maxMatches());
        assertEquals(2, store.reads);
    }

    @Test
    void get_remembersTheLastGoodProfile_acrossSeveralFailures() {
        store.answers(found(6), failure(), failure());

        reader.get("sales");
        clock.advance(TTL);
        reader.get("sales");
        clock.advance(CachingProfileReader.RETRY_AFTER_FAILURE);

        assertEquals(6, reader.get("sales").maxMatches());
        assertEquals(3, store.reads);
    }

    @Test
    void get_answersTheBuiltInDefault_forANameThatCannotExist_withoutAskingTheStore() {
        assertEquals(Profile.builtInDefault(), reader.get("Sales Team"));
        assertEquals(Profile.builtInDefault(), reader.get(null));
        assertEquals(0, store.reads);
    }

    private static Optional<StoredProfile> found(int maxMatches) {
        Profile profile = Fixtures.profile("sales", "\"maxMatches\": " + maxMatches);
        return Optional.of(new StoredProfile(profile, maxMatches, Instant.EPOCH, "test"));
    }

    private static RuntimeException failure() {
        return new IllegalStateException("DynamoDB down");
    }

    /** Answers reads from a script: a stored profile, nothing, or an exception to throw. */
    private static final class ScriptedStore implements Function<String, Optional<StoredProfile>> {
        private final Deque<Object> script = new ArrayDeque<>();
        private final java.util.ArrayList<String> names = new java.util.ArrayList<>();
        private int reads;

        void answers(Object... answers) {
            script.addAll(List.of(answers));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Optional<StoredProfile> apply(String name) {
            reads++;
            names.add(name);
            Object next = script.removeFirst();
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return (Optional<StoredProfile>) next;
        }
    }
}
