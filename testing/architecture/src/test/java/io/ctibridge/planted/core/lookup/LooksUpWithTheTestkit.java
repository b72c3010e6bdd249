package io.ctibridge.planted.core.lookup;

import io.ctibridge.planted.testkit.PlantedTestkit;

/** Breaks R3: shipped code (core) calling test infrastructure (testkit). */
public class LooksUpWithTheTestkit {
    public String lookUp() {
        return PlantedTestkit.fixture();
    }
}
