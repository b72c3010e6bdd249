package io.ctibridge.reliability;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.calllog.CallLogSettings;
import io.ctibridge.core.config.CallLogDestination;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.config.store.StoredProfile;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.DeploymentSettings;
import io.ctibridge.core.root.OutsideWorld;
import io.ctibridge.emulator.Faults;
import io.ctibridge.function.contactanalysis.ContactAnalysisHandler;
import io.ctibridge.function.contactrecord.ContactRecordHandler;
import io.ctibridge.local.CrashingLedger;
import io.ctibridge.local.DeadLetterQueueReader;
import io.ctibridge.local.LambdaContext;
import io.ctibridge.local.LocalStack;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stream of contact records through the real Kinesis handler while Salesforce and the ledger fail at random, as
 * Lambda would drive it (batches, partial failures redelivered from the lowest failed record). Then the org and
 * the dead-letter queue are read back: every contact is exactly one Task or a dead letter with its reason.
 *
 * <p>Per invocation, one of: nothing, a 503, every third call a 500, a Salesforce slower than the invocation's
 * budget, REQUEST_LIMIT_EXCEEDED, reset connections, rows that cannot be locked. Throughout: contacts whose Task a
 * validation rule refuses, a crash between the Task's creation and the ledger write for some contacts, duplicate
 * deliveries, later versions of a record delivered before the earlier one, records that are not CTRs. Contact Lens
 * analyses too, whatever the destination: one per contact, for some a newer second one delivered first, some events
 * delivered twice, each at a random point of the stream (before or after its Task or VoiceCall), under the same
 * faults; a delivery the handler fails is delivered again later, as Lambda's asynchronous retries would. Every Task
 * and VoiceCall must end with its contact's newest analysis.
 */
public final class CallLogChaos {

    /** The function's timeout in the suite: with the handler's 10 s reserve, 3 s of work per invocation. */
    static final Duration INVOCATION_TIMEOUT = Duration.ofSeconds(13);

    private static final int BATCH_SIZE = 100;
    private static final int MAX_ATTEMPTS = 60;
    private static final Duration IN_DOUBT_GRACE = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CALLERS =
            List.of("+14155550199", "+14155550123", "+442079460958", "+14155559876", "anonymous");

    private final LocalStack stack;
    private final Random random;
    private final Map<String, Integer> faults = new TreeMap<>();
    private final CallLogDestination destination;
    private AnalysisChaos analyses;

    public CallLogChaos(LocalStack stack, long seed) {
        this(stack, seed, CallLogDestination.TASK);
    }

    /**
     * The same chaos with the default profile logging to {@code destination}: VoiceCall and both add faults of the
     * Telephony Integration API (429s, 503s) to the ones above, which (latency, reset connections) hit it too.
     */
    public CallLogChaos(LocalStack stack, long seed, CallLogDestination destination) {
        this.stack = stack;
        this.random = new Random(seed);
        this.destination = destination;
    }

    public CallLogFigures run(int contacts) {
        StoredProfile original = stack.profiles().get("default").orElseThrow();
        if (destination != CallLogDestination.TASK) {
            stack.profiles().put(withDestination(original.profile(), destination), "reliability");
        }
        try {
            return runWithProfile(contacts);
        } finally {
            if (destination != CallLogDestination.TASK) {
                stack.profiles().put(original.profile(), "reliability");
            }
        }
    }

