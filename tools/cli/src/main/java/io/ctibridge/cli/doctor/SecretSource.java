package io.ctibridge.cli.doctor;

import io.ctibridge.core.aws.AwsClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** Where the Salesforce credentials secret's raw JSON comes from: Secrets Manager by ARN, or a file. */
public sealed interface SecretSource {

    /** What the report names, e.g. the ARN. */
    String where();

    /** @throws SecretUnreadable with the reason in one line and the fix */
    String read();

    final class SecretUnreadable extends RuntimeException {
        private final String fix;

        SecretUnreadable(String message, String fix) {
            super(message);
            this.fix = fix;
        }

        String fix() {
            return fix;
        }
    }

    record FromSecretsManager(String arn, Supplier<AwsClients> aws) implements SecretSource {
        @Override
        public String where() {
            return arn;
        }

        @Override
        public String read() {
            try {
                String text = aws.get()
                        .secretsManager()
                        .getSecretValue(r -> r.secretId(arn))
                        .secretString();
                if (text == null) {
                    throw new SecretUnreadable(
                            "the secret holds binary data, not a JSON string", "Store the JSON as the secret string.");
                }
                return text;
            } catch (ResourceNotFoundException e) {
                throw new SecretUnreadable(
                        "no such secret in this account and region",
                        "Create it as README 'Salesforce setup' step 4 shows, or pass the right"
                                + " --salesforce-secret-arn and --region.");
            } catch (SdkException e) {
                throw new SecretUnreadable(
                        "cannot read it: " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", " "),
                        "Use credentials allowed secretsmanager:GetSecretValue on it (and kms:Decrypt on its key).");
            }
        }
    }

    record FromFile(Path file) implements SecretSource {
        @Override
        public String where() {
            return file.toString();
        }

        @Override
        public String read() {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SecretUnreadable("cannot read " + file, "Pass a readable --salesforce-credentials file.");
            }
        }
    }
}
