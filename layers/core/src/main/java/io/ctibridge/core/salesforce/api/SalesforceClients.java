package io.ctibridge.core.salesforce.api;

import io.ctibridge.core.salesforce.auth.Authenticators;
import io.ctibridge.core.salesforce.auth.SalesforceCredentials;
import io.ctibridge.core.salesforce.http.HttpSettings;
import io.ctibridge.core.salesforce.session.SessionProvider;
import java.time.Clock;
import okhttp3.OkHttpClient;

/** Wires a ready {@link SalesforceApi} from credentials; call once per execution environment and keep the result. */
public final class SalesforceClients {

    private SalesforceClients() {}

    public static SalesforceApi connect(SalesforceCredentials credentials, HttpSettings settings, Clock clock) {
        OkHttpClient http = settings.newClient();
        SessionProvider sessions = new SessionProvider(Authenticators.forCredentials(credentials, http, clock));
        return new SalesforceApi(http, sessions, credentials.apiVersion());
    }
}
