package io.ctibridge.core.config.parse;

import io.ctibridge.core.config.FieldFilter;
import io.ctibridge.core.config.ScalarValue;
import io.ctibridge.core.config.SearchTarget;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Rules for {@code searchTargets}: what the lookup may put into its one Salesforce search. */
final class SearchTargetsCheck {

    /** A SOSL search returns at most this many object types usefully within the deadline. */
    static final int MAX_TARGETS = 10;

    private SearchTargetsCheck() {}

    static void check(List<SearchTarget> targets, Violations violations) {
        if (!violations.require(
                targets != null && !targets.isEmpty() && targets.size() <= MAX_TARGETS,
                "searchTargets",
                "must list 1 to " + MAX_TARGETS + " objects to search")) {
            return;
        }
        Map<String, Integer> objects = new HashMap<>();
        Map<Integer, Integer> priorities = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            SearchTarget target = targets.get(i);
            String path = "searchTargets[" + i + "]";
            if (violations.require(
                    SalesforceNames.isObject(target.object()),
                    path + ".object",
                    "must be an object API name (" + SalesforceNames.NAME_RULE + ")")) {
                Integer first = objects.putIfAbsent(target.object().toLowerCase(Locale.ROOT), i);
                violations.require(
                        first == null,
                        path + ".object",
                        target.object() + " is already searched by searchTargets[" + first + "]");
            }
            if (violations.require(
                    target.priority() >= 1,
                    path + ".priority",
                    "must be a whole number from 1 (searched and ranked first)")) {
                Integer first = priorities.putIfAbsent(target.priority(), i);
                violations.require(
                        first == null,
                        path + ".priority",
                        target.priority() + " is already the priority of searchTargets[" + first
                                + "]; priorities rank matches and must differ");
            }
            checkTarget(target, path, violations);
        }
    }

    private static void checkTarget(SearchTarget target, String path, Violations violations) {
        violations.require(
                !target.phoneFields().isEmpty(), path + ".phoneFields", "must name at least one phone field");
        checkNames(target.phoneFields(), path + ".phoneFields", false, violations);
        violations.require(
                SalesforceNames.isField(target.nameField()),
                path + ".nameField",
                "must be a field API name (" + SalesforceNames.NAME_RULE + ")");
        violations.require(
                target.accountField() == null || SalesforceNames.isField(target.accountField()),
                path + ".accountField",
                "must be a field API name such as AccountId, or be left out");
        checkNames(target.extraFields(), path + ".extraFields", true, violations);
        for (int i = 0; i < target.filters().size(); i++) {
            checkFilter(target.filters().get(i), path + ".filters[" + i + "]", violations);
        }
    }

    private static void checkNames(List<String> names, String path, boolean pathsAllowed, Violations violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean ok = pathsAllowed ? SalesforceNames.isFieldPath(name) : SalesforceNames.isField(name);
            if (violations.require(
                    ok,
                    path + "[" + i + "]",
                    "must be a field API name" + (pathsAllowed ? " or a path like Account.Name" : "") + " ("
                            + SalesforceNames.NAME_RULE + ")")) {
                violations.require(
                        seen.add(name.toLowerCase(Locale.ROOT)), path + "[" + i + "]", name + " is listed twice");
            }
        }
    }

    static void checkFilter(FieldFilter filter, String path, Violations violations) {
        violations.require(
                SalesforceNames.isFieldPath(filter.field()),
                path + ".field",
                "must be a field API name or a path like Account.Type (" + SalesforceNames.NAME_RULE + ")");
        boolean hasOp = violations.require(filter.op() != null, path + ".op", "is required: =, !=, <, >, <= or >=");
        boolean hasValue = violations.require(
                filter.value() != null,
                path + ".value",
                "is required: a string, number, boolean, or null for an empty field");
        if (hasOp && hasValue && filter.op().isOrdering()) {
            violations.require(
                    filter.value() instanceof ScalarValue.Text || filter.value() instanceof ScalarValue.Decimal,
                    path + ".op",
                    "'" + filter.op().symbol() + "' compares order, which a boolean or null has not; use = or !=");
        }
    }
}
