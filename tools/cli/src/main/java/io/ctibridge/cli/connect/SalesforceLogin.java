package io.ctibridge.cli.connect;

import io.ctibridge.cli.common.TextFiles;
import io.ctibridge.cli.common.UsageException;
import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.salesforce.SalesforceConfigException;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.api.SalesforceClients;
import io.ctibridge.core.salesforce.auth.SalesforceCredentials;
import io.ctibridge.core.salesforce.auth.SecretJson;
import io.ctibridge.core.salesforce.auth.SecretsManagerCredentialsSource;
import io.ctibridge.core.salesforce.http.HttpSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the Salesforce credentials come from: a JSON file shaped like the Secrets Manager secret (see
 * {@link SecretJson}), or the secret itself by ARN, as the functions read it.
 */
public sealed interface SalesforceLogin {

    /** The credentials, checked; a bad file or secret is a {@link UsageException} naming it. */
    SalesforceCredentials credentials(Supplier<AwsClients> aws);

    /** A connected API with the default timeouts. The session is fetched on the first call. */
    default SalesforceApi connect(Supplier<AwsClients> aws) {
        return SalesforceClients.connect(credentials(aws), HttpSettings.defaults(), Clock.systemUTC());
    }

    /** Whether the credentials are read from Secrets Manager, so that AWS must be reachable. */
    boolean needsAws();

    record FromFile(Path file) implements SalesforceLogin {
        @Override
        public SalesforceCredentials credentials(Supplier<AwsClients> aws) {
            String json = TextFiles.readUtf8(file);
            try {
                return SecretJson.parse(json);
            } catch (SalesforceConfigException e) {
                throw new UsageException(file + ": " + e.getMessage());
            }
        }

        @Override
        public boolean needsAws() {
            return false;
        }
    }

    record FromSecret(String secretArn) implements SalesforceLogin {
        @Override
        public SalesforceCredentials credentials(Supplier<AwsClients> aws) {
            try {
                return new SecretsManagerCredentialsSource(aws.get().secretsManager(), secretArn).load();
            } catch (SalesforceConfigException e) {
                throw new UsageException(e.getMessage());
            }
        }

        @Override
        public boolean needsAws() {
            return true;
        }
    }

    /**
     * @param file      {@code --salesforce-credentials}, or null
     * @param secretArn {@code --salesforce-secret-arn}, or null; else {@value CompositionRoot#SALESFORCE_SECRET_ARN}
     * @throws UsageException when both flags are given, or neither and the environment names no secret
     */
    static SalesforceLogin resolve(Path file, String secretArn, Map<String, String> env) {
        Optional<String> arn = Optional.ofNullable(secretArn).map(String::strip).filter(v -> !v.isEmpty());
        if (file != null && arn.isPresent()) {
            throw new UsageException("give either --salesforce-credentials or --salesforce-secret-arn, not both");
        }
        if (file != null) {
            return new FromFile(file);
        }
        return arn.or(() -> Optional.ofNullable(env.get(CompositionRoot.SALESFORCE_SECRET_ARN))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty()))
                .<SalesforceLogin>map(FromSecret::new)
                .orElseThrow(() -> new UsageException("no Salesforce credentials: pass --salesforce-credentials FILE"
                        + " or --salesforce-secret-arn ARN (or set " + CompositionRoot.SALESFORCE_SECRET_ARN
                        + ")"));
    }
}
