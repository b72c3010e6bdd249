package io.ctibridge.cli.users;

import io.ctibridge.core.salesforce.SalesforceApiException;
import io.ctibridge.core.salesforce.SalesforceException;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.api.SaveError;
import io.ctibridge.core.salesforce.api.SaveResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Carries out a plan: sets {@code User.CallCenterId} with sObject Collections, at most 200 users per call, each
 * user saved on its own so that one refused user does not hold back the others. A batch the API refuses as a
 * whole fails its users and the run goes on with the next batch. Nothing is retried: running the command again
 * retries exactly the users that still differ.
 */
public final class CallCenterAssigner {

    private final SalesforceApi api;
    private final int batchSize;

    public CallCenterAssigner(SalesforceApi api) {
        this(api, SalesforceApi.MAX_COLLECTION_SIZE);
    }

    CallCenterAssigner(SalesforceApi api, int batchSize) {
        this.api = Objects.requireNonNull(api, "api");
        if (batchSize < 1 || batchSize > SalesforceApi.MAX_COLLECTION_SIZE) {
            throw new IllegalArgumentException("batch size must be 1 to " + SalesforceApi.MAX_COLLECTION_SIZE);
        }
        this.batchSize = batchSize;
    }

    public List<UserOutcome> apply(AssignmentPlan plan) {
        List<UserOutcome> changes = new ArrayList<>();
        List<SalesforceUser> users = plan.toChange();
        for (int from = 0; from < users.size(); from += batchSize) {
            changes.addAll(save(plan.target(), users.subList(from, Math.min(from + batchSize, users.size()))));
        }
        return plan.outcomes(changes);
    }

    private List<UserOutcome> save(CallCenterRef target, List<SalesforceUser> batch) {
        List<SObject> records = batch.stream()
                .map(user -> SObject.of("User", Map.of("Id", user.id(), "CallCenterId", target.id())))
                .toList();
        List<SaveResult> results;
        try {
            results = api.updateCollection(records);
        } catch (SalesforceException e) {
            String reason = e instanceof SalesforceApiException refused
                            && !refused.salesforceMessage().isBlank()
                    ? e.getMessage() + ": " + refused.salesforceMessage()
                    : e.getMessage();
            return batch.stream().map(user -> failed(user, reason)).toList();
        }
        List<UserOutcome> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            SalesforceUser user = batch.get(i);
            if (i >= results.size()) {
                outcomes.add(failed(user, "Salesforce answered no result for this user"));
            } else if (results.get(i).success()) {
                outcomes.add(
                        new UserOutcome(user.username(), UserOutcome.Status.CHANGED, AssignmentPlan.previously(user)));
            } else {
                outcomes.add(failed(user, describe(results.get(i).errors())));
            }
        }
        return outcomes;
    }

    private static UserOutcome failed(SalesforceUser user, String reason) {
        return new UserOutcome(user.username(), UserOutcome.Status.FAILED, reason.replaceAll("\\s*\\R\\s*", " "));
    }

    private static String describe(List<SaveError> errors) {
        if (errors.isEmpty()) {
            return "refused without a reason";
        }
        return errors.stream()
                .map(error -> error.statusCode() + (error.message().isBlank() ? "" : ": " + error.message()))
                .collect(Collectors.joining("; "));
    }
}
