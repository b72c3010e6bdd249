package io.ctibridge.planted.function;

import io.ctibridge.planted.core.lookup.PlantedLookup;

/** R5 violation: a handler building a job's service itself instead of asking the composition root. */
public class HandlerBuildsItsOwnLookup {
    public PlantedLookup lookup() {
        return new PlantedLookup();
    }
}
