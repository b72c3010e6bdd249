package io.ctibridge.planted.core.root;

import io.ctibridge.planted.function.handler.PlantedHandler;

/** Breaks R1: the composition root (Composition) using a handler (Handlers). */
public class RootCallsTheHandler {
    public String run() {
        return new PlantedHandler().handle();
    }
}
