/**
 * Guards the org against this integration, and calls against a Salesforce that is down: {@link SalesforceGuard}
 * sheds work when the org's daily API budget is nearly spent ({@link ApiBudget}, fed by the client's
 * {@link io.ctibridge.core.salesforce.ApiUsage}) and stops the caller lookup from waiting on a Salesforce that keeps
 * timing out or failing ({@link CircuitBreaker}). One guard per execution environment, built by the composition
 * root. Layer: shared. It depends only on {@code salesforce}, {@code observability} and the JDK: never on a job, the
 * root, {@code config} or {@code contact}.
 */
package io.ctibridge.core.salesforce.guard;
