/**
 * The Salesforce access token of an execution environment: {@link SessionProvider} holds the current
 * {@link SalesforceSession}, so that one token request serves every invocation until Salesforce rejects it, and gets a
 * new one through an {@link Authenticator} (one thread fetches, the others wait for it).
 * {@link SessionProvider#invalidate} drops a token Salesforce refused, and {@link SessionProvider#forget} drops it
 * after a SnapStart restore, so restored environments never share one. Layer: shared, between {@code salesforce.api},
 * which asks for sessions, and {@code salesforce.auth}, which implements {@link Authenticator}; the interface lives
 * here so that the API never depends on credentials. It depends only on {@code salesforce}, {@code observability} and
 * {@code time}.
 */
package io.ctibridge.core.salesforce.session;
