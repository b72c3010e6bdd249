package io.ctibridge.planted.cli;

/** Stands for the operator CLI (tools/cli). */
public class PlantedCli {
    public static String command() {
        return "command";
    }
}
