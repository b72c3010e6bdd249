/**
 * Where the call log puts a delivery it gives up on for good (a malformed record, or a Task Salesforce refused), so
 * that nothing is dropped: the letter waits until an operator fixes the cause and replays it. Callers use
 * {@link DeadLetterQueue#send} with a {@link DeadLetter} (reason, detail, the delivery's original bytes), which must be
 * stored durably before it returns; {@link SqsDeadLetterQueue} is the deployed queue, one JSON message per letter.
 * Layer: jobs, a part of the call log, built by {@link io.ctibridge.core.root.CompositionRoot#deadLetterQueue()} from
 * the queue URL in the deployment's settings. It depends only on {@code calllog.record} (for
 * {@link io.ctibridge.core.calllog.record.SourcePayload}) and the SQS client, never on Salesforce, the ledger or
 * another job.
 */
package io.ctibridge.core.calllog.deadletter;
