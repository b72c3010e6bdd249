package io.ctibridge.core.calllog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.calllog.CallLogOutcome.Result;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.Delivery;
import io.ctibridge.core.calllog.record.RecordSource;
import io.ctibridge.core.calllog.record.SourcePayload;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.contact.ContactStateStore;
import io.ctibridge.core.contact.InMemoryContactStateStore;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.observability.CapturedLog;
import io.ctibridge.core.observability.JsonLog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which delivered contacts become calls to log, and by which profile. */
class CallResolverTest {

    private static final String CONTACT = "11111111-1111-4111-8111-111111111111";
    private static final String OTHER_CONTACT = "22222222-2222-4222-8222-222222222222";
    private static final String FIRST_LEG = "99999999-9999-4999-8999-999999999999";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final InMemoryContactStateStore states = new InMemoryContactStateStore();
    private final Map<String, Profile> profiles = new HashMap<>();
    private final List<String> profilesAsked = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final CapturedLog logs = new CapturedLog();
    private final Outcomes outcomes = new Outcomes();

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void loggable_usesTheProfileOfTheContactsStoredLookup() {
        profiles.put("chat-desk", parse("""
                {"profile": "chat-desk", "callLog": {"channels": ["VOICE", "CHAT"]}}"""));
        LookupResult lookup = lookup(CONTACT, "chat-desk");
        states.save(lookup, Duration.ofDays(1));
        Delivery.Readable chat = delivery(Records.withChannel(Records.answeredInbound(CONTACT), "CHAT"), "seq-1");

        List<LoggableCall> calls = resolver(states).loggable(List.of(chat), outcomes);

        assertEquals(1, calls.size());
        LoggableCall call = calls.getFirst();
        assertSame(chat, call.delivery());
        assertEquals("chat-desk", call.profile().profile());
        assertEquals(Optional.of(lookup), call.lookup());
        assertEquals(List.of("chat-desk"), profilesAsked);
    }

    @Test
    void loggable_findsTheLookupOfTheContactATransferCameFrom() {
        profiles.put("sales", Profile.defaults("sales"));
        LookupResult firstLeg = lookup(FIRST_LEG, "sales");
        states.save(firstLeg, Duration.ofDays(1));
        ContactRecord transferred = Records.transferredFrom(Records.answeredInbound(CONTACT), FIRST_LEG);

        List<LoggableCall> calls = resolver(states).loggable(List.of(delivery(transferred, "seq-1")), outcomes);

        assertEquals(Optional.of(firstLeg), calls.getFirst().lookup());
        assertEquals("sales", calls.getFirst().profile().profile());
    }

    @Test
    void loggable_usesTheDefaultProfile_whenTheCallHadNoLookup() {
        List<LoggableCall> calls =
                resolver(states).loggable(List.of(delivery(Records.answeredInbound(CONTACT), "seq-1")), outcomes);

        assertEquals(1, calls.size());
        assertEquals(Optional.empty(), calls.getFirst().lookup());
        assertEquals(Profile.DEFAULT_NAME, calls.getFirst().profile().profile());
        assertEquals(List.of(Profile.DEFAULT_NAME), profilesAsked);
    }

    @Test
    void loggable_ignoresACallOnAChannelTheProfileDoesNotLog() {
        states.save(lookup(CONTACT, Profile.DEFAULT_NAME), Duration.ofDays(1));
        Delivery.Readable chat = delivery(Records.withChannel(Records.answeredInbound(CONTACT), "CHAT"), "seq-1");
        Delivery.Readable voice = delivery(Records.answeredInbound(OTHER_CONTACT), "seq-2");

        List<LoggableCall> calls = resolver(states).loggable(List.of(chat, voice), outcomes);

        assertEquals(List.of(OTHER_CONTACT), contactIds(calls));
        CallLogOutcome ignored = outcomes.inOrderOf(List.of(chat)).getFirst();
        assertEquals(Result.IGNORED, ignored.result());
        assertEquals("channel CHAT is not logged by profile default", ignored.detail());
        assertEquals(CONTACT, ignored.contactId());
        assertEquals("seq-1", ignored.itemId());
    }

    @Test
    void loggable_matchesTheChannelWhateverItsSpelling() {
        List<LoggableCall> calls = resolver(states)
                .loggable(
                        List.of(delivery(Records.withChannel(Records.answeredInbound(CONTACT), "Voice"), "seq-1")),
                        outcomes);

        assertEquals(List.of(CONTACT), contactIds(calls));
    }

    @Test
    void loggable_ignoresAnAbandonedCall_whenTheProfileDoesNotLogThem() {
        profiles.put("answered-only", parse("""
                {"profile": "answered-only", "callLog": {"logAbandoned": false}}"""));
        states.save(lookup(CONTACT, "answered-only"), Duration.ofDays(1));
        Delivery.Readable abandoned = delivery(Records.unanswered(Records.answeredInbound(CONTACT)), "seq-1");

        List<LoggableCall> calls = resolver(states).loggable(List.of(abandoned), outcomes);

        assertEquals(List.of(), calls);
        CallLogOutcome ignored = outcomes.inOrderOf(List.of(abandoned)).getFirst();
        assertEquals(Result.IGNORED, ignored.result());
        assertEquals("abandoned calls are not logged by profile answered-only", ignored.detail());
    }

    @Test
    void loggable_keepsAnAbandonedCall_byDefault() {
        List<LoggableCall> calls = resolver(states)
                .loggable(List.of(delivery(Records.unanswered(Records.answeredInbound(CONTACT)), "seq-1")), outcomes);

        assertEquals(List.of(CONTACT), contactIds(calls));
    }

