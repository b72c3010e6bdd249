/**
 * The call log's input: a finished Amazon Connect contact ({@link ContactRecord}) and one delivery of it
 * ({@link Delivery}: readable, or unreadable and bound for the dead-letter queue), whichever way it arrived.
 * {@link ContactRecordParser} reads a contact trace record as Connect writes it to Kinesis, and the EventBridge path
 * completes a DISCONNECTED event through a {@link ContactDescriber} (DescribeContact, implemented in the contact-events
 * function); {@link RecordVersion} says which version of a contact a Task was written from. Layer: jobs, the call log's
 * vocabulary, used by its other subpackages and by the two call-log handlers. It depends on no other ctibridge package
 * and on no AWS client, so the ledger, the dead-letter queue and the Task writer can all use it without a cycle.
 */
package io.ctibridge.core.calllog.record;
