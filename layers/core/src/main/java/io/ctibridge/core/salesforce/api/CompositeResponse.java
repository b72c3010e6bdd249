package io.ctibridge.core.salesforce.api;

import java.util.List;
import java.util.Optional;

/** The subresponses of a Composite call, in request order. */
public record CompositeResponse(List<CompositeSubresponse> subresponses) {

    public CompositeResponse {
        subresponses = List.copyOf(subresponses);
    }

    public Optional<CompositeSubresponse> byReferenceId(String referenceId) {
        return subresponses.stream()
                .filter(s -> s.referenceId().equals(referenceId))
                .findFirst();
    }
}
