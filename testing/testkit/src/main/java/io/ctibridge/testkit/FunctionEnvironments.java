package io.ctibridge.testkit;

import java.util.Map;

/** Lambda environments as the template sets them, for tests of what a function builds from its environment. */
public final class FunctionEnvironments {

    private FunctionEnvironments() {}

    /**
     * Every variable a function reads, with every AWS service at {@code endpoint} (say, a loopback server that must
     * receive nothing) and names that exist nowhere else.
     */
    public static Map<String, String> allAt(String endpoint) {
        String base = endpoint.endsWith("/") ? endpoint : endpoint + "/";
        return Map.of(
                "CTIBRIDGE_AWS_ENDPOINT", base,
                "AWS_REGION", "us-east-1",
                "CONFIG_TABLE", "config",
                "CONTACT_STATE_TABLE", "contact-state",
                "CALL_LOG_LEDGER_TABLE", "ledger",
                "CALL_LOG_DLQ_URL", base + "000000000000/call-log-dlq",
                "SALESFORCE_SECRET_ARN",
                        "arn:aws:secretsmanager:us-east-1:000000000000:secret:ctibridge/salesforce-AbCdEf",
                "POP_TOKEN_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:000000000000:secret:ctibridge/pop-AbCdEf");
    }
}
