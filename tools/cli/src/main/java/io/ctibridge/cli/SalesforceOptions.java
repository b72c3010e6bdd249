package io.ctibridge.cli;

import io.ctibridge.cli.connect.SalesforceLogin;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How to log in to Salesforce: a credentials file, or the secret the functions use (read through AWS). */
final class SalesforceOptions {

    @Option(
            names = "--salesforce-credentials",
            paramLabel = "FILE",
            description = "A JSON file shaped like the Salesforce credentials secret (authFlow JWT_BEARER or"
                    + " CLIENT_CREDENTIALS).")
    Path credentialsFile;

    @Option(
            names = "--salesforce-secret-arn",
            paramLabel = "ARN",
            description = "The Salesforce credentials secret in Secrets Manager (default: $SALESFORCE_SECRET_ARN).")
    String secretArn;

    @Mixin
    AwsOptions aws;

    /** @param env the environment the command reads, below the flags */
    SalesforceLogin login(Map<String, String> env) {
        return SalesforceLogin.resolve(credentialsFile, secretArn, env);
    }
}
