package io.ctibridge.core.config.parse;

import io.ctibridge.core.config.PopAction;
import io.ctibridge.core.config.PopRules;
import io.ctibridge.core.contact.LookupStatus;
import java.util.List;

/** Rules for {@code popRules}: every status pops something that fits it, and no caller gets a blank screen. */
final class PopRulesCheck {

    private PopRulesCheck() {}

    static void check(PopRules rules, Violations violations) {
        for (LookupStatus status : LookupStatus.values()) {
            PopAction action = rules.actionFor(status);
            String path = "popRules." + status;
            switch (status) {
                case MATCH ->
                    violations.require(
                            action instanceof PopAction.OpenRecord,
                            path,
                            "must be RECORD: a single match opens that record" + butWas(action));
                case MULTIPLE ->
                    violations.require(
                            action instanceof PopAction.OpenSearch
                                    || action instanceof PopAction.OpenTopRecord
                                    || action instanceof PopAction.OfferList,
                            path,
                            "must be SEARCH, TOP_RECORD or LIST" + butWas(action));
                case NONE, WITHHELD, INVALID, UNAVAILABLE -> {
                    if (violations.require(
                            action instanceof PopAction.NewRecord || action instanceof PopAction.RunFlow,
                            path,
                            "must be NEW_RECORD or FLOW: no record was found, and the agent must never face a"
                                    + " blank screen while the phone rings" + butWas(action))) {
                        checkFallback(action, path, violations);
                    }
                }
            }
        }
    }

    private static void checkFallback(PopAction action, String path, Violations violations) {
        switch (action) {
            case PopAction.NewRecord form -> {
                violations.require(
                        SalesforceNames.isObject(form.object()),
                        path + ".object",
                        "must be an object API name (" + SalesforceNames.NAME_RULE + ")");
                violations.require(
                        SalesforceNames.isField(form.phoneField()),
                        path + ".phoneField",
                        "must be the field API name that receives the caller's number");
                form.defaultFieldValues()
                        .keySet()
                        .forEach(field -> violations.require(
                                SalesforceNames.isField(field),
                                path + ".defaultFieldValues." + field,
                                "is not a field API name (" + SalesforceNames.NAME_RULE + ")"));
            }
            case PopAction.RunFlow flow -> {
                violations.require(
                        SalesforceNames.isDeveloperName(flow.flowDevName()),
                        path + ".flowDevName",
                        "must be the API name of an active screen flow");
                checkFlowArgs(flow.flowArgs(), path + ".flowArgs", violations);
            }
            default -> throw new IllegalArgumentException("not a fallback pop: " + action);
        }
    }

    private static void checkFlowArgs(List<PopAction.FlowArg> args, String path, Violations violations) {
        for (int i = 0; i < args.size(); i++) {
            PopAction.FlowArg arg = args.get(i);
            violations.require(
                    SalesforceNames.isDeveloperName(arg.name()),
                    path + "[" + i + "].name",
                    "must be the API name of a flow input variable");
            violations.requireText(arg.type(), path + "[" + i + "].type");
            violations.require(arg.value() != null, path + "[" + i + "].value", "is required");
        }
    }

    private static String butWas(PopAction action) {
        return action == null ? ", not null" : ", not " + action.action();
    }
}
