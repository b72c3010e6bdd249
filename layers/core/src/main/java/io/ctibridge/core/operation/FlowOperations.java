package io.ctibridge.core.operation;

import io.ctibridge.core.config.FlowOperation;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.store.ProfileReader;
import io.ctibridge.core.contact.ContactStateStore;
import io.ctibridge.core.contact.OperationRecordStore;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.SalesforceApiException;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.guard.SalesforceGuard;
import io.ctibridge.core.time.Deadline;
import io.ctibridge.core.time.FlowDeadlines;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a contact flow's named operation within the profile's deadline, whatever Salesforce does: find the operation,
 * check its inputs, make its one Salesforce round trip, keep what it did under the contact. Failures and slowness
 * become {@link OperationStatus#UNAVAILABLE}, never an exception, so the contact flow keeps going.
 */
public final class FlowOperations {

    private final ProfileReader profiles;
    private final Supplier<SalesforceApi> salesforce;
    private final ContactStateStore states;
    private final OperationRecordStore records;
    private final ExecutorService work;
    private final OperationSettings settings;
    private final Clock clock;
    private final JsonLog log;
    private final EmfMetrics metrics;
    private final SalesforceGuard guard;

    /**
     * @param work  runs each operation so that the deadline holds even if a call ignores its own timeout
     * @param guard the environment's guard: the org's API budget and the breaker hold operations back as they hold
     *              the lookup
     */
    public FlowOperations(
            ProfileReader profiles,
            Supplier<SalesforceApi> salesforce,
            ContactStateStore states,
            OperationRecordStore records,
            ExecutorService work,
            OperationSettings settings,
            Clock clock,
            JsonLog log,
            EmfMetrics metrics,
            SalesforceGuard guard) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.salesforce = Objects.requireNonNull(salesforce, "salesforce");
        this.states = Objects.requireNonNull(states, "states");
        this.records = Objects.requireNonNull(records, "records");
        this.work = Objects.requireNonNull(work, "work");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    public OperationAnswer run(OperationRequest request) {
        long started = System.nanoTime();
        Profile profile = profiles.get(request.profileName());
        // The deadline runs from the call's arrival: a slow profile read spends the same budget.
        FlowDeadlines deadlines = FlowDeadlines.since(started, profile.lookupDeadlineMs(), request.timeBudget());
        Deadline deadline = deadlines.answer();
        Deadline salesforceDeadline = deadlines.salesforce();

        Optional<FlowOperation> operation = profile.operation(request.operation());
        OperationAnswer answer;
        if (operation.isEmpty()) {
            answer = OperationAnswer.failed(
                    request.operation(),
                    OperationStatus.INVALID_INPUT,
                    "operation",
                    "profile " + profile.profile() + " has no such operation");
        } else {
            answer = run(request, operation.get(), deadline, salesforceDeadline)
                    .withFieldKeys(operation.get().returnFields());
        }
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        logOutcome(request, profile, answer, elapsedMs);
        metrics.count("Operation", "Outcome", answer.status().name(), elapsedMs);
        guard.publishUsage(metrics);
        return answer;
    }

    private OperationAnswer run(
            OperationRequest request, FlowOperation operation, Deadline deadline, Deadline salesforceDeadline) {
        InputBinder.Result bound = InputBinder.bind(operation, request.parameters());
        if (bound instanceof InputBinder.Invalid invalid) {
            return OperationAnswer.failed(
                    operation.name(),
                    OperationStatus.INVALID_INPUT,
                    invalid.input(),
                    "input " + invalid.input() + " " + invalid.reason());
        }
        Optional<String> refused = guard.lookupRefusal();
        if (refused.isPresent()) {
            return unavailable(operation, refused.get());
        }
        CallValues values = new CallValues(request, ((InputBinder.Bound) bound).values(), states, records, clock);
        OperationRun run = new OperationRun(
                operation,
                request,
                values,
                records,
                () -> salesforce.get().withDeadline(salesforceDeadline),
                deadline,
                settings,
                clock,
                log);
        Future<OperationAnswer> running = work.submit(run::execute);
        try {
            OperationAnswer answer = running.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
            guard.lookupSucceeded();
            return answer;
        } catch (TimeoutException e) {
            running.cancel(true);
            guard.lookupFailed(null);
            return unavailable(operation, "Salesforce did not answer within the deadline");
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof OperationRun.InDoubtException)) {
                // A create held back for an earlier attempt says nothing about Salesforce's health.
                guard.lookupFailed(e.getCause());
            }
            return unavailable(operation, describe(e.getCause()));
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            return unavailable(operation, "interrupted");
        }
    }

    private void logOutcome(OperationRequest request, Profile profile, OperationAnswer answer, long elapsedMs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("contactId", request.contactId());
        fields.put("profile", profile.profile());
        fields.put("operation", answer.operation());
        fields.put("operationStatus", answer.status().name());
        fields.put("recordId", answer.recordId());
        fields.put("detail", answer.detail());
        fields.put("elapsedMs", elapsedMs);
        log.info("flow operation", fields);
    }

    private static OperationAnswer unavailable(FlowOperation operation, String why) {
        return OperationAnswer.failed(operation.name(), OperationStatus.UNAVAILABLE, "", why);
    }

    /** A reason for logs and support without anything the caller typed or Salesforce returned as data. */
    static String describe(Throwable failure) {
        if (failure instanceof SalesforceApiException api) {
            return "Salesforce error " + api.errorCode();
        }
        if (failure instanceof OperationRun.InDoubtException inDoubt) {
            return inDoubt.getMessage();
        }
        return failure == null ? "unknown failure" : failure.getClass().getSimpleName();
    }
}
