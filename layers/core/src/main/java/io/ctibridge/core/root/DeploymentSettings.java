package io.ctibridge.core.root;

import io.ctibridge.core.aws.TableNames;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.pop.CorsPolicy;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The deployment's settings, read from the environment variables template.yaml gives each function. A setting a
 * service needs but the deployment lacks fails when that service is first used, with the variable's name, never
 * at construction: a function that does not log calls needs no dead-letter queue.
 */
public record DeploymentSettings(Map<String, String> env) {

    public static final String SALESFORCE_SECRET_ARN = "SALESFORCE_SECRET_ARN";
    public static final String POP_TOKEN_SECRET_ARN = "POP_TOKEN_SECRET_ARN";
    /** SQS queue URL for contacts the call log gives up on (malformed, refused by Salesforce). */
    public static final String CALL_LOG_DLQ_URL = "CALL_LOG_DLQ_URL";
    /** DEBUG, INFO, WARN or ERROR (the stack's LogLevel parameter); INFO when unset. */
    public static final String LOG_LEVEL = "LOG_LEVEL";

    public DeploymentSettings {
        env = Map.copyOf(env);
    }

    public TableNames tables() {
        return TableNames.fromEnvironment(env);
    }

    public String salesforceSecretArn() {
        return required(SALESFORCE_SECRET_ARN);
    }

    public String popTokenSecretArn() {
        return required(POP_TOKEN_SECRET_ARN);
    }

    public String callLogDeadLetterQueueUrl() {
        return required(CALL_LOG_DLQ_URL);
    }

    /** The origins the pop API answers CORS for; none when API Gateway answers CORS itself. */
    public CorsPolicy corsPolicy() {
        return CorsPolicy.of(env.get(CorsPolicy.ALLOWED_ORIGINS_ENV));
    }

    /** The least severe level written; an unknown spelling falls back to INFO rather than silencing errors. */
    public JsonLog.Level logLevel() {
        String value = Optional.ofNullable(env.get(LOG_LEVEL)).orElse("").trim().toUpperCase(Locale.ROOT);
        for (JsonLog.Level level : JsonLog.Level.values()) {
            if (level.name().equals(value)) {
                return level;
            }
        }
        return JsonLog.Level.INFO;
    }

    private String required(String variable) {
        return Optional.ofNullable(env.get(variable))
                .filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException("environment variable " + variable + " is not set"));
    }
}
