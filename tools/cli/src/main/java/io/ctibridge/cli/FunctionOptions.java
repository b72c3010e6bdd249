package io.ctibridge.cli;

import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.aws.TableNames;
import io.ctibridge.core.pop.CorsPolicy;
import io.ctibridge.core.root.CompositionRoot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The environment a function gets from the template, as flags: each one, when given, overrides the variable of the
 * same meaning in this process's environment. So a handler runs here exactly as configured in Lambda.
 */
final class FunctionOptions {

    @Option(
            names = "--aws-endpoint",
            paramLabel = "URL",
            description = "Local AWS stand-in such as moto " + "(overrides $" + AwsSettings.ENDPOINT_ENV + ").")
    String awsEndpoint;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (overrides $AWS_REGION).")
    String region;

    @Option(names = "--config-table", paramLabel = "TABLE", description = "Overrides $" + TableNames.CONFIG_ENV + ".")
    String configTable;

    @Option(
            names = "--contact-state-table",
            paramLabel = "TABLE",
            description = "Overrides $" + TableNames.CONTACT_STATE_ENV + ".")
    String contactStateTable;

    @Option(
            names = "--call-log-ledger-table",
            paramLabel = "TABLE",
            description = "Overrides $" + TableNames.CALL_LOG_LEDGER_ENV + ".")
    String callLogLedgerTable;

    @Option(
            names = "--salesforce-secret-arn",
            paramLabel = "ARN",
            description = "Overrides $" + CompositionRoot.SALESFORCE_SECRET_ARN + ".")
    String salesforceSecretArn;

    @Option(
            names = "--pop-token-secret-arn",
            paramLabel = "ARN",
            description = "Overrides $" + CompositionRoot.POP_TOKEN_SECRET_ARN + ".")
    String popTokenSecretArn;

    @Option(
            names = "--call-log-dlq-url",
            paramLabel = "URL",
            description = "Overrides $" + CompositionRoot.CALL_LOG_DLQ_URL + ".")
    String callLogDlqUrl;

    @Option(
            names = "--allowed-origins",
            paramLabel = "ORIGINS",
            description = "Overrides $" + CorsPolicy.ALLOWED_ORIGINS_ENV + " (comma-separated).")
    String allowedOrigins;

    /** What says where AWS is and what the function uses there; with none of them, there is nothing to call. */
    private static final List<String> AWS_SETTINGS = List.of(
            AwsSettings.ENDPOINT_ENV,
            "AWS_REGION",
            "AWS_DEFAULT_REGION",
            TableNames.CONFIG_ENV,
            TableNames.CONTACT_STATE_ENV,
            TableNames.CALL_LOG_LEDGER_ENV,
            CompositionRoot.SALESFORCE_SECRET_ARN,
            CompositionRoot.POP_TOKEN_SECRET_ARN,
            CompositionRoot.CALL_LOG_DLQ_URL);

    /** Whether {@code env} (flags applied) names no AWS endpoint, region, table, secret or queue at all. */
    static boolean namesNoAws(Map<String, String> env) {
        return AWS_SETTINGS.stream().map(env::get).allMatch(value -> value == null || value.isBlank());
    }

    /** {@code base} with every given flag applied. */
    Map<String, String> over(Map<String, String> base) {
        Map<String, String> env = new HashMap<>(base);
        put(env, AwsSettings.ENDPOINT_ENV, awsEndpoint);
        put(env, "AWS_REGION", region);
        put(env, TableNames.CONFIG_ENV, configTable);
        put(env, TableNames.CONTACT_STATE_ENV, contactStateTable);
        put(env, TableNames.CALL_LOG_LEDGER_ENV, callLogLedgerTable);
        put(env, CompositionRoot.SALESFORCE_SECRET_ARN, salesforceSecretArn);
        put(env, CompositionRoot.POP_TOKEN_SECRET_ARN, popTokenSecretArn);
        put(env, CompositionRoot.CALL_LOG_DLQ_URL, callLogDlqUrl);
        put(env, CorsPolicy.ALLOWED_ORIGINS_ENV, allowedOrigins);
        return env;
    }

    private static void put(Map<String, String> env, String name, String value) {
        if (value != null && !value.isBlank()) {
            env.put(name, value.strip());
        }
    }
}
