package io.ctibridge.core.salesforce.telephony;

import java.net.URI;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Telephony Integration API needs to trust ctibridge, from the telephony secret.
 *
 * @param baseUrl              {@code https://{MyDomain}.my.salesforce-scrt.com/telephony/v1} (no trailing slash)
 * @param orgId                the org's Id ({@code 00D…}): the JWT's {@code iss}
 * @param contactCenterApiName the contact center's API name: the JWT's {@code sub} and every POST's
 *                             {@code callCenterApiName}
 * @param privateKey           signs the JWT; its certificate is the contact center's reqTelephonyIntegrationCertificate
 * @param audience             the JWT's {@code aud}, sent only when set (older documentation asks for
 *                             {@code https://scrt.salesforce.com})
 * @param tokenLifetime        exp − iat of each JWT
 * @param providerName         the {@code Telephony-Provider-Name} header, sent only when set
 */
public record TelephonyCredentials(
        URI baseUrl,
        String orgId,
        String contactCenterApiName,
        PrivateKey privateKey,
        Optional<String> audience,
        Duration tokenLifetime,
        Optional<String> providerName) {

    /**
     * Three minutes: what the older documentation allows and the newer (up to 24 h) accepts too, so one value works
     * with both readings; a token is still signed only once per lifetime per execution environment.
     */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(3);

    public static final Duration MAX_TOKEN_LIFETIME = Duration.ofHours(24);

    public TelephonyCredentials {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(contactCenterApiName, "contactCenterApiName");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(providerName, "providerName");
        if (tokenLifetime == null
                || tokenLifetime.compareTo(Duration.ofSeconds(30)) < 0
                || tokenLifetime.compareTo(MAX_TOKEN_LIFETIME) > 0) {
            throw new IllegalArgumentException("tokenLifetime must be between 30 s and 24 h, got " + tokenLifetime);
        }
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "TelephonyCredentials[baseUrl=" + baseUrl + ", orgId=" + orgId + ", contactCenterApiName="
                + contactCenterApiName + ", audience=" + audience + ", tokenLifetime=" + tokenLifetime + "]";
    }
}
