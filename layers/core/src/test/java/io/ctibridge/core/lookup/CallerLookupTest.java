package io.ctibridge.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.ContactStateStore;
import io.ctibridge.core.contact.InMemoryContactStateStore;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.observability.CapturedLog;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.phone.PhoneMasking;
import io.ctibridge.core.poptoken.PopTokenKeys;
import io.ctibridge.core.poptoken.PopTokenService;
import io.ctibridge.core.poptoken.PopTokenVerdict;
import io.ctibridge.core.salesforce.InvalidSessionException;
import io.ctibridge.core.salesforce.RequestLimitExceededException;
import io.ctibridge.core.salesforce.SalesforceConnectionException;
import io.ctibridge.core.salesforce.SalesforceError;
import io.ctibridge.core.salesforce.SalesforceException;
import io.ctibridge.core.salesforce.SalesforceTimeoutException;
import io.ctibridge.core.salesforce.ServiceUnavailableException;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.guard.SalesforceGuard;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The caller lookup over in-memory collaborators: a canned search, a map for the contact state, a fixed clock. */
class CallerLookupTest {

    private static final String CONTACT_ID = "5ca32fbd-8f92-46af-92a5-6b0f970f0efe";
    private static final String CALLER = "+14155550123";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
    private static final Duration BUDGET = Duration.ofSeconds(5);
    private static final byte[] KEY = "k1-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    private static final String ADA = "003000000000001AAA";
    private static final String GRACE = "003000000000002AAA";
    private static final String LEAD = "00Q000000000001AAA";

