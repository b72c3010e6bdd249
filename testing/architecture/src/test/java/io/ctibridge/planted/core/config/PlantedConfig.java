package io.ctibridge.planted.core.config;

/** Clean: a shared class that depends on nothing of ours. */
public class PlantedConfig {
    public String name() {
        return "planted";
    }
}
