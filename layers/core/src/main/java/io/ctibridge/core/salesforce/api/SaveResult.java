package io.ctibridge.core.salesforce.api;

import java.util.List;

/**
 * The outcome of writing one record: its id on success, its errors otherwise.
 *
 * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_create.htm">sObject Collections: create</a>
 */
public record SaveResult(String id, boolean success, List<SaveError> errors) {

    public SaveResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** True when every error is transient (e.g. {@code UNABLE_TO_LOCK_ROW}), so a retry may succeed. */
    public boolean retryable() {
        return !success && !errors.isEmpty() && errors.stream().allMatch(SaveError::retryable);
    }
}
