package io.ctibridge.core.salesforce.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Up to 25 subrequests executed in one round trip.
 *
 * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_composite.htm">Composite</a>
 */
public record CompositeRequest(boolean allOrNone, List<CompositeSubrequest> subrequests) {

    public static final int MAX_SUBREQUESTS = 25;

    public CompositeRequest {
        subrequests = List.copyOf(subrequests);
        if (subrequests.isEmpty() || subrequests.size() > MAX_SUBREQUESTS) {
            throw new IllegalArgumentException(
                    "a composite request holds 1.." + MAX_SUBREQUESTS + " subrequests, got " + subrequests.size());
        }
        Set<String> seen = new HashSet<>();
        for (CompositeSubrequest subrequest : subrequests) {
            if (!seen.add(subrequest.referenceId())) {
                throw new IllegalArgumentException("duplicate referenceId " + subrequest.referenceId());
            }
        }
    }

    /** Independent subrequests: one failing does not roll back the others. */
    public static CompositeRequest of(List<CompositeSubrequest> subrequests) {
        return new CompositeRequest(false, subrequests);
    }
}
