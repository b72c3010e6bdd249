package io.ctibridge.cli.users;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The users a run would touch, split before anything is written: those whose {@code CallCenterId} differs, those
 * that already have the call center, and requested usernames that are not active users.
 */
public record AssignmentPlan(
        CallCenterRef target,
        List<SalesforceUser> toChange,
        List<SalesforceUser> unchanged,
        List<String> missingUsernames) {

    public AssignmentPlan {
        Objects.requireNonNull(target, "target");
        toChange = List.copyOf(toChange);
        unchanged = List.copyOf(unchanged);
        missingUsernames = List.copyOf(missingUsernames);
    }

    public static AssignmentPlan of(CallCenterRef target, List<SalesforceUser> users, List<String> missingUsernames) {
        return new AssignmentPlan(
                target,
                users.stream().filter(user -> !user.isAssignedTo(target)).toList(),
                users.stream().filter(user -> user.isAssignedTo(target)).toList(),
                missingUsernames);
    }

    /** What a run would do, without doing it. */
    public List<UserOutcome> preview() {
        return outcomes(toChange.stream()
                .map(user -> new UserOutcome(user.username(), UserOutcome.Status.WOULD_CHANGE, previously(user)))
                .toList());
    }

    /** The outcomes of a run: {@code changes} (one per user to change), then the users left alone and missing. */
    List<UserOutcome> outcomes(List<UserOutcome> changes) {
        return Stream.of(
                        changes.stream(),
                        unchanged.stream()
                                .map(user -> new UserOutcome(user.username(), UserOutcome.Status.UNCHANGED, "")),
                        missingUsernames.stream()
                                .map(username -> new UserOutcome(
                                        username, UserOutcome.Status.FAILED, "no active user has this username")))
                .flatMap(s -> s)
                .toList();
    }

    static String previously(SalesforceUser user) {
        return user.callCenterId() == null ? "had no call center" : "had call center " + user.callCenterId();
    }
}
