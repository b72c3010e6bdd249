package io.ctibridge.bench;

/**
 * N warm lookups of one scenario against the stack: the Salesforce requests they made and how long they took.
 *
 * @param apiRequests          Salesforce API requests ({@code /services/data/...}) during the run
 * @param tokenRequests        token requests during the run (0 once the execution environment has its session)
 * @param fewestRequests       fewest emulator requests made by one lookup
 * @param mostRequests         most emulator requests made by one lookup
 * @param answeredAsExpected   lookups whose answer had the scenario's expected status
 * @param total                the whole handler call
 * @param search               the Salesforce search alone
 * @param stateWrite           the contact-state write alone
 * @param withoutSearch        total less the search: the issue-3 figure "warm handler time excluding Salesforce"
 * @param withoutSearchOrWrite total less the search and the state write: the function's own work
 */
public record ScenarioRun(
        LookupScenario scenario,
        int lookups,
        int apiRequests,
        int tokenRequests,
        int fewestRequests,
        int mostRequests,
        int answeredAsExpected,
        Stats total,
        Stats search,
        Stats stateWrite,
        Stats withoutSearch,
        Stats withoutSearchOrWrite) {

    public double apiRequestsPerLookup() {
        return (double) apiRequests / lookups;
    }
}