    @Test
    void loggable_keepsTheNewestVersion_whenAContactComesTwiceInABatch_whateverTheOrder() {
        ContactRecord older = Records.answeredInbound(CONTACT);
        ContactRecord newer = Records.version(older, Records.UPDATED.plusSeconds(60), RecordSource.CONTACT_RECORD);
        for (boolean newerFirst : new boolean[] {true, false}) {
            Outcomes batch = new Outcomes();
            Delivery.Readable olderDelivery = delivery(older, "seq-old");
            Delivery.Readable newerDelivery = delivery(newer, "seq-new");
            List<Delivery.Readable> deliveries =
                    newerFirst ? List.of(newerDelivery, olderDelivery) : List.of(olderDelivery, newerDelivery);

            List<LoggableCall> calls = resolver(states).loggable(deliveries, batch);

            assertEquals(1, calls.size());
            assertSame(newerDelivery, calls.getFirst().delivery(), "newer first: " + newerFirst);
            CallLogOutcome skipped = batch.inOrderOf(List.of(olderDelivery)).getFirst();
            assertEquals(Result.SKIPPED, skipped.result());
            assertEquals("a later version is in the same batch", skipped.detail());
            assertThrows(IllegalStateException.class, () -> batch.inOrderOf(List.of(newerDelivery)));
        }
    }

    @Test
    void loggable_keepsTheContactRecord_overTheEventOfTheSameMoment() {
        ContactRecord record = Records.answeredInbound(CONTACT);
        ContactRecord event = Records.version(record, record.lastUpdateTimestamp(), RecordSource.CONTACT_EVENT);
        Delivery.Readable fromEvent = delivery(event, "event-1");
        Delivery.Readable fromRecord = delivery(record, "seq-1");

        List<LoggableCall> calls = resolver(states).loggable(List.of(fromEvent, fromRecord), outcomes);

        assertEquals(1, calls.size());
        assertSame(fromRecord, calls.getFirst().delivery());
        assertEquals(
                Result.SKIPPED,
                outcomes.inOrderOf(List.of(fromEvent)).getFirst().result());
    }

    @Test
    void loggable_keepsTheFirst_whenTheSameVersionComesTwiceInABatch() {
        ContactRecord record = Records.answeredInbound(CONTACT);
        Delivery.Readable first = delivery(record, "seq-1");
        Delivery.Readable duplicate = delivery(record, "seq-2");

        List<LoggableCall> calls = resolver(states).loggable(List.of(first, duplicate), outcomes);

        assertEquals(1, calls.size());
        assertSame(first, calls.getFirst().delivery());
        assertEquals(
                Result.SKIPPED,
                outcomes.inOrderOf(List.of(duplicate)).getFirst().result());
    }

    @Test
    void loggable_retriesTheContact_whenItsStateCannotBeRead_andResolvesTheRest() {
        ContactStateStore flaky = new ContactStateStore() {
            private final Set<String> unreadable = Set.of(CONTACT);

            @Override
            public void save(LookupResult result, Duration ttl) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<LookupResult> find(String contactId) {
                if (unreadable.contains(contactId)) {
                    throw new IllegalStateException("DynamoDB throttled");
                }
                return Optional.empty();
            }
        };
        Delivery.Readable unreadable = delivery(Records.answeredInbound(CONTACT), "seq-1");
        Delivery.Readable readable = delivery(Records.answeredInbound(OTHER_CONTACT), "seq-2");

        List<LoggableCall> calls = resolver(flaky).loggable(List.of(unreadable, readable), outcomes);

        assertEquals(List.of(OTHER_CONTACT), contactIds(calls));
        CallLogOutcome retry = outcomes.inOrderOf(List.of(unreadable)).getFirst();
        assertEquals(Result.RETRY, retry.result());
        assertEquals("contact state unavailable", retry.detail());
        assertEquals(RETRY_AFTER, retry.retryAfter());
        assertEquals(CONTACT, retry.contactId());
        assertTrue(
                logs.messagesAt(JsonLog.Level.ERROR).contains("cannot read the contact's lookup result"),
                logs.messagesAt(JsonLog.Level.ERROR).toString());
    }

    @Test
    void loggable_retries_whenTheStateOfTheOnlyContactCannotBeRead() {
        ContactStateStore down = new ContactStateStore() {
            @Override
            public void save(LookupResult result, Duration ttl) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<LookupResult> find(String contactId) {
                throw new IllegalStateException("DynamoDB unavailable");
            }
        };
        Delivery.Readable only = delivery(Records.answeredInbound(CONTACT), "seq-1");

        List<LoggableCall> calls = resolver(down).loggable(List.of(only), outcomes);

        assertEquals(List.of(), calls);
        assertEquals(Result.RETRY, outcomes.inOrderOf(List.of(only)).getFirst().result());
    }

    // --- helpers

    private CallResolver resolver(ContactStateStore store) {
        return new CallResolver(
                name -> {
                    profilesAsked.add(name);
                    return profiles.getOrDefault(name, Profile.defaults(name));
                },
                store,
                new Parallel(executor, 4),
                RETRY_AFTER,
                logs.log(CallResolver.class));
    }

    private static Delivery.Readable delivery(ContactRecord contact, String itemId) {
        return new Delivery.Readable(
                itemId,
                "kinesis:" + itemId,
                contact,
                new SourcePayload("kinesis", Map.of(), "{}".getBytes(StandardCharsets.UTF_8)));
    }

    private static LookupResult lookup(String contactId, String profile) {
        return new LookupResult(
                contactId, profile, LookupStatus.NONE, "+14155550123", List.of(), "0 match(es)", Instant.EPOCH);
    }

    private static Profile parse(String json) {
        return new ProfileParser().parse(json);
    }

    private static List<String> contactIds(List<LoggableCall> calls) {
        return calls.stream().map(LoggableCall::contactId).toList();
    }
}
