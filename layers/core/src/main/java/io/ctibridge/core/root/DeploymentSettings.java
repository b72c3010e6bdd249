package io.ctibridge.core.root;

import io.ctibridge.core.aws.TableNames;
import io.ctibridge.core.calllog.fields.ConnectConsole;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.pop.CorsPolicy;
import io.ctibridge.core.salesforce.guard.GuardSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The deployment's settings, read from the environment variables template.yaml gives each function. A setting a
 * service needs but the deployment lacks fails when that service is first used, with the variable's name, never
 * at construction: a function that does not log calls needs no dead-letter queue.
 */
public record DeploymentSettings(Map<String, String> env) {

    public static final String SALESFORCE_SECRET_ARN = "SALESFORCE_SECRET_ARN";
    public static final String POP_TOKEN_SECRET_ARN = "POP_TOKEN_SECRET_ARN";
    /**
     * The Telephony Integration API's secret (its own key pair, not the REST API's); only deployments with a profile
     * whose call log writes VoiceCalls need it.
     */
    public static final String TELEPHONY_SECRET_ARN = "TELEPHONY_SECRET_ARN";
    /** SQS queue URL for contacts the call log gives up on (malformed, refused by Salesforce). */
    public static final String CALL_LOG_DLQ_URL = "CALL_LOG_DLQ_URL";
    /** The Amazon Connect instance alias, for links to its contact pages (recordings); unset: no links. */
    public static final String CONNECT_INSTANCE_ALIAS = "CONNECT_INSTANCE_ALIAS";
    /** DEBUG, INFO, WARN or ERROR (the stack's LogLevel parameter); INFO when unset. */
    public static final String LOG_LEVEL = "LOG_LEVEL";

    /** Share (percent) of the org's daily API allowance from which lookups shed and the call log defers; 95. */
    public static final String SALESFORCE_API_HARD_SHARE = "SALESFORCE_API_HARD_SHARE";
    /** Seconds work is shed after the hard share was seen or REQUEST_LIMIT_EXCEEDED came back; 300. */
    public static final String SALESFORCE_API_COOL_DOWN_SECONDS = "SALESFORCE_API_COOL_DOWN_SECONDS";
    /** Consecutive lookup timeouts or Salesforce failures that open the breaker; 5, and 0 turns it off. */
    public static final String SALESFORCE_BREAKER_FAILURES = "SALESFORCE_BREAKER_FAILURES";
    /** Seconds an open breaker answers UNAVAILABLE at once before one probe goes through; 30. */
    public static final String SALESFORCE_BREAKER_COOL_DOWN_SECONDS = "SALESFORCE_BREAKER_COOL_DOWN_SECONDS";

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

    public String telephonySecretArn() {
        return required(TELEPHONY_SECRET_ARN);
    }

    public String callLogDeadLetterQueueUrl() {
        return required(CALL_LOG_DLQ_URL);
    }

    /** The origins the pop API answers CORS for; none when API Gateway answers CORS itself. */
    public CorsPolicy corsPolicy() {
        return CorsPolicy.of(env.get(CorsPolicy.ALLOWED_ORIGINS_ENV));
    }

    /**
     * The Connect console of the instance the alias names, for the call log's recording links; no links when the
     * deployment names none. An alias that cannot be one fails with the variable's name.
     */
    public ConnectConsole connectConsole() {
        try {
            return ConnectConsole.ofAlias(env.get(CONNECT_INSTANCE_ALIAS));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "environment variable " + CONNECT_INSTANCE_ALIAS + ": " + e.getMessage(), e);
        }
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

    /**
     * The Salesforce guard's settings, the same in every profile (the org's budget is one for all); a value that is
     * not a number in range fails with the variable's name.
     */
    public GuardSettings salesforceGuard() {
        try {
            return new GuardSettings(
                    number(SALESFORCE_API_HARD_SHARE, GuardSettings.DEFAULT_HARD_SHARE_PERCENT),
                    Duration.ofSeconds(whole(
                            SALESFORCE_API_COOL_DOWN_SECONDS, GuardSettings.DEFAULT_BUDGET_COOL_DOWN.toSeconds())),
                    Math.toIntExact(whole(SALESFORCE_BREAKER_FAILURES, GuardSettings.DEFAULT_BREAKER_FAILURES)),
                    Duration.ofSeconds(whole(
                            SALESFORCE_BREAKER_COOL_DOWN_SECONDS,
                            GuardSettings.DEFAULT_BREAKER_COOL_DOWN.toSeconds())));
        } catch (IllegalArgumentException e) {
            // Name what the deployment set, so an out-of-range value points at its variable too.
            String set = Stream.of(
                            SALESFORCE_API_HARD_SHARE,
                            SALESFORCE_API_COOL_DOWN_SECONDS,
                            SALESFORCE_BREAKER_FAILURES,
                            SALESFORCE_BREAKER_COOL_DOWN_SECONDS)
                    .filter(env::containsKey)
                    .map(variable -> variable + "=" + env.get(variable))
                    .collect(Collectors.joining(", "));
            throw new IllegalStateException("Salesforce guard settings (" + set + "): " + e.getMessage(), e);
        }
    }

    private double number(String variable, double fallback) {
        String value = Optional.ofNullable(env.get(variable)).orElse("").trim();
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            double number = Double.parseDouble(value);
            if (!Double.isFinite(number) || number > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("environment variable " + variable + " must be a number up to "
                    + Integer.MAX_VALUE + ", not '" + value + "'");
        }
    }

    private long whole(String variable, long fallback) {
        double number = number(variable, fallback);
        if (number != Math.rint(number)) {
            throw new IllegalArgumentException("environment variable " + variable + " must be a whole number, not "
                    + env.get(variable).trim());
        }
        return (long) number;
    }

    private String required(String variable) {
        return Optional.ofNullable(env.get(variable))
                .filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException("environment variable " + variable + " is not set"));
    }
}
