package io.ctibridge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MotoExecutableTest {

    @TempDir
    Path dir;

    @Test
    void locate_prefersTheSystemProperty_overEnvironmentAndVenv() throws IOException {
        Path fromProperty = executable(dir.resolve("prop/moto_server"));
        Path fromEnv = executable(dir.resolve("env/moto_server"));
        executable(dir.resolve("root/.venv/bin/moto_server"));

        Path found = MotoExecutable.locate(
                Map.of(
                        "ctibridge.moto",
                        fromProperty.toString(),
                        "ctibridge.root",
                        dir.resolve("root").toString())::get,
                Map.of("CTIBRIDGE_MOTO_SERVER", fromEnv.toString())::get);

        assertEquals(fromProperty, found);
    }

    @Test
    void locate_usesTheEnvironmentVariable_whenNoPropertyIsSet() throws IOException {
        Path fromEnv = executable(dir.resolve("env/moto_server"));

        Path found = MotoExecutable.locate(
                Map.<String, String>of()::get, Map.of("CTIBRIDGE_MOTO_SERVER", fromEnv.toString())::get);

        assertEquals(fromEnv, found);
    }

    @Test
    void locate_findsTheProjectVenv_beforeThePath() throws IOException {
        Path venv = executable(dir.resolve("root/.venv/bin/moto_server"));
        executable(dir.resolve("path/moto_server"));

        Path found = MotoExecutable.locate(
                Map.of("ctibridge.root", dir.resolve("root").toString())::get,
                Map.of("PATH", dir.resolve("path").toString())::get);

        assertEquals(venv, found);
    }

    @Test
    void locate_fallsBackToThePath() throws IOException {
        Path onPath = executable(dir.resolve("b/moto_server"));

        Path found = MotoExecutable.locate(
                Map.of("ctibridge.root", dir.resolve("nothing-here").toString())::get,
                Map.of("PATH", dir.resolve("a") + java.io.File.pathSeparator + dir.resolve("b"))::get);

        assertEquals(onPath, found);
    }

    @Test
    void locate_failsWithOneLineNamingBinSetup_whenNothingIsInstalled() {
        var error = assertThrows(
                IllegalStateException.class,
                () -> MotoExecutable.locate(
                        Map.of("ctibridge.root", dir.toString())::get, Map.of("PATH", dir.toString())::get));

        assertTrue(error.getMessage().contains("run bin/setup"), error.getMessage());
        assertEquals(-1, error.getMessage().indexOf('\n'));
    }

    @Test
    void locate_rejectsAnExplicitSettingThatIsNotExecutable_insteadOfSilentlyUsingAnother() throws IOException {
        executable(dir.resolve("root/.venv/bin/moto_server"));

        var error = assertThrows(
                IllegalStateException.class,
                () -> MotoExecutable.locate(
                        Map.of(
                                "ctibridge.moto",
                                dir.resolve("missing").toString(),
                                "ctibridge.root",
                                dir.resolve("root").toString())::get,
                        Map.<String, String>of()::get));

        assertTrue(error.getMessage().contains("system property ctibridge.moto"), error.getMessage());
    }

    private static Path executable(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "#!/bin/sh\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        return path;
    }
}
