/**
 * The call log's one destination today: Salesforce Tasks. {@link TaskFields} maps a contact record to a Task by the
 * profile's {@code callLog} section, {@link OwnerResolver} finds each agent's Salesforce User for OwnerId (one query
 * per batch, cached), {@link TaskCollectionsWriter} writes a batch with sObject Collections, and
 * {@link CallObjectQuery} finds the Tasks a failed delivery may already have created. Layer: jobs, a part of the call
 * log: {@link io.ctibridge.core.calllog.CallLogger} and its steps build these classes themselves and pass the
 * {@link io.ctibridge.core.salesforce.api.SalesforceApi} to each call that needs it. They decide how a Task is written,
 * never whether: that is the ledger's and the call log's job, so this package must not depend on {@code calllog},
 * {@code calllog.ledger} or {@code calllog.deadletter}, nor on another job.
 */
package io.ctibridge.core.calllog.task;
