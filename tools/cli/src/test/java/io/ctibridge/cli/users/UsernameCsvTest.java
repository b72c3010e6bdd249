package io.ctibridge.cli.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ctibridge.cli.common.UsageException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsernameCsvTest {

    @Test
    void parse_readsOneUsernamePerLine_underTheHeader_skippingBlankLines() {
        List<String> usernames = UsernameCsv.parse("users.csv", "Username\nava@acme.example\n\nben@acme.example\n");

        assertEquals(List.of("ava@acme.example", "ben@acme.example"), usernames);
    }

    @Test
    void parse_readsTheUsernameColumn_ofAQuotedExportWithOtherColumns() {
        List<String> usernames = UsernameCsv.parse("export.csv", """
                "Id","Email","USERNAME"
                "005000000000001AAA","ava@mail.example","ava@acme.example"
                "005000000000002AAA","b, okafor@mail.example","ben@acme.example"
                """);

        assertEquals(List.of("ava@acme.example", "ben@acme.example"), usernames);
    }

    @Test
    void parse_keepsEachUsernameOnce_comparingWithoutCase() {
        List<String> usernames = UsernameCsv.parse("users.csv", "Username\nAva@Acme.example\nava@acme.example\n");

        assertEquals(List.of("Ava@Acme.example"), usernames);
    }

    @Test
    void parse_refusesAFileWithoutTheHeader_namingWhatItFound() {
        var e = assertThrows(UsageException.class, () -> UsernameCsv.parse("users.csv", "ava@acme.example\n"));

        assertEquals(
                "users.csv: the first line must be a header with a Username column, found [ava@acme.example]",
                e.getMessage());
    }

    @Test
    void parse_refusesAnEmptyUsername_withItsLine() {
        var e = assertThrows(
                UsageException.class,
                () -> UsernameCsv.parse("users.csv", "Username,Email\nava@acme.example,a@x\n,b@x\n"));

        assertEquals("users.csv line 3: the Username is empty", e.getMessage());
    }

    @Test
    void parse_refusesSomethingThatIsNotAUsername_withItsLine() {
        var e = assertThrows(
                UsageException.class, () -> UsernameCsv.parse("users.csv", "Username\nava@acme.example\nBen Okafor\n"));

        assertEquals(
                "users.csv line 3: 'Ben Okafor' is not a Salesforce username (they have the form name@domain)",
                e.getMessage());
    }

    @Test
    void parse_refusesARowWithMoreValuesThanTheHeader() {
        var e = assertThrows(
                UsageException.class, () -> UsernameCsv.parse("users.csv", "Username\nava@acme.example,extra\n"));

        assertEquals(
                "users.csv line 2: 2 values but the header has 1 columns; quote values that contain commas",
                e.getMessage());
    }

    @Test
    void parse_refusesAnUnterminatedQuote_asInvalidCsv() {
        var e = assertThrows(
                UsageException.class,
                () -> UsernameCsv.parse("users.csv", "Username\n\"ava@acme.example\nben@acme.example\n"));

        assertEquals(true, e.getMessage().startsWith("users.csv line "), e.getMessage());
        assertEquals(true, e.getMessage().contains("not valid CSV"), e.getMessage());
    }

    @Test
    void parse_refusesAnEmptyFile_andAHeaderWithoutUsernames() {
        var empty = assertThrows(UsageException.class, () -> UsernameCsv.parse("users.csv", ""));
        var headerOnly = assertThrows(UsageException.class, () -> UsernameCsv.parse("users.csv", "Username\n"));

        assertEquals("users.csv: is empty; expected the header Username and one username per line", empty.getMessage());
        assertEquals("users.csv: has no usernames under the header Username", headerOnly.getMessage());
    }
}
