package io.ctibridge.core.salesforce.auth;

import io.ctibridge.core.salesforce.SalesforceConfigException;
import java.util.Objects;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * Reads the credentials secret (JSON, see {@link SecretJson}) by ARN. Other SDK failures (throttling,
 * access denied) propagate as the SDK's own exceptions.
 */
public final class SecretsManagerCredentialsSource implements CredentialsSource {

    private final SecretsManagerClient secrets;
    private final String secretArn;

    public SecretsManagerCredentialsSource(SecretsManagerClient secrets, String secretArn) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.secretArn = Objects.requireNonNull(secretArn, "secretArn");
    }

    @Override
    public SalesforceCredentials load() {
        GetSecretValueResponse response;
        try {
            response = secrets.getSecretValue(request -> request.secretId(secretArn));
        } catch (ResourceNotFoundException e) {
            throw new SalesforceConfigException("Salesforce credentials secret not found: " + secretArn, e);
        }
        if (response.secretString() == null) {
            throw new SalesforceConfigException("Salesforce credentials secret " + secretArn
                    + " has no SecretString (binary secrets are not supported)");
        }
        return SecretJson.parse(response.secretString());
    }
}
