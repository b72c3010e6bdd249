package io.ctibridge.bench;

import io.ctibridge.core.contact.LookupStatus;

/**
 * The kinds of caller the figures are measured for, with the status each must get and the Salesforce requests the
 * budget allows per lookup (BENCHMARKS.md, "Budgets"). {@link BenchStack} seeds the record that {@link #MATCH} finds.
 */
public enum LookupScenario {
    MATCH("valid number, one match", "+13125550147", LookupStatus.MATCH, 1),
    NO_MATCH("valid number, no match", "+13125550148", LookupStatus.NONE, 1),
    WITHHELD("withheld (anonymous)", "anonymous", LookupStatus.WITHHELD, 0),
    INVALID("invalid (too short)", "12", LookupStatus.INVALID, 0);

    private final String label;
    private final String callerId;
    private final LookupStatus expectedStatus;
    private final int budgetRequests;

    LookupScenario(String label, String callerId, LookupStatus expectedStatus, int budgetRequests) {
        this.label = label;
        this.callerId = callerId;
        this.expectedStatus = expectedStatus;
        this.budgetRequests = budgetRequests;
    }

    public String label() {
        return label;
    }

    /** The CustomerEndpoint address Connect would send. */
    public String callerId() {
        return callerId;
    }

    public LookupStatus expectedStatus() {
        return expectedStatus;
    }

    /** Salesforce API requests per lookup that the budget allows (BENCHMARKS.md, "Budgets"). */
    public int budgetRequests() {
        return budgetRequests;
    }
}
