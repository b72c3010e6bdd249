/**
 * The call-log job: turn delivered contacts into exactly one Salesforce Task per ContactId, however often Kinesis or
 * EventBridge delivers them (at least once in, exactly once out). Callers use {@link CallLogger}:
 * {@link CallLogger#log} takes a batch of {@link io.ctibridge.core.calllog.record.Delivery} values and returns one
 * {@link CallLogOutcome} per delivery, {@link CallLogger#precheck} serves the event path before it asks Connect about a
 * contact, and {@link CallLogSettings} holds the timings. Its parts are subpackages: the contact record
 * ({@code calllog.record}), the ledger that makes a retry safe ({@code calllog.ledger}), the dead-letter queue for what
 * it gives up on ({@code calllog.deadletter}) and today's destination, the Task writer ({@code calllog.task}); the
 * ledger and the queue are passed in, the Task writer is built inside. Layer: jobs, built once per execution
 * environment by {@link io.ctibridge.core.root.CompositionRoot#callLogger()}; there is one call log, and a new
 * destination plugs into it rather than beside it. While the org's API budget is spent ({@code salesforce.guard}) a batch is handed back for later, as after
 * REQUEST_LIMIT_EXCEEDED. It reads the lookup's stored result through
 * {@link io.ctibridge.core.contact.ContactStateStore}; a call without one (or an UNAVAILABLE one) is searched for by
 * {@link CallerLinker} with {@code lookup}'s public request building and ranking, so {@code lookup} must never depend
 * on the call log. It must not depend on {@code pop}, the root or priming.
 */
package io.ctibridge.core.calllog;
