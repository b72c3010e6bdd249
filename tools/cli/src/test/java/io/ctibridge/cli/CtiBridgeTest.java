package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CtiBridgeTest {

    @Test
    void badArguments_getOneLineAndExitCode2() {
        Cli.Run run = Cli.run("callcenter-xml", "--no-such-option");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.err().strip().lines().count(), run.toString());
        assertTrue(run.err().contains("--help"), run.toString());
    }

    @Test
    void unknownCommand_getsOneLineAndExitCode2() {
        Cli.Run run = Cli.run("no-such-command");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.err().strip().lines().count(), run.toString());
    }
}