    private final InMemoryContactStateStore states = new InMemoryContactStateStore();
    private final PopTokenService tokens = new PopTokenService(() -> new PopTokenKeys("k1", Map.of("k1", KEY)), CLOCK);
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<String> searchedNumbers = new CopyOnWriteArrayList<>();
    private final List<String> profilesAsked = new CopyOnWriteArrayList<>();
    private final Map<String, Profile> profiles = new HashMap<>();
    private final CapturedLog logs = new CapturedLog();
    /** Lets a search blocked past its deadline end when the test does. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopSearches() {
        release.countDown();
        executor.close();
    }

    @Test
    void lookup_returnsMatch_forTheOneContactWithTheNumber() {
        CallerLookup lookup = lookup(answering(contact(ADA, "Ada Lovelace", "Phone", "(415) 555-0123", "2026-11-01")
                .with("AccountId", "001000000000001AAA")
                .with("Account", Map.of("Name", "Analytical Engines Ltd"))
                .build()));

        LookupOutcome outcome = lookup.lookup(request(CALLER));

        assertEquals(LookupStatus.MATCH, outcome.result().status());
        assertEquals(
                List.of(new CallerMatch(
                        ADA, "Contact", "Ada Lovelace", "001000000000001AAA", "Analytical Engines Ltd", "Phone")),
                outcome.result().matches());
        assertEquals(CALLER, outcome.result().callerNumber());
        assertEquals(List.of(CALLER), searchedNumbers, "one search, with the caller's E.164");
        Map<String, String> flow = outcome.flowAttributes();
        assertEquals("MATCH", flow.get(FlowResponse.LOOKUP_STATUS));
        assertEquals("1", flow.get(FlowResponse.MATCH_COUNT));
        assertEquals(ADA, flow.get(FlowResponse.RECORD_ID));
        assertEquals("Contact", flow.get(FlowResponse.RECORD_TYPE));
        assertEquals("Ada Lovelace", flow.get(FlowResponse.RECORD_NAME));
        assertEquals("001000000000001AAA", flow.get(FlowResponse.ACCOUNT_ID));
        assertEquals(CALLER, flow.get(FlowResponse.CALLER_NUMBER));
        assertEquals(ADA, flow.get(FlowResponse.ACSF_SCREENPOP_RECORD));
        assertEquals(PopTokenVerdict.VALID, tokens.verify(flow.get(FlowResponse.POP_TOKEN), CONTACT_ID));
    }

    @Test
    void lookup_returnsMultiple_whenTwoContactsShareANumber_thePhoneMatchBeforeTheMobileMatch() {
        // Grace was modified later, but the profile ranks a Phone match above a MobilePhone match.
        CallerLookup lookup = lookup(answering(
                contact(GRACE, "Grace Hopper", "MobilePhone", "415.555.0123", "2026-11-20")
                        .build(),
                contact(ADA, "Ada Lovelace", "Phone", "+1 (415) 555-0123", "2020-01-01")
                        .build()));

        LookupOutcome outcome = lookup.lookup(request(CALLER));

        assertEquals(LookupStatus.MULTIPLE, outcome.result().status());
        assertEquals(List.of(ADA, GRACE), ids(outcome.result()));
        assertEquals(
                List.of("Phone", "MobilePhone"),
                outcome.result().matches().stream()
                        .map(CallerMatch::matchedField)
                        .toList());
        Map<String, String> flow = outcome.flowAttributes();
        assertEquals("MULTIPLE", flow.get(FlowResponse.LOOKUP_STATUS));
        assertEquals("2", flow.get(FlowResponse.MATCH_COUNT));
        assertEquals(ADA, flow.get(FlowResponse.RECORD_ID), "the best-ranked match");
        assertEquals(CALLER, flow.get(FlowResponse.ACSF_SCREENPOP_SEARCH));
        assertFalse(flow.containsKey(FlowResponse.ACSF_SCREENPOP_RECORD));
    }

    @Test
    void lookup_returnsMatch_whenAContactAndALeadShareANumber_theContactObjectOutranksTheLead() {
        CallerLookup lookup = lookup(answering(
                record("Lead", LEAD, "Alan Turing", "Phone", "4155550123", "2026-11-24")
                        .build(),
                contact(ADA, "Ada Lovelace", "HomePhone", "415-555-0123", "2020-01-01")
                        .build()));

        LookupOutcome outcome = lookup.lookup(request(CALLER));

        assertEquals(LookupStatus.MATCH, outcome.result().status(), "one record of the best-ranked object");
        assertEquals(List.of(ADA, LEAD), ids(outcome.result()));
        assertEquals("2", outcome.flowAttributes().get(FlowResponse.MATCH_COUNT));
        assertEquals(ADA, outcome.flowAttributes().get(FlowResponse.RECORD_ID));
    }

    @Test
    void lookup_ranksByTheRequestedProfile_theLeadFirstWhenItsProfileGivesLeadsPriority() {
        profiles.put("leads-first", parse("""
                {"profile": "leads-first",
                 "searchTargets": [
                   {"object": "Lead", "priority": 1, "phoneFields": ["Phone"]},
                   {"object": "Contact", "priority": 2, "phoneFields": ["Phone"], "accountField": "AccountId"}]}"""));
        CallerLookup lookup = lookup(answering(
                contact(ADA, "Ada Lovelace", "Phone", "4155550123", "2026-11-24")
                        .build(),
                record("Lead", LEAD, "Alan Turing", "Phone", "4155550123", "2020-01-01")
                        .build()));

        LookupOutcome outcome =
                lookup.lookup(new LookupRequest(CONTACT_ID, CALLER, "+18005550199", "leads-first", BUDGET));

        assertEquals(List.of("leads-first"), profilesAsked);
        assertEquals(LookupStatus.MATCH, outcome.result().status());
        assertEquals(List.of(LEAD, ADA), ids(outcome.result()));
        assertEquals("Lead", outcome.flowAttributes().get(FlowResponse.RECORD_TYPE));
        assertEquals("leads-first", outcome.result().profile());
    }

    @Test
    void lookup_returnsNone_whenNoCandidateReallyHasTheNumber() {
        // Search tokenisation over-matches: a candidate with a neighbouring number is no match.
        CallerLookup lookup = lookup(answering(contact(ADA, "Ada Lovelace", "Phone", "(415) 555-0124", "2026-11-01")
                .build()));

        LookupOutcome outcome = lookup.lookup(request(CALLER));

        assertEquals(LookupStatus.NONE, outcome.result().status());
        assertEquals(List.of(), outcome.result().matches());
        assertEquals(List.of(CALLER), searchedNumbers);
        Map<String, String> flow = outcome.flowAttributes();
        assertEquals("NONE", flow.get(FlowResponse.LOOKUP_STATUS));
        assertEquals("0", flow.get(FlowResponse.MATCH_COUNT));
        assertEquals("", flow.get(FlowResponse.RECORD_ID));
        assertEquals(CALLER, flow.get(FlowResponse.CALLER_NUMBER));
        assertEquals(PopTokenVerdict.VALID, tokens.verify(flow.get(FlowResponse.POP_TOKEN), CONTACT_ID));
        assertEquals(LookupStatus.NONE, stored().status());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"anonymous", "Restricted", "  PRIVATE ", "+266696687"})
    void lookup_returnsWithheld_andNeverSearches_whenTheCallerHidTheNumber(String callerId) {
        CallerLookup lookup = lookup(answering(contact(ADA, "Ada Lovelace", "Phone", "4155550123", "2026-11-01")
                .build()));

        LookupOutcome outcome = lookup.lookup(request(callerId));

        assertEquals(LookupStatus.WITHHELD, outcome.result().status());
        assertEquals(List.of(), searchedNumbers);
        assertEquals("", outcome.result().callerNumber());
        assertEquals("WITHHELD", outcome.flowAttributes().get(FlowResponse.LOOKUP_STATUS));
        assertEquals("", outcome.flowAttributes().get(FlowResponse.CALLER_NUMBER));
        assertEquals(LookupStatus.WITHHELD, stored().status(), "the pop shows its withheld-caller form");
        assertEquals(
                PopTokenVerdict.VALID, tokens.verify(outcome.flowAttributes().get(FlowResponse.POP_TOKEN), CONTACT_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "555", "' OR Name != '", "+1415555012345678901"})
    void lookup_returnsInvalid_andNeverSearches_whenTheCallerIdIsNoCallableNumber(String callerId) {
        CallerLookup lookup = lookup(answering(contact(ADA, "Ada Lovelace", "Phone", "4155550123", "2026-11-01")
                .build()));

        LookupOutcome outcome = lookup.lookup(request(callerId));

        assertEquals(LookupStatus.INVALID, outcome.result().status());
        assertEquals(List.of(), searchedNumbers);
        assertEquals("", outcome.result().callerNumber());
        assertEquals("INVALID", outcome.flowAttributes().get(FlowResponse.LOOKUP_STATUS));
        assertEquals(LookupStatus.INVALID, stored().status());
    }

    @Test
    void lookup_returnsInvalid_andNeverSearches_whenTheCallerIdIsTheDialledNumber() {
        CallerLookup lookup = lookup(answering());

        LookupOutcome outcome =
                lookup.lookup(new LookupRequest(CONTACT_ID, CALLER, CALLER, Profile.DEFAULT_NAME, BUDGET));

        assertEquals(LookupStatus.INVALID, outcome.result().status());
        assertEquals(List.of(), searchedNumbers);
    }

    static Stream<Arguments> salesforceFailures() {
        return Stream.of(
                Arguments.of(
                        new ServiceUnavailableException(503, errors("SERVER_UNAVAILABLE")),
                        "Salesforce error SERVER_UNAVAILABLE"),
                Arguments.of(
                        new RequestLimitExceededException(403, errors("REQUEST_LIMIT_EXCEEDED")),
                        "Salesforce error REQUEST_LIMIT_EXCEEDED"),
                Arguments.of(
                        new InvalidSessionException(401, errors("INVALID_SESSION_ID")),
                        "Salesforce error INVALID_SESSION_ID"),
                Arguments.of(
                        new SalesforceTimeoutException("POST /parameterizedSearch timed out", null),
                        "SalesforceTimeoutException"),
                Arguments.of(
                        new SalesforceConnectionException("connection reset", null), "SalesforceConnectionException"));
    }

    @ParameterizedTest
    @MethodSource("salesforceFailures")
    void lookup_returnsUnavailable_whenTheSearchThrowsASalesforceException(SalesforceException failure, String detail) {
        CallerLookup lookup = lookup((caller, profile, deadline) -> {
            searchedNumbers.add(caller.e164());
            throw failure;
        });

        LookupOutcome outcome = lookup.lookup(request(CALLER));

        assertEquals(LookupStatus.UNAVAILABLE, outcome.result().status());
        assertEquals(detail, outcome.result().detail(), "the error code, never Salesforce's message");
        assertEquals(CALLER, outcome.result().callerNumber(), "the pop can still offer the number");
        assertEquals(List.of(), outcome.result().matches());
        Map<String, String> flow = outcome.flowAttributes();
        assertEquals("UNAVAILABLE", flow.get(FlowResponse.LOOKUP_STATUS));
        assertEquals("0", flow.get(FlowResponse.MATCH_COUNT));
        assertEquals(CALLER, flow.get(FlowResponse.CALLER_NUMBER));
        assertEquals(PopTokenVerdict.VALID, tokens.verify(flow.get(FlowResponse.POP_TOKEN), CONTACT_ID));
        assertEquals(outcome.result(), stored(), "the pop looks the caller up again from an UNAVAILABLE state");
    }

    @Test
    void lookup_returnsUnavailable_whenTheSearchOutlastsTheRequestsBudget() {
        CallerLookup lookup = lookup(blockedSearch());

        LookupOutcome outcome =
                lookup.lookup(new LookupRequest(CONTACT_ID, CALLER, null, Profile.DEFAULT_NAME, Duration.ofMillis(50)));

        assertEquals(LookupStatus.UNAVAILABLE, outcome.result().status());
        assertEquals(
                "Salesforce did not answer within the deadline",
                outcome.result().detail());
        assertEquals(CALLER, outcome.result().callerNumber());
        assertEquals("UNAVAILABLE", outcome.flowAttributes().get(FlowResponse.LOOKUP_STATUS));
        assertEquals("0", outcome.flowAttributes().get(FlowResponse.MATCH_COUNT));
    }

    @Test
    void lookup_returnsUnavailable_whenTheSearchOutlastsTheProfilesShorterDeadline() {
        profiles.put("impatient", new Profile("impatient", null, null, 50, 900, 86_400, 10, null, null, null, null));
        CallerLookup lookup = lookup(blockedSearch());

        LookupOutcome outcome = lookup.lookup(new LookupRequest(CONTACT_ID, CALLER, null, "impatient", BUDGET));

        assertEquals(LookupStatus.UNAVAILABLE, outcome.result().status());
        assertEquals(
                "Salesforce did not answer within the deadline",
                outcome.result().detail());
    }

    @Test
    void lookup_storesTheResultUnderTheContactId_forTheScreenPopAndTheCallLog() {
        CallerLookup lookup = lookup(answering(contact(ADA, "Ada Lovelace", "Phone", "4155550123", "2026-11-01")
                .build()));

        LookupOutcome outcome = lookup.lookup(request(CALLER));

        LookupResult stored = stored();
        assertEquals(outcome.result(), stored);
        assertEquals(CONTACT_ID, stored.contactId());
        assertEquals(Profile.DEFAULT_NAME, stored.profile());
        assertEquals(LookupStatus.MATCH, stored.status());
        assertEquals(CALLER, stored.callerNumber());
        assertEquals(List.of(ADA), ids(stored));
        assertEquals(CLOCK.instant(), stored.lookedUpAt());
    }

    @Test
    void lookup_givesTheSameAnswer_whenConnectRetriesTheSameContact() {
        CallerLookup lookup = lookup(answering(
                contact(ADA, "Ada Lovelace", "Phone", "4155550123", "2026-11-01")
                        .build(),
                contact(GRACE, "Grace Hopper", "Phone", "4155550123", "2026-11-02")
                        .build()));

        LookupOutcome first = lookup.lookup(request(CALLER));
        LookupOutcome retry = lookup.lookup(request(CALLER));

        assertEquals(first.flowAttributes(), retry.flowAttributes());
        assertEquals(first.result(), retry.result());
        assertEquals(retry.result(), stored());
        assertEquals(LookupStatus.MULTIPLE, retry.result().status());
        assertEquals(List.of(GRACE, ADA), ids(retry.result()), "most recently modified first, both times");
    }

    @Test
    void lookup_replacesTheStoredResult_whenARetrySucceedsAfterAnOutage() {
        List<Boolean> salesforceDown = new CopyOnWriteArrayList<>(List.of(true));
        CallerLookup lookup = lookup((caller, profile, deadline) -> {
            if (salesforceDown.getFirst()) {
                throw new ServiceUnavailableException(503, errors("SERVER_UNAVAILABLE"));
            }
            return List.of(contact(ADA, "Ada Lovelace", "Phone", "4155550123", "2026-11-01")
                    .build());
        });

        assertEquals(
                LookupStatus.UNAVAILABLE,
                lookup.lookup(request(CALLER)).result().status());
        salesforceDown.set(0, false);
        LookupOutcome retry = lookup.lookup(request(CALLER));

        assertEquals(LookupStatus.MATCH, retry.result().status());
        assertEquals(retry.result(), stored());
    }

    @Test
    void lookup_stillAnswers_whenTheContactStateCannotBeStored() {
        ContactStateStore failing = new ContactStateStore() {
            @Override
            public void save(LookupResult result, Duration ttl) {
                throw new IllegalStateException("DynamoDB throttled");
            }

            @Override
            public Optional<LookupResult> find(String contactId) {
                return Optional.empty();
            }
        };
        CallerLookup lookup = new CallerLookup(
                this::profile,
                answering(contact(ADA, "Ada Lovelace", "Phone", "4155550123", "2026-11-01")
                        .build()),
                failing,
                tokens,
                executor,
                CLOCK,
                logs.log(CallerLookup.class),
                quietMetrics(),
                SalesforceGuard.unguarded());

        LookupOutcome outcome = lookup.lookup(request(CALLER));

        assertEquals(LookupStatus.MATCH, outcome.result().status());
        assertEquals(List.of("could not store the contact state"), logs.messagesAt(JsonLog.Level.ERROR));
    }

    @Test
    void lookup_answersWithoutAPopToken_whenTheKeyCannotBeRead() {
        PopTokenService noKeys = new PopTokenService(
                () -> {
                    throw new IllegalStateException("Secrets Manager unavailable");
                },
                CLOCK);
        CallerLookup lookup = new CallerLookup(
                this::profile,
                answering(contact(ADA, "Ada Lovelace", "Phone", "4155550123", "2026-11-01")
                        .build()),
                states,
                noKeys,
                executor,
                CLOCK,
                logs.log(CallerLookup.class),
                quietMetrics(),
                SalesforceGuard.unguarded());

        LookupOutcome outcome = lookup.lookup(request(CALLER));

        assertEquals(LookupStatus.MATCH, outcome.result().status());
        assertEquals("", outcome.popToken());
        assertEquals("", outcome.flowAttributes().get(FlowResponse.POP_TOKEN));
        assertEquals(outcome.result(), stored());
    }

    @Test
    void lookup_logsItsOutcomeByContactId_withTheCallerNumberMasked() {
        CallerLookup lookup = lookup(answering(contact(ADA, "Ada Lovelace", "Phone", "4155550123", "2026-11-01")
                .build()));

        lookup.lookup(request(CALLER));

        List<JsonNode> lines = logs.lines().stream()
                .filter(line -> line.path("message").asText().equals("caller lookup"))
                .toList();
        assertEquals(1, lines.size());
        JsonNode line = lines.getFirst();
        assertEquals(CONTACT_ID, line.path("contactId").asText());
        assertEquals("MATCH", line.path("lookupStatus").asText());
        assertEquals(1, line.path("matchCount").asInt());
        assertEquals(PhoneMasking.mask(CALLER), line.path("caller").asText());
        assertNotEquals(CALLER, line.path("caller").asText());
        for (JsonNode any : logs.lines()) {
            assertFalse(any.toString().contains("4155550123"), any.toString());
        }
    }

    // --- helpers

    private CallerLookup lookup(CallerSearch search) {
        return new CallerLookup(
                this::profile,
                search,
                states,
                tokens,
                executor,
                CLOCK,
                logs.log(CallerLookup.class),
                quietMetrics(),
                SalesforceGuard.unguarded());
    }

    /** The named profile if the test set one, else the defaults under that name. */
    private Profile profile(String name) {
        profilesAsked.add(name);
        return profiles.getOrDefault(name, Profile.defaults(name));
    }

