package io.ctibridge.core.contact;

import java.util.Objects;

/**
 * One Salesforce record that has the caller's number, as ranked by the profile.
 *
 * @param id           Salesforce record id
 * @param objectType   API name of its object, e.g. Contact
 * @param name         display name ("" when the object has none)
 * @param accountId    its Account (Contacts, person accounts, custom objects with an account field), or null
 * @param accountName  that Account's name when Salesforce returned it, or null
 * @param matchedField the phone field that held the caller's number, e.g. MobilePhone
 */
public record CallerMatch(
        String id, String objectType, String name, String accountId, String accountName, String matchedField) {
    public CallerMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(objectType, "objectType");
        name = Objects.requireNonNullElse(name, "");
        Objects.requireNonNull(matchedField, "matchedField");
    }
}
