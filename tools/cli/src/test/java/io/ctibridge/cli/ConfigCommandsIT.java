package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.aws.TableDefinitions;
import io.ctibridge.core.config.store.StoredProfile;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.local.LocalStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The profile commands end to end: picocli, the AWS SDK and DynamoDbProfileStore against moto. */
class ConfigCommandsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalStack stack;

    @TempDir
    Path dir;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.startIsolated("cli-config", EmulatorConfig.defaults());
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @Test
    void push_show_history_rollback_keepEveryVersion_andPutTheOldContentBackAsANewVersion() throws Exception {
        Path us = profileFile("sales-us.json", "sales", "US");
        Path gb = profileFile("sales-gb.json", "sales", "GB");

        Cli.Run first = config("push", us.toString(), "--profile", "sales", "--updated-by", "alice");
        Cli.Run second = config("push", gb.toString(), "--profile", "sales", "--updated-by", "bob");

        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(List.of("pushed profile 'sales' as version 1 (by alice) to table " + table()), first.outLines());
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(List.of("pushed profile 'sales' as version 2 (by bob) to table " + table()), second.outLines());

        Cli.Run show = config("show", "sales");
        assertEquals(0, show.exitCode(), show.toString());
        assertEquals("GB", JSON.readTree(show.out()).path("defaultRegion").asText());
        assertTrue(show.err().startsWith("profile 'sales' version 2, saved "), show.err());
        assertTrue(show.err().strip().endsWith(" by bob"), show.err());

        Cli.Run showFirst = config("show", "sales", "--version", "1");
        assertEquals("US", JSON.readTree(showFirst.out()).path("defaultRegion").asText());

        Cli.Run history = config("history", "sales");
        assertEquals(0, history.exitCode(), history.toString());
        assertEquals(
                List.of("VERSION  SAVED AT                 SAVED BY", "2 bob (in use)", "1 alice"),
                versionsByWho(history.outLines()));

        Cli.Run rollback = config("rollback", "sales", "--version", "1", "--updated-by", "carol");
        assertEquals(0, rollback.exitCode(), rollback.toString());
        assertEquals(
                List.of("profile 'sales': the content of version 1 is now in use as version 3 (by carol)"),
                rollback.outLines());

        StoredProfile inUse = stack.profiles().get("sales").orElseThrow();
        assertEquals(3, inUse.version());
        assertEquals("US", inUse.profile().defaultRegion());
        assertEquals(
                List.of("VERSION  SAVED AT                 SAVED BY", "3 carol (in use)", "2 bob", "1 alice"),
                versionsByWho(config("history", "sales").outLines()));
    }

    @Test
    void show_printsADocumentThatPushesBackUnchanged() throws Exception {
        config("push", profileFile("roundtrip.json", "roundtrip", "DE").toString(), "--profile", "roundtrip");
        Path shown = Files.writeString(
                dir.resolve("shown.json"), config("show", "roundtrip").out());

        Cli.Run again = config("push", shown.toString(), "--profile", "roundtrip");

        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(
                List.of("profile 'roundtrip' version 1 already has this content; nothing was pushed"),
                again.outLines());
        assertEquals(1, stack.profiles().history("roundtrip").size());
    }

    @Test
    void push_recordsTheOsUser_whenNoUpdatedByIsGiven() throws Exception {
        Cli.Run run = config("push", profileFile("who.json", "who", "US").toString(), "--profile", "who");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(
                System.getProperty("user.name"),
                stack.profiles().get("who").orElseThrow().updatedBy());
    }

    @Test
    void push_ofAnInvalidProfile_listsItsProblems_andSavesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), """
                {"profile": "bad", "maxMatches": 0}
                """);

        Cli.Run run = config("push", file.toString(), "--profile", "bad");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of(file + ":1:20: maxMatches: must be between 1 and 50, not 0"), run.errLines());
        assertEquals(Optional.empty(), stack.profiles().get("bad"));
    }

    @Test
    void push_underAnotherProfileName_isRefusedWithOneLine_andSavesNothing() throws Exception {
        Path file = profileFile("support.json", "support", "US");

        Cli.Run run = config("push", file.toString(), "--profile", "sales-eu");

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(
                List.of("--profile is 'sales-eu' but " + file + " is the profile 'support'; push the right file,"
                        + " or change its \"profile\" to copy it"),
                run.errLines());
        assertEquals(Optional.empty(), stack.profiles().get("support"));
        assertEquals(Optional.empty(), stack.profiles().get("sales-eu"));
    }

    @Test
    void push_withAStaleExpectedVersion_failsWithOneLine_andKeepsTheNewerVersion() throws Exception {
        config("push", profileFile("race-1.json", "race", "US").toString(), "--profile", "race");
        config("push", profileFile("race-2.json", "race", "GB").toString(), "--profile", "race");

        Cli.Run run = config(
                "push",
                profileFile("race-3.json", "race", "DE").toString(),
                "--profile",
                "race",
                "--expected-version",
                "1");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("profile 'race' is no longer at version 1"), run.err());
        assertEquals("GB", stack.profiles().get("race").orElseThrow().profile().defaultRegion());
    }

    @Test
    void show_history_rollback_ofAnUnknownProfileOrVersion_failWithOneLine() throws Exception {
        config("push", profileFile("known.json", "known", "US").toString(), "--profile", "known");

        Cli.Run show = config("show", "nobody");
        Cli.Run history = config("history", "nobody");
        Cli.Run showVersion = config("show", "known", "--version", "7");
        Cli.Run rollback = config("rollback", "known", "--version", "7");

        assertEquals(1, show.exitCode());
        assertEquals(List.of("profile 'nobody' does not exist in table " + table()), show.errLines());
        assertEquals(List.of("profile 'nobody' does not exist in table " + table()), history.errLines());
        assertEquals(List.of("profile 'known' has no version 7 in table " + table()), showVersion.errLines());
        assertEquals(1, rollback.exitCode());
        assertEquals(List.of("profile 'known' has no version 7"), rollback.errLines());
    }

    @Test
    void show_ofAnItemEditedByHandIntoAnInvalidProfile_saysWhy_andAPushRepairsIt() throws Exception {
        config("push", profileFile("edited-1.json", "edited", "US").toString(), "--profile", "edited");
        stack.dynamoDb()
                .updateItem(r -> r.tableName(table())
                        .key(Map.of(
                                TableDefinitions.PROFILE,
                                AttributeValue.fromS("edited"),
                                TableDefinitions.VERSION,
                                AttributeValue.fromN("0")))
                        .updateExpression("SET #document = :document")
                        .expressionAttributeNames(Map.of("#document", "document"))
                        .expressionAttributeValues(Map.of(
                                ":document", AttributeValue.fromS("{\"profile\": \"edited\", \"maxMatches\": 0}"))));

        Cli.Run show = config("show", "edited");
        Cli.Run push =
                config("push", profileFile("edited-2.json", "edited", "GB").toString(), "--profile", "edited");

        assertEquals(1, show.exitCode(), show.toString());
        assertEquals(List.of("stored profile 'edited': maxMatches: must be between 1 and 50, not 0"), show.errLines());
        assertEquals(0, push.exitCode(), push.toString());
        assertEquals(
                "GB", stack.profiles().get("edited").orElseThrow().profile().defaultRegion());
    }

    @Test
    void show_ofANameThatNoProfileCanHave_isAUsageError() {
        Cli.Run run = config("show", "Sales EU");

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(
                List.of("'Sales EU' is not a profile name: 1 to 64 lower-case letters, digits or '-'"), run.errLines());
    }

    @Test
    void commands_againstAMissingTable_failWithOneLineNamingIt() throws Exception {
        Cli.Run run = Cli.run(
                "config",
                "show",
                "sales",
                "--dynamodb-endpoint",
                stack.moto().endpoint().toString(),
                "--table",
                "no-such-table");
        Cli.Run push = Cli.run(
                "config",
                "push",
                profileFile("x.json", "x", "US").toString(),
                "--profile",
                "x",
                "--dynamodb-endpoint",
                stack.moto().endpoint().toString(),
                "--table",
                "no-such-table");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(
                List.of("config table 'no-such-table' does not exist at "
                        + stack.moto().endpoint() + "; pass --table or set CONFIG_TABLE"),
                run.errLines());
        assertEquals(1, push.exitCode(), push.toString());
        assertEquals(1, push.errLines().size(), push.toString());
    }

    @Test
    void push_withoutTheProfileOption_isAUsageErrorNamingIt() throws Exception {
        Cli.Run run = config("push", profileFile("y.json", "y", "US").toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(
                List.of("push: Missing required option: '--profile=NAME' (try 'ctibridge config push --help')"),
                run.errLines());
    }

    private static Cli.Run config(String... args) {
        List<String> all = new ArrayList<>(List.of("config"));
        all.addAll(List.of(args));
        all.addAll(List.of("--dynamodb-endpoint", stack.moto().endpoint().toString(), "--table", table()));
        return Cli.run(all.toArray(String[]::new));
    }

    private static String table() {
        return stack.tables().config();
    }

    private Path profileFile(String fileName, String profile, String region) throws IOException {
        return Files.writeString(
                dir.resolve(fileName), "{\"profile\": \"" + profile + "\", \"defaultRegion\": \"" + region + "\"}\n");
    }

    /** The history's rows without the timestamps, which differ per run: "VERSION BY [(in use)]". */
    private static List<String> versionsByWho(List<String> lines) {
        List<String> rows = new ArrayList<>(List.of(lines.getFirst()));
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.strip().split("\\s+", 3);
            rows.add(columns[0] + " " + columns[2].replaceAll("\\s+", " "));
        }
        return rows;
    }
}
