/**
 * The contact-flow operations job: a named {@link io.ctibridge.core.config.FlowOperation} of the profile (find a
 * record by what the caller keyed in, create one, update one), invoked by the contact flow through the caller-lookup
 * function with the parameter {@code operation}, answered as a flat string map ({@link OperationAnswer}). The lookup's
 * guarantees hold: one Salesforce round trip (Composite when a write must be read back), the profile's deadline from
 * arrival, never an exception, inputs checked against their rule and bound as escaped literals, only the fields the
 * operation names read or written; a create happens once per contact and operation under Connect's retries. Layer:
 * jobs, built by {@link io.ctibridge.core.root.CompositionRoot#flowOperations()}. It uses shared packages only
 * ({@code config}, {@code config.store}, {@code contact}, {@code salesforce}, {@code salesforce.api},
 * {@code salesforce.guard}, {@code observability}, {@code time}); it must not depend on another job, the root or
 * priming, nor on Salesforce's {@code auth}, {@code session} or {@code http} packages.
 */
package io.ctibridge.core.operation;
