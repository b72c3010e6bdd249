package io.ctibridge.function.contactevent;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.ctibridge.core.aws.LambdaEventCodec;
import io.ctibridge.core.calllog.CallLogOutcome;
import io.ctibridge.core.calllog.CallLogger;
import io.ctibridge.core.calllog.record.ContactDescriber;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.Delivery;
import io.ctibridge.core.calllog.record.SourcePayload;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.priming.CallLogPriming;
import io.ctibridge.core.priming.CannedAwsHttpClient;
import io.ctibridge.core.priming.SnapStartPriming;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.time.Deadline;
import io.ctibridge.core.time.LambdaBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * Amazon Connect DISCONNECTED contact events from EventBridge: logs the call as soon as it ends, completed with
 * DescribeContact, through the same ledger as the contact-record stream, so that whichever arrives first creates
 * the Task and the contact record that follows rewrites it with its fuller account.
 *
 * <p>The input type is the events library's {@link ScheduledEvent}, its model of every EventBridge event (the
 * envelope is the same for all of them, {@code detail} a map): the runtime's serializer reads it with the mix-ins it
 * has for that class ({@link LambdaEventCodec}, primed before the SnapStart snapshot), so the handler reads the
 * envelope typed and Connect's camelCase detail by name.
 *
 * <p>A contact not logged yet fails the invocation ({@link CallNotLoggedException}) for Lambda to retry it; an
 * event that cannot be logged ever (no contactId, a Task Salesforce refuses) goes to the dead-letter queue and
 * the invocation succeeds.
 */
public final class ContactEventHandler implements RequestStreamHandler {

    private static final LambdaEventCodec<ScheduledEvent, Void> CODEC =
            LambdaEventCodec.of(ScheduledEvent.class, Void.class);
    /** A synthetic DISCONNECTED event in this jar, read before the snapshot. */
    private static final String PRIMING_EVENT = "priming-contact-event.json";

    /** Kept back from Lambda's remaining time for the ledger write after Salesforce and the logs. */
    static final Duration LAMBDA_MARGIN = Duration.ofSeconds(5);

    private final CallLogger callLogger;
    private final ContactDescriber describer;
    private final JsonLog log;

    /** Used by Lambda: real clients, built once per execution environment, primed for SnapStart. */
    public ContactEventHandler() {
        CompositionRoot root = CompositionRoot.lambda();
        this(SnapStartPriming.register(root, () -> primeHandler(root)));
    }

    /** The services {@code root} builds, with Connect itself as the describer, as in Lambda (the CLI's invoke). */
    public ContactEventHandler(CompositionRoot root) {
        this(root, ConnectContactDescriber.fromRoot(root));
    }

    /** The services {@code root} builds (the local stack's), with a describer that stands in for Connect there. */
    public ContactEventHandler(CompositionRoot root, ContactDescriber describer) {
        this(root.callLogger(), describer, root.log(ContactEventHandler.class));
    }

    public ContactEventHandler(CallLogger callLogger, ContactDescriber describer, JsonLog log) {
        this.callLogger = Objects.requireNonNull(callLogger, "callLogger");
        this.describer = Objects.requireNonNull(describer, "describer");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Lambda's entry. An event that is not an EventBridge event fails the invocation: Lambda retries it, then the
     * rule's dead-letter queue keeps it.
     */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        CODEC.write(handleEvent(CODEC.readOrFailInvocation(input), context), output);
    }

    /** The event already read: logged, skipped or dead-lettered; {@link CallNotLoggedException} to come again. */
    public Void handleEvent(ScheduledEvent event, Context context) {
        Deadline deadline = LambdaBudget.deadline(context, LAMBDA_MARGIN);
        SourcePayload payload = ContactEventReader.payload(event);
        ContactEvent contactEvent;
        try {
            contactEvent = ContactEventReader.read(event);
        } catch (ContactEventReader.MalformedEventException e) {
            String itemId = event == null || event.getId() == null ? "unknown-event" : event.getId();
            settle(callLogger.log(
                    List.of(new Delivery.Unreadable(itemId, claimant(itemId), e.getMessage(), payload)), deadline));
            return null;
        }
        if (!contactEvent.disconnected()) {
            log.info(
                    "not a DISCONNECTED event; nothing to log",
                    Map.of("contactId", contactEvent.contactId(), "eventType", contactEvent.eventType()));
            return null;
        }
        String claimant = claimant(contactEvent.eventId());
        Optional<CallLogOutcome> settled = callLogger.precheck(
                contactEvent.eventId(),
                claimant,
                contactEvent.contactId(),
                contactEvent.lookupKeys(),
                contactEvent.channel());
        if (settled.isPresent()) {
            settle(List.of(settled.get()));
            return null;
        }
        ContactRecord contact = describe(contactEvent);
        settle(callLogger.log(
                List.of(new Delivery.Readable(contactEvent.eventId(), claimant, contact, payload)), deadline));
        return null;
    }

    private ContactRecord describe(ContactEvent event) {
        try {
            // Not found may be Connect catching up with its own event: retried, then kept by the failure destination.
            return describer
                    .describe(event.instanceArn(), event.contactId())
                    .orElseThrow(() -> new CallNotLoggedException("Amazon Connect does not know contact "
                            + event.contactId() + " of " + event.instanceArn()));
        } catch (RuntimeException e) {
            log.error("cannot describe the contact; the event comes back", Map.of("contactId", event.contactId()), e);
            throw e;
        }
    }

    /** What priming did: the call log's rounds, and the Connect calls the describer made. */
    record PrimingSummary(CallLogPriming.Summary callLog, int connectCallsAnswered) {}

    /**
     * The event's serializer, then this handler's whole path on the synthetic event in the jar: reader, ledger
     * check, DescribeContact, DescribeUser and DescribeQueue through the real Connect client, and the call log,
     * with every remote in memory ({@link CallLogPriming}, {@link CannedConnectAnswers}). A handler of its own
     * around a call log and describer of its own: nothing the priming touches is shared with this one.
     */
    static PrimingSummary primeHandler(CompositionRoot root) {
        ScheduledEvent event = CODEC.prime(ContactEventHandler.class, PRIMING_EVENT, null, SnapStartPriming.ROUNDS);
        try (CallLogPriming priming = new CallLogPriming(root);
                CannedAwsHttpClient connectAnswers = new CannedAwsHttpClient(new CannedConnectAnswers());
                ConnectClient connect = connectAnswers.client(ConnectClient.builder())) {
            for (int round = 0; round < SnapStartPriming.ROUNDS; round++) {
                // A new describer each round: a restored environment's first call has no user or queue cached.
                ContactDescriber describer =
                        new ConnectContactDescriber(connect, priming.log(ConnectContactDescriber.class));
                new ContactEventHandler(priming.callLogger(), describer, priming.log(ContactEventHandler.class))
                        .handleEvent(event, null);
            }
            return new PrimingSummary(priming.summary(), connectAnswers.answered());
        }
    }

    private static void settle(List<CallLogOutcome> outcomes) {
        outcomes.stream().filter(CallLogOutcome::needsRetry).findFirst().ifPresent(retry -> {
            throw new CallNotLoggedException("contact " + retry.contactId() + " not logged yet: " + retry.detail());
        });
    }

    /** Retries of an event keep its id: a retry takes over its own earlier claim at once. */
    private static String claimant(String eventId) {
        return ContactEventReader.SOURCE + ":" + eventId;
    }
}
