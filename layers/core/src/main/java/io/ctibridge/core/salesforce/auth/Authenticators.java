package io.ctibridge.core.salesforce.auth;

import io.ctibridge.core.salesforce.session.Authenticator;
import java.time.Clock;
import okhttp3.OkHttpClient;

/** Picks the authenticator that matches the credentials' flow. */
public final class Authenticators {

    private Authenticators() {}

    public static Authenticator forCredentials(SalesforceCredentials credentials, OkHttpClient http, Clock clock) {
        return switch (credentials) {
            case SalesforceCredentials.JwtBearer jwt -> new JwtBearerAuthenticator(jwt, http, clock);
            case SalesforceCredentials.ClientCredentials client ->
                new ClientCredentialsAuthenticator(client, http, clock);
        };
    }
}
