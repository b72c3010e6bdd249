package io.ctibridge.core.salesforce.api;

import java.util.List;
import java.util.Optional;

/**
 * One page of a SOQL query result. {@code nextRecordsUrl} is present while {@code done} is false.
 *
 * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm">Query</a>
 */
public record QueryPage(int totalSize, boolean done, List<SObject> records, Optional<String> nextRecordsUrl) {

    public QueryPage {
        records = List.copyOf(records);
    }
}
