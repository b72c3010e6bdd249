package io.ctibridge.cli.users;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.ctibridge.cli.common.TextFiles;
import io.ctibridge.cli.common.UsageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the users to assign from a CSV file with a {@code Username} column: one username per line under that
 * header, or an export from Data Loader or a report (quoted values, other columns beside it). Usernames are
 * returned once each, in file order; Salesforce compares them case-insensitively, and so does this class.
 */
public final class UsernameCsv {

    public static final String COLUMN = "Username";

    private static final CsvMapper CSV = new CsvMapper();
    // A Salesforce username has the form of an email address: something@domain, no spaces.
    private static final Pattern USERNAME = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private UsernameCsv() {}

    /** @throws UsageException with the file, line and problem, for anything but a clean list of usernames */
    public static List<String> read(Path file) {
        return parse(file.toString(), TextFiles.readUtf8(file));
    }

    static List<String> parse(String file, String text) {
        Map<String, String> usernames = new LinkedHashMap<>();
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(text)) {
            if (!rows.hasNextValue()) {
                throw new UsageException(
                        file + ": is empty; expected the header " + COLUMN + " and one username per line");
            }
            String[] header = rows.nextValue();
            int column = columnOf(file, header);
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                int line = rows.getParser().currentTokenLocation().getLineNr();
                String where = file + " line " + line;
                if (row.length > header.length) {
                    throw new UsageException(where + ": " + row.length + " values but the header has " + header.length
                            + " columns; quote values that contain commas");
                }
                String username = column < row.length ? row[column].strip() : "";
                if (username.isEmpty()) {
                    throw new UsageException(where + ": the " + COLUMN + " is empty");
                }
                if (!USERNAME.matcher(username).matches()) {
                    throw new UsageException(where + ": '" + username + "' is not a Salesforce username"
                            + " (they have the form name@domain)");
                }
                usernames.putIfAbsent(username.toLowerCase(Locale.ROOT), username);
            }
        } catch (JacksonException e) {
            throw new UsageException(file + at(e.getLocation()) + ": not valid CSV: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (usernames.isEmpty()) {
            throw new UsageException(file + ": has no usernames under the header " + COLUMN);
        }
        return new ArrayList<>(usernames.values());
    }

    private static int columnOf(String file, String[] header) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().equalsIgnoreCase(COLUMN)) {
                return i;
            }
        }
        throw new UsageException(file + ": the first line must be a header with a " + COLUMN + " column, found "
                + Arrays.toString(header));
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
    }
}
