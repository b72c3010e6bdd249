package io.ctibridge.emulator.http;

import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.schema.SalesforceIds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server-side query cursors behind {@code nextRecordsUrl}: the full result of a query kept under a
 * {@code 01g...} locator and served in batches. The oldest cursors are forgotten beyond a fixed number, as
 * Salesforce expires idle ones (a client then gets INVALID_QUERY_LOCATOR).
 */
final class QueryCursors {
    private static final int MAX_OPEN = 200;

    private final Map<String, Cursor> open = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cursor> eldest) {
            return size() > MAX_OPEN;
        }
    };
    private long nextLocator = 1;

    record Cursor(List<Map<String, Object>> records, int batchSize) {}

    /** One page of a result: records from {@code offset}, and the locator of the rest when there is more. */
    record Page(int totalSize, List<Map<String, Object>> records, String nextLocator) {}

    synchronized Page first(List<Map<String, Object>> records, int batchSize) {
        if (records.size() <= batchSize) {
            return new Page(records.size(), records, null);
        }
        String locator = SalesforceIds.generate("01g", nextLocator++);
        open.put(locator, new Cursor(records, batchSize));
        return page(locator, 0);
    }

    synchronized Page page(String locator, int offset) {
        Cursor cursor = open.get(locator);
        if (cursor == null || offset < 0 || offset >= cursor.records().size()) {
            throw SalesforceException.badRequest("INVALID_QUERY_LOCATOR", "invalid query locator");
        }
        int end = Math.min(offset + cursor.batchSize(), cursor.records().size());
        String next = end < cursor.records().size() ? locator + "-" + end : null;
        return new Page(cursor.records().size(), cursor.records().subList(offset, end), next);
    }
}
