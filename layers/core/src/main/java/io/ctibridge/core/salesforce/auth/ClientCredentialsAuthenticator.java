package io.ctibridge.core.salesforce.auth;

import io.ctibridge.core.salesforce.session.Authenticator;
import io.ctibridge.core.salesforce.session.SalesforceSession;
import io.ctibridge.core.time.Deadline;
import java.time.Clock;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;

/**
 * OAuth 2.0 client credentials flow: the app's client id and secret buy a session for the app's
 * configured run-as user. Salesforce only accepts it on the org's My Domain host.
 *
 * @see <a href="https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_client_credentials_flow.htm">OAuth 2.0 Client Credentials Flow</a>
 */
public final class ClientCredentialsAuthenticator implements Authenticator {

    private final SalesforceCredentials.ClientCredentials credentials;
    private final TokenEndpoint tokenEndpoint;

    public ClientCredentialsAuthenticator(
            SalesforceCredentials.ClientCredentials credentials, OkHttpClient http, Clock clock) {
        this.credentials = credentials;
        this.tokenEndpoint = new TokenEndpoint(http, credentials.loginUrl(), clock);
    }

    @Override
    public SalesforceSession authenticate(Deadline deadline) {
        FormBody grant = new FormBody.Builder()
                .add("grant_type", "client_credentials")
                .add("client_id", credentials.clientId())
                .add("client_secret", credentials.clientSecret())
                .build();
        return tokenEndpoint.requestToken(grant, deadline);
    }
}
