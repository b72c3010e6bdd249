package io.ctibridge.planted.core.lookup;

import io.ctibridge.planted.core.config.PlantedConfig;

/** Clean: a job over a shared class. */
public class PlantedLookup {
    public String lookUp(PlantedConfig config) {
        return config.name();
    }
}
