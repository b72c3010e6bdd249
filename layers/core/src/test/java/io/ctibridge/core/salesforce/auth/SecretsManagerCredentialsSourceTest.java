package io.ctibridge.core.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.salesforce.SalesforceConfigException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

class SecretsManagerCredentialsSourceTest {

    private static final String ARN =
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ctibridge/salesforce-AbCdEf";

    @Test
    void load_readsTheSecretByArn() {
        var client = new OneSecret(GetSecretValueResponse.builder()
                .secretString(
                        "{\"authFlow\":\"CLIENT_CREDENTIALS\",\"loginUrl\":\"https://acme.my.salesforce.com\",\"clientId\":\"c\",\"clientSecret\":\"s\"}")
                .build());

        SalesforceCredentials credentials = new SecretsManagerCredentialsSource(client, ARN).load();

        assertInstanceOf(SalesforceCredentials.ClientCredentials.class, credentials);
        assertEquals(List.of(ARN), client.requestedIds);
    }

    @Test
    void load_namesTheArn_whenTheSecretDoesNotExist() {
        var client = new OneSecret(null);

        SalesforceConfigException e = assertThrows(
                SalesforceConfigException.class, () -> new SecretsManagerCredentialsSource(client, ARN).load());

        assertTrue(e.getMessage().contains(ARN));
    }

    @Test
    void load_refusesABinarySecret() {
        var client = new OneSecret(GetSecretValueResponse.builder()
                .secretBinary(SdkBytes.fromUtf8String("{}"))
                .build());

        assertThrows(SalesforceConfigException.class, () -> new SecretsManagerCredentialsSource(client, ARN).load());
    }

    /** Answers GetSecretValue with one response, or "not found" when it has none. */
    private static final class OneSecret implements SecretsManagerClient {
        private final GetSecretValueResponse response;
        private final List<String> requestedIds = new ArrayList<>();

        OneSecret(GetSecretValueResponse response) {
            this.response = response;
        }

        @Override
        public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
            requestedIds.add(request.secretId());
            if (response == null) {
                throw ResourceNotFoundException.builder()
                        .message("Secrets Manager can't find the specified secret.")
                        .build();
            }
            return response;
        }

        @Override
        public String serviceName() {
            return "secretsmanager";
        }

        @Override
        public void close() {}
    }
}