    private CallerSearch answering(SObject... records) {
        return (caller, profile, deadline) -> {
            searchedNumbers.add(caller.e164());
            return List.of(records);
        };
    }

    /** A search that is still waiting for Salesforce when the deadline passes (released when the test ends). */
    private CallerSearch blockedSearch() {
        return (caller, profile, deadline) -> {
            searchedNumbers.add(caller.e164());
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SalesforceTimeoutException("interrupted", e);
            }
            return List.of(contact(ADA, "Ada Lovelace", "Phone", "4155550123", "2026-11-01")
                    .build());
        };
    }

    private static LookupRequest request(String callerId) {
        return new LookupRequest(CONTACT_ID, callerId, "+18005550199", Profile.DEFAULT_NAME, BUDGET);
    }

    private LookupResult stored() {
        return states.find(CONTACT_ID).orElseThrow(() -> new AssertionError("no result stored for the contact"));
    }

    private static EmfMetrics quietMetrics() {
        return new EmfMetrics(
                "test", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), CLOCK);
    }

    private static Profile parse(String json) {
        return new ProfileParser().parse(json);
    }

    private static List<SalesforceError> errors(String code) {
        return List.of(new SalesforceError(code, "Salesforce's own words", List.of()));
    }

    private static List<String> ids(LookupResult result) {
        return result.matches().stream().map(CallerMatch::id).toList();
    }

    private static RecordBuilder contact(String id, String name, String phoneField, String phone, String modified) {
        return record("Contact", id, name, phoneField, phone, modified);
    }

    private static RecordBuilder record(
            String type, String id, String name, String phoneField, String phone, String modifiedDate) {
        return new RecordBuilder(type)
                .with("Id", id)
                .with("Name", name)
                .with(phoneField, phone)
                .with("LastModifiedDate", modifiedDate + "T10:00:00.000+0000");
    }

    /** A search result as Salesforce returns it. */
    private static final class RecordBuilder {
        private final String type;
        private final Map<String, Object> fields = new HashMap<>();

        RecordBuilder(String type) {
            this.type = type;
        }

        RecordBuilder with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        SObject build() {
            return SObject.of(type, fields);
        }
    }
}
