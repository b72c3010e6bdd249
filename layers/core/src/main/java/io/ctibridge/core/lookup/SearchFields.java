package io.ctibridge.core.lookup;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.SearchTarget;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The fields fetched for each searched object: what ranking, the flow answer, the pop and the call log read. */
final class SearchFields {

    static final String ID = "Id";
    static final String LAST_MODIFIED = "LastModifiedDate";

    private SearchFields() {}

    static List<String> of(SearchTarget target, Profile profile) {
        Set<String> fields = new LinkedHashSet<>();
        fields.add(ID);
        fields.add(target.nameField());
        fields.addAll(target.phoneFields());
        if (target.accountField() != null) {
            fields.add(target.accountField());
            fields.add(accountNamePath(target.accountField()));
        }
        fields.add(profile.tieBreak().salesforceField());
        fields.add(LAST_MODIFIED); // the final, deterministic tie-break whatever the profile says
        fields.addAll(target.extraFields());
        return List.copyOf(fields);
    }

    /** {@code AccountId} → {@code Account.Name}; {@code Account__c} → {@code Account__r.Name}. */
    static String accountNamePath(String accountField) {
        if (accountField.endsWith("__c")) {
            return accountField.substring(0, accountField.length() - 3) + "__r.Name";
        }
        if (accountField.endsWith("Id") && accountField.length() > 2) {
            return accountField.substring(0, accountField.length() - 2) + ".Name";
        }
        return accountField + ".Name";
    }
}
