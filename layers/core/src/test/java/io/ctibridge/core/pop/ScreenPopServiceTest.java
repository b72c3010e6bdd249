package io.ctibridge.core.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.InMemoryContactStateStore;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.lookup.CallerLookup;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.poptoken.PopTokenKeys;
import io.ctibridge.core.poptoken.PopTokenService;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.guard.SalesforceGuard;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScreenPopServiceTest {

    private static final String CONTACT = PopFixtures.CONTACT_ID;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
    private static final Duration BUDGET = Duration.ofSeconds(5);

    private final InMemoryContactStateStore states = new InMemoryContactStateStore();
    private final List<String> searchedNumbers = new CopyOnWriteArrayList<>();
    private final List<String> profilesAsked = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private List<SObject> salesforceRecords = List.of();

    private final ScreenPopService service = new ScreenPopService(
            states,
            this::profile,
            lookup(),
            CLOCK,
            new JsonLog("test", new PrintStream(logs, true, StandardCharsets.UTF_8), CLOCK));

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void pop_usesTheStoredResult_andIgnoresTheCallerNumberParameter() {
        states.save(PopFixtures.match(), Duration.ofDays(1));
        ScreenPop pop = service.pop(new PopQuery(CONTACT, "+19998887777", null), BUDGET);
        assertEquals(ScreenPop.Source.STORED, pop.source());
        assertEquals(PopFixtures.match(), pop.result());
        assertEquals(
                new Pop.ShowRecord(PopFixtures.ADA.id(), "Contact"),
                pop.payload().pop());
        assertTrue(searchedNumbers.isEmpty(), "no lookup when the flow stored its result");
    }

    @Test
    void pop_rendersWithTheProfileTheStoredResultWasLookedUpWith() {
        states.save(PopFixtures.multiple(), Duration.ofDays(1)); // profile "test": LIST for MULTIPLE below
        ScreenPop pop = service.pop(new PopQuery(CONTACT, null, "other"), BUDGET);
        assertEquals(List.of("test"), profilesAsked);
        assertInstanceOf(Pop.ShowMatches.class, pop.payload().pop());
    }

    @Test
    void pop_runsTheLookup_whenNoResultIsStored_andStoresIt() {
        salesforceRecords = List.of(SObject.of(
                "Contact",
                Map.of(
                        "Id",
                        "003000000000001AAA",
                        "Name",
                        "Ada Lovelace",
                        "Phone",
                        "(415) 555-0123",
                        "LastModifiedDate",
                        "2026-11-01T10:00:00.000+0000")));
        ScreenPop pop = service.pop(new PopQuery(CONTACT, "+1 415 555 0123", null), BUDGET);
        assertEquals(ScreenPop.Source.LOOKED_UP, pop.source());
        assertEquals(LookupStatus.MATCH, pop.result().status());
        assertEquals("+14155550123", pop.payload().callerNumber());
        assertEquals(
                new Pop.ShowRecord("003000000000001AAA", "Contact"),
                pop.payload().pop());
        assertEquals(List.of("+14155550123"), searchedNumbers);
        assertEquals(LookupStatus.MATCH, states.saved().get(CONTACT).status(), "the call log will find it too");
    }

    @Test
    void pop_runsTheLookupWithTheRequestedProfile() {
        service.pop(new PopQuery(CONTACT, "+14155550123", "uk-support"), BUDGET);
        assertEquals("uk-support", states.saved().get(CONTACT).profile());
    }

    @Test
    void pop_classifiesTheCallerNumberParameter_withoutSearchingJunk() {
        ScreenPop pop = service.pop(new PopQuery(CONTACT, "' OR Name != '", null), BUDGET);
        assertEquals(LookupStatus.INVALID, pop.result().status());
        assertInstanceOf(Pop.NewRecordForm.class, pop.payload().pop());
        assertTrue(searchedNumbers.isEmpty());
    }

    @Test
    void pop_answersUnavailableWithTheUnknownCallerForm_whenNothingIsStoredAndNoNumberGiven() {
        ScreenPop pop = service.pop(new PopQuery(CONTACT, null, null), BUDGET);
        assertEquals(ScreenPop.Source.NO_STATE, pop.source());
        assertEquals(LookupStatus.UNAVAILABLE, pop.result().status());
        assertEquals(new Pop.NewRecordForm("Contact", Map.of()), pop.payload().pop());
        assertEquals(Profile.DEFAULT_NAME, pop.result().profile());
        assertTrue(states.saved().isEmpty(), "a guess must not be stored for the call log");
        assertTrue(searchedNumbers.isEmpty());
    }

    @Test
    void pop_treatsAnUnreadableStateAsMissing() {
        states.failReadsWith(new IllegalStateException("DynamoDB throttled"));
        ScreenPop pop = service.pop(new PopQuery(CONTACT, "+14155550123", null), BUDGET);
        assertEquals(ScreenPop.Source.LOOKED_UP, pop.source());
        assertEquals(LookupStatus.NONE, pop.result().status());
        String log = logs.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("\"contactId\":\"" + CONTACT + "\""), log);
        assertFalse(log.contains("4155550123"), log);
    }

    /** Profile "test" offers a list for several matches; any other name is the defaults under that name. */
    private Profile profile(String name) {
        profilesAsked.add(name);
        return name.equals("test") ? PopFixtures.leadsAndFlow() : Profile.defaults(name);
    }

    private CallerLookup lookup() {
        PopTokenService tokens = new PopTokenService(
                () -> new PopTokenKeys(
                        "k1", Map.of("k1", "k1-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8))),
                CLOCK);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new CallerLookup(
                this::profile,
                (caller, profile, deadline) -> {
                    searchedNumbers.add(caller.e164());
                    return salesforceRecords;
                },
                states,
                tokens,
                executor,
                CLOCK,
                new JsonLog("lookup", quiet, CLOCK),
                new EmfMetrics("test", quiet, CLOCK),
                SalesforceGuard.unguarded());
    }
}
