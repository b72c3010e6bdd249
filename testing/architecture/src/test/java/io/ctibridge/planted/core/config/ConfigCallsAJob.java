package io.ctibridge.planted.core.config;

import io.ctibridge.planted.core.lookup.PlantedLookup;

/** Breaks R1: a shared class (Shared) using a job (Jobs). */
public class ConfigCallsAJob {
    public String name() {
        return new PlantedLookup().lookUp(new PlantedConfig());
    }
}
