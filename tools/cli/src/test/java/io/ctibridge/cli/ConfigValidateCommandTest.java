package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void validate_exits0AndSaysValid_forAGoodProfile() throws IOException {
        Path file = write("sales.json", """
                {"profile": "sales", "defaultRegion": "GB", "systemNumbers": ["+442079460000"]}
                """);

        Cli.Run run = Cli.run("config", "validate", file.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of(file + ": profile 'sales' is valid"), run.outLines());
        assertEquals("", run.err());
    }

    @Test
    void validate_listsEveryValueProblem_withLineColumnAndPath() throws IOException {
        Path file = write("sales.json", """
                {
                  "profile": "sales",
                  "lookupDeadlineMs": 50,
                  "searchTargets": [
                    {"object": "Contact", "priority": 1, "phoneFields": ["Phone"], "nameField": "Name"},
                    {"object": "Lead", "priority": 2,
                     "phoneFields": ["Mobile Phone"], "nameField": "Name"}
                  ]
                }
                """);

        Cli.Run run = Cli.run("config", "validate", file.toString());

        assertEquals(1, run.exitCode(), run.toString());
        List<String> lines = run.errLines();
        assertEquals(3, lines.size(), run.toString());
        assertEquals(file + ":3:3: lookupDeadlineMs: must be between 200 and 7500, not 50", lines.get(0));
        assertTrue(
                lines.get(1).startsWith(file + ":7:22: searchTargets[1].phoneFields[0]: must be a field API name"),
                lines.get(1));
        assertEquals(file + ": 2 problems", lines.get(2));
        assertEquals("", run.out());
    }

    @Test
    void validate_reportsAMisspelledSetting_asOneLineWithItsPathAndTheParsersPosition() throws IOException {
        Path file = write("typo.json", """
                {
                  "profile": "sales",
                  "searchTargets": [
                    {"object": "Contact", "priority": 1, "phoneFeilds": ["Phone"], "nameField": "Name"}
                  ]
                }
                """);

        Cli.Run run = Cli.run("config", "validate", file.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        String line = run.errLines().getFirst();
        assertTrue(line.startsWith(file + ": searchTargets[0].phoneFeilds: unknown property at line 4:"), line);
        assertTrue(
                line.contains("expected one of accountField, extraFields, filters, nameField, object, phoneFields"),
                line);
    }

    @Test
    void validate_reportsBrokenJson_asOneLineWithItsPosition() throws IOException {
        Path file = write("broken.json", "{\"profile\": \"sales\",");

        Cli.Run run = Cli.run("config", "validate", file.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.errLines().getFirst().startsWith(file + ": document: not valid JSON at line 1:"), run.err());
    }

    @Test
    void validate_reportsAnEmptyFile_asOneLine() throws IOException {
        Path file = write("empty.json", "");

        Cli.Run run = Cli.run("config", "validate", file.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of(file + ": document: is empty; expected a JSON object"), run.errLines());
    }

    @Test
    void validate_exits2WithOneLine_whenTheFileDoesNotExist() {
        Path missing = dir.resolve("nope.json");

        Cli.Run run = Cli.run("config", "validate", missing.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(List.of(missing + ": no such file"), run.errLines());
    }

    @Test
    void validate_exits2WithOneLine_whenTheFileIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.json");
        Files.write(file, new byte[] {'{', '"', 'p', '"', ':', '"', (byte) 0xE9, '"', '}'});

        Cli.Run run = Cli.run("config", "validate", file.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(List.of(file + ": not UTF-8 text"), run.errLines());
    }

    @Test
    void validate_acceptsAFileStartingWithAByteOrderMark() throws IOException {
        Path file = write("bom.json", "\uFEFF{\"profile\": \"sales\"}");

        Cli.Run run = Cli.run("config", "validate", file.toString());

        assertEquals(0, run.exitCode(), run.toString());
    }

    @Test
    void config_withoutASubcommand_isAUsageError() {
        Cli.Run run = Cli.run("config");

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(List.of("config: Missing required subcommand (try 'ctibridge config --help')"), run.errLines());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
