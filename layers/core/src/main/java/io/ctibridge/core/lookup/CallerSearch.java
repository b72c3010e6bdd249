package io.ctibridge.core.lookup;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.phone.CallerNumber;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.time.Deadline;
import java.util.List;

/** Finds the records that may hold a caller's number: candidates, not yet checked field by field nor ranked. */
public interface CallerSearch {

    /**
     * One round trip to Salesforce whatever the number of objects searched.
     *
     * @throws io.ctibridge.core.salesforce.SalesforceException when Salesforce fails or the deadline passes
     */
    List<SObject> candidates(CallerNumber.Valid caller, Profile profile, Deadline deadline);
}
