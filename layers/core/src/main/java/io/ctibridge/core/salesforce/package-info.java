/**
 * What every part of the Salesforce client shares: the exception hierarchy under {@link SalesforceException} (callers
 * switch on the subtype, or ask {@link SalesforceException#retryable()}), the {@link ApiVersion}, {@link ApiUsage} (the org's daily API usage as
 * the answers report it, read by {@code salesforce.guard}), and {@link Soql} and
 * {@link Sosl}, the only way caller input reaches a query or a search. The client is split by concern into
 * {@code salesforce.api} (the REST endpoints), {@code salesforce.auth} (credentials and OAuth grants),
 * {@code salesforce.session} (the shared access token), {@code salesforce.http} (one call within a deadline) and
 * {@code salesforce.guard} (the org's API budget and the lookup's circuit breaker).
 * {@code api.SalesforceClients} wires them into a ready {@code SalesforceApi} for the CLI and tests (in
 * {@code api}, so that this package depends on none of its subpackages); in the functions the composition root
 * wires them itself. Layer: shared. The client knows nothing
 * of profiles, contacts or calls, so none of its packages may depend on {@code config}, {@code contact}, a job or the
 * root.
 */
package io.ctibridge.core.salesforce;