    private static Profile withDestination(Profile profile, CallLogDestination destination) {
        ProfileParser parser = new ProfileParser();
        try {
            ObjectNode document = (ObjectNode) JSON.readTree(parser.toJson(profile));
            ObjectNode callLog =
                    document.has("callLog") && document.get("callLog").isObject()
                            ? (ObjectNode) document.get("callLog")
                            : document.putObject("callLog");
            callLog.put("destination", destination.spelling());
            return parser.parse(document.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CallLogFigures runWithProfile(int contacts) {
        long started = System.nanoTime();
        Plan plan = plan(contacts);
        CrashingLedger ledger = CrashingLedger.onceFor(stack.tables().callLogLedger(), plan.crashing);
        // The budget's cool-down after REQUEST_LIMIT_EXCEEDED shortened to a second, as the grace is below: the
        // deferral is the same, the run stays short.
        CompositionRoot root =
                new CompositionRoot(OutsideWorld.fromEnvironment(stack.functionEnvironment(), Clock.systemUTC())
                        .withSettings(Map.of(DeploymentSettings.SALESFORCE_API_COOL_DOWN_SECONDS, "1"))
                        .withAwsInterceptor(ledger));
        // Pauses off: the suite's redelivery loop paces itself; the in-call lock retry keeps its half second. The
        // grace for creates in doubt covers the emulator's late commit (4 s after the request, so at most ~2 s after
        // the client gave up), shorter than the default minute so the run stays short.
        CallLogSettings settings = new CallLogSettings(
                Duration.ofMillis(500),
                Duration.ZERO,
                Duration.ZERO,
                Duration.ofSeconds(10),
                Duration.ofMinutes(15),
                16,
                IN_DOUBT_GRACE);
        ContactRecordHandler handler =
                new ContactRecordHandler(root.callLogger(settings), root.log(ContactRecordHandler.class));
        analyses = new AnalysisChaos(stack.contactLensFiles(), new ContactAnalysisHandler(root), random);
        analyses.plan(plan.contacts);
        KinesisShard.Delivered delivered = plan.shard.deliver(
                BATCH_SIZE, MAX_ATTEMPTS, batch -> invoke(handler, batch, plan), () -> sleep(Duration.ofMillis(200)));
        stack.salesforce().faults().reset();
        if (analyses != null) {
            analyses.deliverRest(MAX_ATTEMPTS);
            analyses.counts().forEach((kind, n) -> faults.merge(kind, n, Integer::sum));
        }
        faults.put("crash before ledger write", ledger.crashes());
        return figures(
                plan,
                delivered,
                new DeadLetterQueueReader(root.aws().sqs(), stack.callLogDeadLetterQueueUrl()).drain(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private StreamsEventResponse invoke(ContactRecordHandler handler, KinesisEvent batch, Plan plan) {
        Faults salesforce = stack.salesforce().faults();
        salesforce.reset();
        // A validation rule the org has: these contacts' Tasks are refused for good.
        salesforce.failRecordsMatching(
                task -> plan.rejected.contains(String.valueOf(task.get("CallObject"))),
                "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                "Calls need a product line");
        armRandomFault(salesforce);
        try {
            if (analyses != null) {
                analyses.deliverSome();
            }
            return handler.handleEvent(batch, new LambdaContext("ctibridge-reliability", INVOCATION_TIMEOUT));
        } finally {
            salesforce.reset();
        }
    }

    private void armRandomFault(Faults salesforce) {
        int dice = random.nextInt(100);
        if (destination != CallLogDestination.TASK && dice < 25) {
            // The Telephony Integration API's own faults, on top of latency and resets, which hit it as well.
            if (dice < 15) {
                salesforce.failTelephonyNext(1 + random.nextInt(4), 429);
                faults.merge("Telephony API 429 on the next calls", 1, Integer::sum);
            } else {
                salesforce.failTelephonyNext(1 + random.nextInt(2), 503);
                faults.merge("Telephony API 503 on the next calls", 1, Integer::sum);
            }
            return;
        }
        if (dice < 40) {
            return;
        }
        String kind;
        if (dice < 52) {
            kind = "503 on the next call";
            salesforce.failNext(1, 503, "SERVER_UNAVAILABLE", "try later");
        } else if (dice < 60) {
            kind = "500 on every 3rd call";
            salesforce.failEvery(3, 500, "UNKNOWN_EXCEPTION", "An unexpected error occurred");
        } else if (dice < 65) {
            kind = "timeout (latency over the budget)";
            salesforce.latency(Duration.ofSeconds(4));
        } else if (dice < 70) {
            kind = "REQUEST_LIMIT_EXCEEDED";
            salesforce.limitExceeded(true);
        } else if (dice < 77) {
            kind = "connection reset";
            salesforce.dropConnections(2);
        } else {
            kind = "UNABLE_TO_LOCK_ROW on some records";
            Set<String> lockedOnce = ConcurrentHashMap.newKeySet();
            int share = 2 + random.nextInt(8);
            // Locked for a moment: most succeed on the in-call retry, some (locked twice) come back via Kinesis.
            salesforce.failRecordsMatching(
                    task -> {
                        String key = String.valueOf(task.getOrDefault("CallObject", task.get("Id")));
                        return Math.floorMod(key.hashCode(), share) == 0
                                && (lockedOnce.add(key) || key.hashCode() % 3 == 0);
                    },
                    "UNABLE_TO_LOCK_ROW",
                    "unable to obtain exclusive access to this record");
        }
        faults.merge(kind, 1, Integer::sum);
    }

    /** Which contacts get which treatment, and the stream in the order Kinesis will deliver it. */
    private Plan plan(int contacts) {
        Plan plan = new Plan();
        List<byte[]> late = new ArrayList<>();
        for (int i = 0; i < contacts; i++) {
            String contactId = UUID.randomUUID().toString();
            String caller = CALLERS.get(random.nextInt(CALLERS.size()));
            plan.contacts.add(contactId);
            byte[] first = json(ContactRecords.answered(contactId, caller, 0));
            plan.latestVersion.put(contactId, 0);
            int dice = random.nextInt(100);
            if (dice < 15) {
                // A later version of the record; for a third of them it arrives before the first one.
                byte[] second = json(ContactRecords.answered(contactId, caller, 1));
                plan.latestVersion.put(contactId, 1);
                if (dice < 5) {
                    plan.shard.put(second);
                    late.add(first);
                    plan.outOfOrder.add(contactId);
                    count("out-of-order versions");
                } else {
                    plan.shard.put(first);
                    late.add(second);
                    count("later versions");
                }
            } else {
                plan.shard.put(first);
            }
            if (random.nextInt(100) < 10) {
                late.add(first);
                plan.duplicated.add(contactId);
                count("duplicate deliveries");
            }
            if (random.nextInt(100) < 2) {
                plan.rejected.add(contactId);
                count("refused by a validation rule");
            } else if (random.nextInt(100) < 3) {
                plan.crashing.add(contactId);
            }
            if (random.nextInt(100) < 1) {
                byte[] garbage = ("not a contact record " + i).getBytes(StandardCharsets.UTF_8);
                plan.malformed.add(plan.shard.put(garbage));
                count("malformed records");
            }
            // Late copies trickle in among the following records, as they do on a busy stream.
            if (!late.isEmpty() && random.nextInt(4) == 0) {
                plan.shard.put(late.remove(random.nextInt(late.size())));
            }
        }
        late.forEach(plan.shard::put);
        return plan;
    }

    private CallLogFigures figures(Plan plan, KinesisShard.Delivered delivered, List<JsonNode> letters, long millis) {
        Set<String> ours = new HashSet<>(plan.contacts);
        Map<String, List<Map<String, Object>>> tasksByContact = new HashMap<>();
        for (Map<String, Object> task : stack.salesforce().records().all("Task")) {
            String callObject = String.valueOf(task.get("CallObject"));
            if (ours.contains(callObject)) {
                tasksByContact
                        .computeIfAbsent(callObject, k -> new ArrayList<>())
                        .add(task);
            }
        }
        Map<String, Integer> deadLettered = new TreeMap<>();
        Set<String> deadContacts = new HashSet<>();
        Set<String> deadItems = new HashSet<>();
        for (JsonNode letter : letters) {
            deadLettered.merge(letter.path("reason").asText("?"), 1, Integer::sum);
            deadContacts.add(letter.path("contactId").asText(""));
            deadItems.add(letter.path("itemId").asText(""));
        }
        int tasks = 0;
        int duplicates = 0;
        int lost = 0;
        List<String> staleDetails = new ArrayList<>();
        for (String contactId : plan.contacts) {
            List<Map<String, Object>> found = tasksByContact.getOrDefault(contactId, List.of());
            tasks += found.size();
            duplicates += Math.max(0, found.size() - 1);
            if (found.isEmpty() && !deadContacts.contains(contactId)) {
                lost++;
            }
            int expected = ContactRecords.durationSeconds(plan.latestVersion.get(contactId));
            String duration = found.size() == 1
                    ? String.valueOf(found.getFirst().get("CallDurationInSeconds"))
                            .replace(".0", "")
                    : null;
            if (duration != null && !String.valueOf(expected).equals(duration)) {
                staleDetails.add("contact " + contactId + ": Task of " + duration + " s, latest version " + expected
                        + " s; " + plan.treatments(contactId));
            }
        }
        for (String sequenceNumber : plan.malformed) {
            if (!deadItems.contains(sequenceNumber)) {
                lost++;
            }
        }
        int voiceCalls = 0;
        int voiceCallDuplicates = 0;
        Map<String, List<Map<String, Object>>> callsByContact = new HashMap<>();
        if (destination.writesVoiceCall()) {
            for (Map<String, Object> call : stack.salesforce().records().all("VoiceCall")) {
                String key = String.valueOf(call.get("VendorCallKey"));
                if (ours.contains(key)) {
                    callsByContact.computeIfAbsent(key, k -> new ArrayList<>()).add(call);
                }
            }
            for (String contactId : plan.contacts) {
                List<Map<String, Object>> found = callsByContact.getOrDefault(contactId, List.of());
                voiceCalls += found.size();
                voiceCallDuplicates += Math.max(0, found.size() - 1);
                if (found.isEmpty() && !deadContacts.contains(contactId)) {
                    lost++;
                }
                int expected = ContactRecords.durationSeconds(plan.latestVersion.get(contactId)) + 60;
                String duration = found.size() == 1
                        ? String.valueOf(found.getFirst().get("CallDurationInSeconds"))
                                .replace(".0", "")
                        : null;
                if (duration != null && !String.valueOf(expected).equals(duration)) {
                    staleDetails.add("contact " + contactId + ": VoiceCall of " + duration + " s, latest version "
                            + expected + " s; " + plan.treatments(contactId));
                }
            }
        }
        if (!destination.writesTask()) {
            // No Task is expected: the Task figures above counted every contact as lost.
            lost -= (int) plan.contacts.stream()
                    .filter(id -> !tasksByContact.containsKey(id) && !deadContacts.contains(id))
                    .count();
        }
        return new CallLogFigures(
                destination.spelling(),
                plan.contacts.size(),
                plan.shard.size(),
                delivered.invocations(),
                new TreeMap<>(faults),
                tasks,
                duplicates,
                voiceCalls,
                voiceCallDuplicates,
                deadLettered,
                lost,
                staleDetails,
                delivered.abandoned(),
                millis,
                analyses == null ? 0 : analyses.delivered(),
                analyses == null
                        ? 0
                        : analyses.undelivered() + analyses.lost(tasksByContact) + analyses.lost(callsByContact));
    }

    private void count(String kind) {
        faults.merge(kind, 1, Integer::sum);
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
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

    private static final class Plan {
        final KinesisShard shard = new KinesisShard();
        final List<String> contacts = new ArrayList<>();
        final Map<String, Integer> latestVersion = new HashMap<>();
        final Set<String> rejected = new HashSet<>();
        final Set<String> crashing = new HashSet<>();
        final List<String> malformed = new ArrayList<>();
        final Set<String> outOfOrder = new HashSet<>();
        final Set<String> duplicated = new HashSet<>();

        /** How the plan treated a contact, for a figure that needs explaining. */
        String treatments(String contactId) {
            return "later version " + (latestVersion.get(contactId) > 0) + ", delivered before the first "
                    + outOfOrder.contains(contactId) + ", delivered twice " + duplicated.contains(contactId)
                    + ", crash before ledger write " + crashing.contains(contactId);
        }
    }
}
