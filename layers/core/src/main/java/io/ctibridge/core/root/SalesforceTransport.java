package io.ctibridge.core.root;

import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.salesforce.auth.SalesforceCredentials;
import io.ctibridge.core.salesforce.auth.SecretsManagerCredentialsSource;
import io.ctibridge.core.salesforce.http.HttpSettings;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * How ctibridge reaches Salesforce: the HTTP client every call goes through (timeouts set, interceptors a harness
 * adds) and where the credentials come from, read on first use.
 */
public record SalesforceTransport(OkHttpClient http, Supplier<SalesforceCredentials> credentials) {

    public SalesforceTransport {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(credentials, "credentials");
    }

    /** The deployed transport: default timeouts, credentials from the secret the settings name. */
    public static SalesforceTransport fromSecret(AwsClients aws, DeploymentSettings settings) {
        return new SalesforceTransport(
                HttpSettings.defaults().newClient(),
                () -> new SecretsManagerCredentialsSource(aws.secretsManager(), settings.salesforceSecretArn()).load());
    }

    /** The same credentials through another client (a harness's interceptor, other timeouts). */
    public SalesforceTransport withHttp(OkHttpClient other) {
        return new SalesforceTransport(other, credentials);
    }
}
