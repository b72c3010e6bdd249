package io.ctibridge.calllog;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.ctibridge.core.calllog.CallLogOutcome;
import io.ctibridge.core.calllog.CallLogger;
import io.ctibridge.core.calllog.ContactDescriber;
import io.ctibridge.core.calllog.ContactRecord;
import io.ctibridge.core.calllog.Delivery;
import io.ctibridge.core.calllog.SourcePayload;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.Deadline;
import io.ctibridge.core.wiring.FunctionEnvironment;
import io.ctibridge.core.wiring.SnapStartPriming;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Amazon Connect DISCONNECTED contact events from EventBridge: logs the call as soon as it ends, completed with
 * DescribeContact, through the same ledger as the contact-record stream, so that whichever arrives first creates
 * the Task and the contact record that follows rewrites it with its fuller account.
 *
 * <p>The input type is the events library's {@link ScheduledEvent}, its model of every EventBridge event (the
 * envelope is the same for all of them, {@code detail} a map): the runtime deserialises it with the mix-ins it
 * already has for that class, so the handler reads the envelope typed and Connect's camelCase detail by name.
 *
 * <p>A contact not logged yet fails the invocation ({@link CallNotLoggedException}) for Lambda to retry it; an
 * event that cannot be logged ever (no contactId, a Task Salesforce refuses) goes to the dead-letter queue and
 * the invocation succeeds.
 */
public final class ContactEventHandler implements RequestHandler<ScheduledEvent, Void> {

    /** Kept back from Lambda's remaining time for the ledger write after Salesforce and the logs. */
    static final Duration LAMBDA_MARGIN = Duration.ofSeconds(5);

    private final CallLogger callLogger;
    private final ContactDescriber describer;
    private final JsonLog log;

    /** Used by Lambda: real clients, built once per execution environment, primed for SnapStart. */
    public ContactEventHandler() {
        this(SnapStartPriming.register(FunctionEnvironment.fromSystem()));
    }

    /** Wired from an environment with Connect itself as the describer, as in Lambda (the CLI's invoke uses it). */
    public ContactEventHandler(FunctionEnvironment environment) {
        this(environment, CallLogWiring.contactDescriber(environment));
    }

    /** Wired from an environment such as the local stack's, with a describer that stands in for Connect there. */
    public ContactEventHandler(FunctionEnvironment environment, ContactDescriber describer) {
        this(CallLogWiring.callLogger(environment), describer, JsonLog.stdout(ContactEventHandler.class));
    }

    public ContactEventHandler(CallLogger callLogger, ContactDescriber describer, JsonLog log) {
        this.callLogger = Objects.requireNonNull(callLogger, "callLogger");
        this.describer = Objects.requireNonNull(describer, "describer");
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public Void handleRequest(ScheduledEvent event, Context context) {
        Deadline deadline = LambdaBudget.deadline(context, LAMBDA_MARGIN);
        SourcePayload payload = ContactEventReader.payload(event);
        ContactEvent contactEvent;
        try {
            contactEvent = ContactEventReader.read(event);
        } catch (ContactEventReader.MalformedEventException e) {
            String itemId = event == null || event.getId() == null ? "unknown-event" : event.getId();
            settle(callLogger.log(List.of(new Delivery.Unreadable(itemId, claimant(itemId), e.getMessage(), payload)),
                    deadline));
            return null;
        }
        if (!contactEvent.disconnected()) {
            log.info("not a DISCONNECTED event; nothing to log", Map.of("contactId", contactEvent.contactId(),
                    "eventType", contactEvent.eventType()));
            return null;
        }
        String claimant = claimant(contactEvent.eventId());
        Optional<CallLogOutcome> settled = callLogger.precheck(contactEvent.eventId(), claimant,
                contactEvent.contactId(), contactEvent.lookupKeys(), contactEvent.channel());
        if (settled.isPresent()) {
            settle(List.of(settled.get()));
            return null;
        }
        ContactRecord contact = describe(contactEvent);
        settle(callLogger.log(List.of(new Delivery.Readable(contactEvent.eventId(), claimant, contact, payload)),
                deadline));
        return null;
    }

    private ContactRecord describe(ContactEvent event) {
        try {
            // Not found may be Connect catching up with its own event: retried, then kept by the failure destination.
            return describer.describe(event.instanceArn(), event.contactId())
                    .orElseThrow(() -> new CallNotLoggedException("Amazon Connect does not know contact "
                            + event.contactId() + " of " + event.instanceArn()));
        } catch (RuntimeException e) {
            log.error("cannot describe the contact; the event comes back", Map.of("contactId", event.contactId()), e);
            throw e;
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
