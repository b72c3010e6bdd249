package io.ctibridge.emulator.write;

import java.util.List;

/** One per-record error as Salesforce reports it in save results: {@code {statusCode, message, fields}}. */
public record RecordError(String statusCode, String message, List<String> fields) {

    public RecordError {
        fields = List.copyOf(fields);
    }
}
