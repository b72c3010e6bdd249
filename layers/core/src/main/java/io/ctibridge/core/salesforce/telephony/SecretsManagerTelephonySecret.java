package io.ctibridge.core.salesforce.telephony;

import io.ctibridge.core.salesforce.SalesforceConfigException;
import java.util.Objects;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** Reads the telephony secret (JSON, see {@link TelephonySecretJson}) by ARN; other SDK failures propagate. */
public final class SecretsManagerTelephonySecret {

    private final SecretsManagerClient secrets;
    private final String secretArn;

    public SecretsManagerTelephonySecret(SecretsManagerClient secrets, String secretArn) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.secretArn = Objects.requireNonNull(secretArn, "secretArn");
    }

    public TelephonyCredentials load() {
        GetSecretValueResponse response;
        try {
            response = secrets.getSecretValue(request -> request.secretId(secretArn));
        } catch (ResourceNotFoundException e) {
            throw new SalesforceConfigException("Telephony secret not found: " + secretArn, e);
        }
        if (response.secretString() == null) {
            throw new SalesforceConfigException(
                    "Telephony secret " + secretArn + " has no SecretString (binary secrets are not supported)");
        }
        return TelephonySecretJson.parse(response.secretString());
    }
}
