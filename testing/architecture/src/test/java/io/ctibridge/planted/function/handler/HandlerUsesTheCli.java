package io.ctibridge.planted.function.handler;

import io.ctibridge.planted.cli.PlantedCli;

/** Breaks R3: a shipped handler (function) calling the operator CLI (cli). */
public class HandlerUsesTheCli {
    public String handle() {
        return PlantedCli.command();
    }
}
