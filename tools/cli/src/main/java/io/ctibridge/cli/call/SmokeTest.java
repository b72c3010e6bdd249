package io.ctibridge.cli.call;

import io.ctibridge.cli.calllog.CallTasks;
import io.ctibridge.core.salesforce.SalesforceException;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox test of the CTI rollout checklist: a test Contact with a number of its own, a synthetic inbound call
 * from that number through lookup, pop and call log, the Task read back and checked (Subject, CallType,
 * CallObject, CallDurationInSeconds, WhoId on the test Contact), then the Task and the Contact deleted, whatever
 * happened in between.
 */
public final class SmokeTest {

    /** The agent named on the call: no User maps to it, so the Task gets the profile's fallback owner. */
    static final String AGENT = "ctibridge-smoke";

    static final Duration TALK_TIME = Duration.ofSeconds(42);
    /** Fictional North American numbers, 555-0100..0199, in area codes the demo data does not use. */
    private static final List<String> AREA_CODES = List.of("303", "503", "617", "702", "206");

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final CallPath path;
    private final SalesforceApi salesforce;
    private final String dialedNumber;
    private final Duration searchIndexWait;
    private final PrintWriter out;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param searchIndexWait how long to wait for Salesforce's search index to hold the new Contact (a new record is
     *                        not searchable at once in a real org)
     */
    public SmokeTest(
            CallPath path, SalesforceApi salesforce, String dialedNumber, Duration searchIndexWait, PrintWriter out) {
        this.path = Objects.requireNonNull(path, "path");
        this.salesforce = Objects.requireNonNull(salesforce, "salesforce");
        this.dialedNumber = Objects.requireNonNull(dialedNumber, "dialedNumber");
        this.searchIndexWait = Objects.requireNonNull(searchIndexWait, "searchIndexWait");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** True when every step and check passed and everything created was deleted. */
    public boolean run() throws InterruptedException {
        String areaCode = AREA_CODES.get(random.nextInt(AREA_CODES.size()));
        String line = "01" + String.format("%02d", random.nextInt(100));
        String caller = "+1" + areaCode + "555" + line;
        SimulatedCall call =
                SimulatedCall.now(caller, dialedNumber, Optional.of(AGENT), SimulatedCall.Outcome.ANSWERED, TALK_TIME);
        String contact = salesforce.create(
                "Contact",
                Map.of(
                        "FirstName", "ctibridge",
                        "LastName", "Smoke test " + STAMP.format(Instant.now()),
                        "Phone", "(" + areaCode + ") 555-" + line, // as people type it
                        "Description",
                                "Made by 'ctibridge smoke' for call " + call.contactId() + "; deleted when it ends."));
        out.println("test Contact " + contact + " with phone " + caller);
        List<String> problems = new ArrayList<>();
        try {
            if (!searchable(areaCode + "555" + line, contact)) {
                problems.add(
                        "Salesforce search did not find the test Contact within " + searchIndexWait.toSeconds() + " s");
            } else {
                CallSimulation.Result result = new CallSimulation(path, new SalesforceTasks(salesforce), out).run(call);
                problems.addAll(result.problems());
                String status = result.lookup().path("lookupStatus").asText();
                if (!"MATCH".equals(status)
                        || !contact.equals(result.lookup().path("recordId").asText())) {
                    problems.add("the lookup answered " + status + " "
                            + result.lookup().path("recordId").asText() + ", expected MATCH on the test Contact "
                            + contact);
                }
            }
        } finally {
            problems.addAll(cleanUp(call.contactId(), contact));
        }
        out.println();
        out.println(problems.isEmpty() ? "smoke test passed" : "smoke test FAILED:");
        problems.forEach(problem -> out.println("  - " + problem));
        out.flush();
        return problems.isEmpty();
    }

    private boolean searchable(String digits, String contact) throws InterruptedException {
        Instant giveUp = Instant.now().plus(searchIndexWait);
        while (true) {
            List<SObject> found = salesforce.search("FIND {" + digits + "} IN PHONE FIELDS RETURNING Contact(Id)");
            if (found.stream()
                    .anyMatch(record -> record.id().filter(contact::equals).isPresent())) {
                return true;
            }
            if (Instant.now().isAfter(giveUp)) {
                return false;
            }
            out.println("waiting for Salesforce search to index the test Contact…");
            Thread.sleep(5_000);
        }
    }

    /** Deletes the call's Tasks and the test Contact; what could not be deleted is a problem, named for cleanup. */
    private List<String> cleanUp(String contactId, String contact) {
        List<String> problems = new ArrayList<>();
        out.println();
        try {
            for (SObject task : CallTasks.find(salesforce, contactId)) {
                String id = task.id().orElseThrow();
                salesforce.delete("Task", id);
                out.println("deleted Task " + id);
            }
        } catch (SalesforceException e) {
            problems.add("could not delete the call's Tasks (CallObject " + contactId + "): " + e.getMessage());
        }
        try {
            salesforce.delete("Contact", contact);
            out.println("deleted Contact " + contact);
        } catch (SalesforceException e) {
            problems.add("could not delete the test Contact " + contact + ": " + e.getMessage());
        }
        return problems;
    }
}
