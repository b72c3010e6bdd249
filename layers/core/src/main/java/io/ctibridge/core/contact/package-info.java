/**
 * A contact's lookup result and where it waits, keyed by ContactId: the caller lookup writes it, the screen pop and the
 * call log read it. The public face is {@link LookupResult} (status, caller number, ranked {@link CallerMatch}es), its
 * {@link LookupStatus}, and {@link ContactStateStore}, kept in DynamoDB with a TTL by
 * {@link DynamoDbContactStateStore}; beside it, what a contact-flow operation did ({@link OperationRecord}: a create's
 * claim, the record found or created) in the same table ({@link OperationRecordStore},
 * {@link DynamoDbOperationRecordStore}), read by the screen pop and the call log through
 * {@link ContactStateStore#operationRecords}. It is a package of its own so that the call log can read what the lookup found
 * without depending on the lookup. Layer: shared; it depends on no other ctibridge package (only Jackson and the
 * DynamoDB client) and must never import a job.
 */
package io.ctibridge.core.contact;
