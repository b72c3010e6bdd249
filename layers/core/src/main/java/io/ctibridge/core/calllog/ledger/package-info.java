/**
 * The call log's record of which contacts already have their Task, so that a redelivered or retried contact never makes
 * a second one. Callers use {@link CallLogLedger} (find, claim, complete, mark in doubt, reject), whose every write is
 * conditional on the entry the writer last read, so two deliveries of one contact cannot both win a claim;
 * {@link LedgerDecision} decides from an entry and a record version alone whether to create, update, skip or wait.
 * {@link DynamoDbCallLogLedger} keeps one item per ContactId in the ledger table, expiring by TTL. Layer: jobs, a part
 * of the call log; {@link io.ctibridge.core.root.CompositionRoot#callLogLedger()} builds it and hands it to
 * {@link io.ctibridge.core.calllog.CallLogger}. It depends only on {@code calllog.record} and the DynamoDB client:
 * never on Salesforce, on the call log's own steps or on another job.
 */
package io.ctibridge.core.calllog.ledger;
