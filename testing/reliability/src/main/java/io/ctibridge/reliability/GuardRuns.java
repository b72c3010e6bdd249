package io.ctibridge.reliability;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.calllog.CallLogSettings;
import io.ctibridge.core.lookup.FlowResponse;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.DeploymentSettings;
import io.ctibridge.emulator.Faults;
import io.ctibridge.function.contactrecord.ContactRecordHandler;
import io.ctibridge.function.lookup.CallerLookupHandler;
import io.ctibridge.local.ConnectFlowEvents;
import io.ctibridge.local.DeadLetterQueueReader;
import io.ctibridge.local.LocalStack;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The org's API budget nearly spent, against the emulator: lookups shed without calling Salesforce, the call log
 * defers and loses nothing. (The breaker's run is {@link LookupFaults#sequential}.)
 */
public final class GuardRuns {

    /** The budget run: what the lookups and the call log did while the org was at the hard share. */
    public record BudgetFigures(
            int usagePercent,
            int lookups,
            Map<String, Long> lookupStatuses,
            int salesforceCallsWhileShed,
            int contacts,
            int deferredDeliveries,
            int tasks,
            int deadLetters,
            int lost,
            int abandoned) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Predicate<io.ctibridge.emulator.RecordedRequest> API_CALL =
            r -> r.path().startsWith("/services/data/");
    private static final String CALLER = LookupFaults.CALLERS.getFirst();

    private final LocalStack stack;

    public GuardRuns(LocalStack stack) {
        this.stack = stack;
    }

    /**
     * One environment at {@code usagePercent} of the org's allowance: a lookup reads the usage, {@code lookups}
     * more are shed, then {@code contacts} CTRs go through the contact-record handler on a Kinesis shard model; the
     * allowance frees up (the emulator's count set back to 0) after a few deferred deliveries, as the day's oldest
     * calls age out, and the shard is delivered until every record is through.
     */
    public BudgetFigures budget(int usagePercent, int lookups, int contacts) {
        Faults faults = stack.salesforce().faults();
        faults.reset();
        faults.apiUsed(faults.apiDailyLimit() / 100 * usagePercent);
        // The cool-down shortened to 5 s so the run is short; the behaviour is the default one.
        Map<String, String> env = new HashMap<>(stack.functionEnvironment());
        env.put(DeploymentSettings.SALESFORCE_API_COOL_DOWN_SECONDS, "5");
        CompositionRoot root = new CompositionRoot(env, Clock.systemUTC());
        CallerLookupHandler lookup =
                new CallerLookupHandler(root.callerLookup(), JsonLog.stdout(CallerLookupHandler.class));
        lookup.handleEvent(ConnectFlowEvents.inbound(CALLER, Map.of()), null);
        int callsBefore = stack.salesforce().requests().count(API_CALL);
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < lookups; i++) {
            statuses.add(lookup.handleEvent(ConnectFlowEvents.inbound(CALLER, Map.of()), null)
                    .get(FlowResponse.LOOKUP_STATUS));
        }
        int callsWhileShed = stack.salesforce().requests().count(API_CALL) - callsBefore;

        ContactRecordHandler handler = new ContactRecordHandler(
                root.callLogger(CallLogSettings.defaults().withoutWaiting()), root.log(ContactRecordHandler.class));
        KinesisShard shard = new KinesisShard();
        Set<String> contactIds = new HashSet<>();
        for (int i = 0; i < contacts; i++) {
            String contactId = UUID.randomUUID().toString();
            contactIds.add(contactId);
            shard.put(json(ContactRecords.answered(contactId, CALLER, 0)));
        }
        AtomicInteger deferred = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        KinesisShard.Delivered delivered = shard.deliver(
                100,
                60,
                batch -> {
                    StreamsEventResponse response = handler.handleEvent(batch, null);
                    deferred.addAndGet(response.getBatchItemFailures().size());
                    return response;
                },
                () -> {
                    if (attempts.incrementAndGet() == 3) {
                        faults.apiUsed(0);
                    }
                    sleep(Duration.ofMillis(500));
                });
        int tasks = (int) stack.salesforce().records().all("Task").stream()
                .filter(task -> contactIds.contains(String.valueOf(task.get("CallObject"))))
                .count();
        int deadLetters = (int) new DeadLetterQueueReader(root.aws().sqs(), stack.callLogDeadLetterQueueUrl())
                .drain().stream()
                        .filter(letter ->
                                contactIds.contains(letter.path("contactId").asText("")))
                        .count();
        faults.apiUsed(0);
        return new BudgetFigures(
                usagePercent,
                lookups,
                counts(statuses),
                callsWhileShed,
                contacts,
                deferred.get(),
                tasks,
                deadLetters,
                contacts - tasks - deadLetters,
                delivered.abandoned());
    }

    private static Map<String, Long> counts(List<String> statuses) {
        Map<String, Long> counts = new TreeMap<>();
        statuses.forEach(status -> counts.merge(status, 1L, Long::sum));
        return counts;
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
