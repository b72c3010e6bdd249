package io.ctibridge.core.pop;

import io.ctibridge.core.config.PopAction;
import io.ctibridge.core.config.PopRules;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses the pop for a lookup result by the profile's {@link PopRules}. Whatever the rules and the result, the answer
 * is something to show: an action that cannot be carried out (no record to open, a number too short to search) falls
 * back to the form the profile opens for an unknown caller.
 */
public final class PopPlanner {

    /** Open CTI refuses a {@code searchString} shorter than this. */
    static final int MIN_SEARCH_LENGTH = 3;

    private PopPlanner() {}

    public static Pop plan(LookupResult result, Profile profile) {
        return switch (ruleFor(result.status(), profile)) {
            case PopAction.OpenRecord _, PopAction.OpenTopRecord _ -> topRecordOrForm(result, profile);
            case PopAction.OpenSearch _ ->
                result.callerNumber().length() >= MIN_SEARCH_LENGTH
                        ? new Pop.ShowSearch(result.callerNumber())
                        : topRecordOrForm(result, profile);
            case PopAction.OfferList _ ->
                result.matches().isEmpty() ? unknownCaller(result, profile) : new Pop.ShowMatches();
            case PopAction.NewRecord form -> form(form, result);
            case PopAction.RunFlow flow -> flow(flow);
        };
    }

    /**
     * The form to prefill when a search finds nothing, for softphones that search themselves (Open CTI's
     * {@code searchAndScreenPop}): the status's own NEW_RECORD rule, else the one for NONE, else a New Contact form.
     */
    public static Pop.NewRecordForm newRecordForm(LookupResult result, Profile profile) {
        if (ruleFor(result.status(), profile) instanceof PopAction.NewRecord own) {
            return form(own, result);
        }
        if (ruleFor(LookupStatus.NONE, profile) instanceof PopAction.NewRecord none) {
            return form(none, result);
        }
        return form(PopAction.NewRecord.contact(), result);
    }

    private static PopAction ruleFor(LookupStatus status, Profile profile) {
        // A validated profile has a rule for every status; the default keeps an unvalidated one from blanking the
        // screen.
        return Objects.requireNonNullElseGet(profile.popRules().actionFor(status), () -> PopRules.defaultFor(status));
    }

    private static Pop topRecordOrForm(LookupResult result, Profile profile) {
        return result.best().<Pop>map(PopPlanner::record).orElseGet(() -> unknownCaller(result, profile));
    }

    /** What a found-records status pops when it has nothing to open: what an unknown caller gets. */
    private static Pop unknownCaller(LookupResult result, Profile profile) {
        return switch (ruleFor(LookupStatus.NONE, profile)) {
            case PopAction.RunFlow flow -> flow(flow);
            case PopAction.NewRecord form -> form(form, result);
            default -> form(PopAction.NewRecord.contact(), result);
        };
    }

    private static Pop.ShowRecord record(CallerMatch match) {
        return new Pop.ShowRecord(match.id(), match.objectType());
    }

    private static Pop.NewRecordForm form(PopAction.NewRecord rule, LookupResult result) {
        Map<String, Object> values = new LinkedHashMap<>();
        rule.defaultFieldValues().forEach((field, value) -> values.put(field, value.raw()));
        if (!result.callerNumber().isEmpty()) {
            // The number this call came from beats a configured default for the same field.
            values.put(rule.phoneField(), result.callerNumber());
        }
        return new Pop.NewRecordForm(rule.object(), values);
    }

    private static Pop.RunFlow flow(PopAction.RunFlow rule) {
        return new Pop.RunFlow(
                rule.flowDevName(),
                rule.flowArgs().stream()
                        .map(arg -> new Pop.FlowInput(
                                arg.name(),
                                arg.type(),
                                arg.value() == null ? null : arg.value().raw()))
                        .toList());
    }
}
