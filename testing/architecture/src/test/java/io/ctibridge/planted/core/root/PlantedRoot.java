package io.ctibridge.planted.core.root;

import io.ctibridge.planted.core.config.PlantedConfig;
import io.ctibridge.planted.core.lookup.PlantedLookup;

/** Clean: the composition root over a job and a shared class. */
public class PlantedRoot {
    public String run() {
        return new PlantedLookup().lookUp(new PlantedConfig());
    }
}
