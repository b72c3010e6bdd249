package io.ctibridge.core.config;

import java.util.List;

/**
 * An object the lookup searches, and how.
 *
 * @param object       API name of the object, e.g. {@code Contact}
 * @param priority     1 is searched first and ranks first; unique within a profile
 * @param phoneFields  phone fields to match, in ranking order (a Phone match outranks a MobilePhone match)
 * @param nameField    field shown as the record's name (default {@code Name})
 * @param accountField field holding the record's Account, e.g. {@code AccountId} on Contact; {@code null} if none
 * @param extraFields  more fields to fetch for the pop and the log, possibly through relationships
 *                     ({@code Account.Name})
 * @param filters      conditions a record must meet, ANDed
 */
public record SearchTarget(
        String object,
        int priority,
        List<String> phoneFields,
        String nameField,
        String accountField,
        List<String> extraFields,
        List<FieldFilter> filters) {

    public static final String DEFAULT_NAME_FIELD = "Name";

    /** Contact, then Lead (unconverted only), then Account. */
    public static final List<SearchTarget> DEFAULTS = List.of(
            new SearchTarget(
                    "Contact",
                    1,
                    List.of("Phone", "MobilePhone", "HomePhone", "OtherPhone"),
                    null,
                    "AccountId",
                    null,
                    null),
            new SearchTarget(
                    "Lead",
                    2,
                    List.of("Phone", "MobilePhone"),
                    null,
                    null,
                    null,
                    List.of(new FieldFilter("IsConverted", FilterOperator.EQUALS, ScalarValue.of(false)))),
            new SearchTarget("Account", 3, List.of("Phone"), null, null, null, null));

    public SearchTarget {
        phoneFields = phoneFields == null ? List.of() : List.copyOf(phoneFields);
        nameField = nameField == null ? DEFAULT_NAME_FIELD : nameField;
        extraFields = extraFields == null ? List.of() : List.copyOf(extraFields);
        filters = filters == null ? List.of() : List.copyOf(filters);
    }
}
