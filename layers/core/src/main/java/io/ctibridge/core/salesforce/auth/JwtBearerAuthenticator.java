package io.ctibridge.core.salesforce.auth;

import io.ctibridge.core.salesforce.session.Authenticator;
import io.ctibridge.core.salesforce.session.SalesforceSession;
import io.ctibridge.core.time.Deadline;
import java.time.Clock;
import java.time.Duration;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;

/**
 * OAuth 2.0 JWT bearer flow: a fresh assertion per token request, no refresh token.
 *
 * @see <a href="https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm">OAuth 2.0 JWT Bearer Flow</a>
 */
public final class JwtBearerAuthenticator implements Authenticator {

    /**
     * Salesforce accepts an {@code exp} at most 3 minutes ahead; stay below it so a clock running a little
     * fast does not get the assertion refused.
     */
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(2);

    private static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final SalesforceCredentials.JwtBearer credentials;
    private final TokenEndpoint tokenEndpoint;
    private final Clock clock;

    public JwtBearerAuthenticator(SalesforceCredentials.JwtBearer credentials, OkHttpClient http, Clock clock) {
        this.credentials = credentials;
        this.tokenEndpoint = new TokenEndpoint(http, credentials.loginUrl(), clock);
        this.clock = clock;
    }

    @Override
    public SalesforceSession authenticate(Deadline deadline) {
        String assertion = new JwtAssertion(
                        credentials.consumerKey(),
                        credentials.username(),
                        credentials.audience(),
                        clock.instant().plus(ASSERTION_LIFETIME))
                .sign(credentials.privateKey());
        FormBody grant = new FormBody.Builder()
                .add("grant_type", GRANT_TYPE)
                .add("assertion", assertion)
                .build();
        return tokenEndpoint.requestToken(grant, deadline);
    }
}
