package io.ctibridge.emulator.telephony;

import java.security.PublicKey;
import java.util.Objects;

/**
 * What the org trusts for the Telephony Integration API: the contact center's reqTelephonyIntegrationCertificate
 * (its public key), the org Id a JWT must name as {@code iss} and the contact center API name as {@code sub}.
 */
public record TelephonyTrust(PublicKey certificateKey, String orgId, String contactCenterApiName) {

    public TelephonyTrust {
        Objects.requireNonNull(certificateKey, "certificateKey");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(contactCenterApiName, "contactCenterApiName");
    }
}
