/**
 * Proving who ctibridge is to Salesforce: credentials in, an OAuth session out. {@link SalesforceCredentials} is a JWT
 * bearer or a client-credentials grant with its login URL and API version, parsed from the secret's JSON by
 * {@link SecretJson} and read by ARN by {@link SecretsManagerCredentialsSource}; {@link Authenticators#forCredentials}
 * picks the matching {@link io.ctibridge.core.salesforce.session.Authenticator}. Errors name the key at fault and never
 * quote a secret. Layer: shared, used by the composition root when it opens the Salesforce connection, so that the REST
 * calls in {@code salesforce.api} never see credentials. It depends on {@code salesforce}, {@code salesforce.session},
 * {@code salesforce.http}, {@code time} and the Secrets Manager client, never on {@code config}, {@code contact} or a
 * job.
 */
package io.ctibridge.core.salesforce.auth;
