package io.ctibridge.planted.core.lookup;

import io.ctibridge.planted.core.root.PlantedRoot;

/** Breaks R1: a job (Jobs) reaching up into the composition root (Composition). */
public class LooksUpTheRoot {
    public String lookUp() {
        return new PlantedRoot().run();
    }
}
