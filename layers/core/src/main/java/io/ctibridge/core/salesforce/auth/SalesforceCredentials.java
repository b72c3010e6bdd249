package io.ctibridge.core.salesforce.auth;

import io.ctibridge.core.salesforce.ApiVersion;
import java.net.URI;

/**
 * How the client proves who it is: a JWT bearer grant or a client-credentials grant, with the login URL
 * to send it to and the API version to use. Read from a secret by {@link SecretJson#parse}.
 */
public sealed interface SalesforceCredentials
        permits SalesforceCredentials.JwtBearer, SalesforceCredentials.ClientCredentials {

    /** The OAuth host: {@code https://login.salesforce.com}, {@code https://test.salesforce.com} or the org's My Domain. */
    URI loginUrl();

    ApiVersion apiVersion();

    /**
     * JWT bearer flow: a connected app (or External Client App) holding the certificate of {@code privateKey},
     * and a pre-authorised integration user.
     *
     * @param audience the {@code aud} claim: the login host, e.g. {@code https://login.salesforce.com}
     */
    record JwtBearer(
            URI loginUrl,
            String consumerKey,
            String username,
            java.security.PrivateKey privateKey,
            String audience,
            ApiVersion apiVersion)
            implements SalesforceCredentials {

        @Override
        public String toString() {
            return "JwtBearer[loginUrl=" + loginUrl + ", consumerKey=***, username=" + username
                    + ", privateKey=***, audience=" + audience + ", apiVersion=" + apiVersion + "]";
        }
    }

    /** Client credentials flow: the app's client id and secret, sent to the org's My Domain host. */
    record ClientCredentials(URI loginUrl, String clientId, String clientSecret, ApiVersion apiVersion)
            implements SalesforceCredentials {

        @Override
        public String toString() {
            return "ClientCredentials[loginUrl=" + loginUrl + ", clientId=***, clientSecret=***, apiVersion="
                    + apiVersion + "]";
        }
    }
}
