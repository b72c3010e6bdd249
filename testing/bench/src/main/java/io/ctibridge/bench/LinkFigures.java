package io.ctibridge.bench;

import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.function.contactrecord.ContactRecordHandler;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Salesforce requests per batch of calls the lookup never saw (no lookup state), for each call-log destination:
 * the call log finds each caller itself, one search per batch (up to 66 numbers each with the default profile)
 * serving the Task and the VoiceCall, then links the Task (WhoId/WhatId) and the VoiceCall (RelatedRecordId). Each
 * caller is a Contact of its own; every record of every batch must end linked, or the run fails. Requests counted on
 * the emulator's request log around each batch, one warm environment per destination (its token request excluded).
 */
final class LinkFigures {

    private static final Predicate<RecordedRequest> SEARCH =
            r -> r.method().equals("POST") && r.path().endsWith("/parameterizedSearch/");
    private static final Predicate<RecordedRequest> TELEPHONY = r -> r.path().startsWith("/telephony/v1/");

    private LinkFigures() {}

    static String run(Path root, int batchSize, int batches, List<String> destinations, PrintStream progress) {
        try (BenchStack bench = BenchStack.start()) {
            SampleRecords sample = SampleRecords.inboundAnswered(root);
            StringBuilder out = new StringBuilder(
                    "| Destination | Calls per batch | Caller searches per batch | REST requests per batch | Telephony"
                            + " requests per batch | REST per call |\n| --- | --- | --- | --- | --- | --- |\n");
            int area = 0;
            for (String destination : destinations) {
                bench.logTo(destination);
                ContactRecordHandler records =
                        new ContactRecordHandler(new CompositionRoot(bench.lambdaEnvironment(), Clock.systemUTC()));
                // A warm-up batch first: the environment's token and owner lookups are not the link's cost.
                runBatch(bench, records, sample, batchSize, area++, destination);
                long searches = 0;
                long rest = 0;
                long telephony = 0;
                for (int i = 0; i < batches; i++) {
                    int searchesBefore = bench.stack().salesforce().requests().count(SEARCH);
                    int restBefore = bench.apiRequests();
                    int telephonyBefore = bench.stack().salesforce().requests().count(TELEPHONY);
                    runBatch(bench, records, sample, batchSize, area++, destination);
                    searches += bench.stack().salesforce().requests().count(SEARCH) - searchesBefore;
                    rest += bench.apiRequests() - restBefore;
                    telephony += bench.stack().salesforce().requests().count(TELEPHONY) - telephonyBefore;
                }
                progress.println("bench: " + destination + ": " + batches + " batches of " + batchSize
                        + " calls without lookup state, every one linked");
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.2f | %.2f | %.2f | %.3f |%n",
                        destination,
                        batchSize,
                        (double) searches / batches,
                        (double) rest / batches,
                        (double) telephony / batches,
                        (double) rest / batches / batchSize));
            }
            return out.toString();
        }
    }

    /** One batch of calls from new callers (a Contact each), through the handler; fails unless all are linked. */
    private static void runBatch(
            BenchStack bench,
            ContactRecordHandler records,
            SampleRecords sample,
            int size,
            int area,
            String destination) {
        List<String> ctrs = new ArrayList<>();
        List<String> contactIds = new ArrayList<>();
        Map<String, String> callerOf = new HashMap<>();
        for (int i = 0; i < size; i++) {
            // 628-55x-xxxx: a block of numbers per batch, so no caller matches two Contacts.
            String national = "628%03d%04d".formatted(550 + area, i);
            String callerId = bench.stack()
                    .salesforce()
                    .records()
                    .insert(
                            "Contact",
                            new HashMap<>(Map.of("LastName", "Caller " + area + "-" + i, "Phone", national)));
            String contactId = UUID.randomUUID().toString();
            contactIds.add(contactId);
            ctrs.add(sample.record(contactId, "+1" + national));
            callerOf.put(contactId, callerId);
        }
        var response = records.handleEvent(SampleRecords.kinesis(ctrs, contactIds), BenchStack.invocation());
        if (!response.getBatchItemFailures().isEmpty()) {
            throw new IllegalStateException(destination + ": the batch was not logged: " + response);
        }
        for (String contactId : contactIds) {
            String expected = callerOf.get(contactId);
            boolean task = !destination.equals("VoiceCall");
            boolean voiceCall = !destination.equals("Task");
            if (task && !expected.equals(field(bench, "Task", "CallObject", contactId, "WhoId"))) {
                throw new IllegalStateException(destination + ": Task of " + contactId + " not linked");
            }
            if (voiceCall
                    && !expected.equals(field(bench, "VoiceCall", "VendorCallKey", contactId, "RelatedRecordId"))) {
                throw new IllegalStateException(destination + ": VoiceCall of " + contactId + " not linked");
            }
        }
    }

    private static String field(BenchStack bench, String object, String keyField, String key, String field) {
        return bench.stack().salesforce().records().all(object).stream()
                .filter(record -> key.equals(record.get(keyField)))
                .map(record -> String.valueOf(record.get(field)))
                .findFirst()
                .orElse(null);
    }
}
