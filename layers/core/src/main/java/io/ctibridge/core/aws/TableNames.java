package io.ctibridge.core.aws;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Names of the system's three DynamoDB tables. The template passes them to every function as environment
 * variables; when one is missing the local stack's name is used.
 */
public record TableNames(String config, String contactState, String callLogLedger) {

    public static final String CONFIG_ENV = "CONFIG_TABLE";
    public static final String CONTACT_STATE_ENV = "CONTACT_STATE_TABLE";
    public static final String CALL_LOG_LEDGER_ENV = "CALL_LOG_LEDGER_TABLE";

    /** The names the local stack and the tests use. */
    public static final TableNames LOCAL =
            new TableNames("ctibridge-config", "ctibridge-contact-state", "ctibridge-call-log-ledger");

    public TableNames {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(contactState, "contactState");
        Objects.requireNonNull(callLogLedger, "callLogLedger");
    }

    public static TableNames fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static TableNames fromEnvironment(Map<String, String> env) {
        return new TableNames(
                named(env, CONFIG_ENV, LOCAL.config()),
                named(env, CONTACT_STATE_ENV, LOCAL.contactState()),
                named(env, CALL_LOG_LEDGER_ENV, LOCAL.callLogLedger()));
    }

    private static String named(Map<String, String> env, String variable, String fallback) {
        return Optional.ofNullable(env.get(variable))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .orElse(fallback);
    }
}
