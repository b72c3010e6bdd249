package io.ctibridge.emulator.error;

/**
 * Formats query errors the way Salesforce does: the offending line, a caret under the position, then
 * "ERROR at Row:r:Column:c" and the detail. Clients log this text, so it should point at the problem.
 */
public final class QueryErrorMessage {
    private QueryErrorMessage() {}

    public static String at(String text, int position, String detail) {
        int pos = Math.max(0, Math.min(position, text.length()));
        int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
        int lineEnd = text.indexOf('\n', pos);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int row = 1;
        for (int i = 0; i < lineStart; i++) {
            if (text.charAt(i) == '\n') {
                row++;
            }
        }
        int column = pos - lineStart;
        return "\n" + text.substring(lineStart, lineEnd) + "\n" + " ".repeat(column) + "^\nERROR at Row:" + row
                + ":Column:" + (column + 1) + "\n" + detail;
    }

    public static SalesforceException error(String errorCode, String text, int position, String detail) {
        return SalesforceException.badRequest(errorCode, at(text, position, detail));
    }
}
