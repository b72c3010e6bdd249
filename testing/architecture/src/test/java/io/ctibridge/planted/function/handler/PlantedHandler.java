package io.ctibridge.planted.function.handler;

import io.ctibridge.planted.core.config.PlantedConfig;
import io.ctibridge.planted.core.root.PlantedRoot;

/** Clean: a handler over the composition root and a shared class. */
public class PlantedHandler {
    public String handle() {
        return new PlantedRoot().run() + new PlantedConfig().name();
    }
}
