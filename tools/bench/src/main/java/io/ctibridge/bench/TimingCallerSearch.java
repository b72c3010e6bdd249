package io.ctibridge.bench;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.lookup.CallerSearch;
import io.ctibridge.core.phone.CallerNumber;
import io.ctibridge.core.salesforce.Deadline;
import io.ctibridge.core.salesforce.api.SObject;
import java.util.List;
import java.util.Objects;

/** A search that adds its own duration (the Salesforce round trip, client side included) to a {@link CallTimer}. */
public final class TimingCallerSearch implements CallerSearch {

    private final CallerSearch search;
    private final CallTimer timer;

    public TimingCallerSearch(CallerSearch search, CallTimer timer) {
        this.search = Objects.requireNonNull(search, "search");
        this.timer = Objects.requireNonNull(timer, "timer");
    }

    @Override
    public List<SObject> candidates(CallerNumber.Valid caller, Profile profile, Deadline deadline) {
        return timer.time(() -> search.candidates(caller, profile, deadline));
    }
}
