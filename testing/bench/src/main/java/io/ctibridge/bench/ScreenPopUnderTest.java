package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.lookup.FlowResponse;
import io.ctibridge.function.lookup.CallerLookupHandler;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The screen pop's cold starts. A pop needs its contact's lookup stored and a pop token minted by it, so before
 * each child the harness looks the sample caller up on the stack (a warm handler, as the contact flow's lookup
 * would have run) for a new ContactId, then writes the sample {@code GET /v1/pops/{contactId}} for that contact
 * with the token as its bearer. The child must answer 200 with that lookup's result.
 */
final class ScreenPopUnderTest extends SampleEventFunction {

    private final CallerLookupHandler lookups;
    private final ContactFlowEvents contacts;
    private final String caller;
    private final EventFiles files;

    /**
     * @param lookups      a lookup handler wired as in Lambda on the same stack
     * @param lookupSample the contact-flow event whose caller the pops are for
     * @param sample       the HTTP API event of a pop
     */
    ScreenPopUnderTest(
            BenchStack stack, CallerLookupHandler lookups, Path lookupSample, Path sample, EventFiles files) {
        super(BenchFunction.SCREEN_POP, stack, sample);
        this.lookups = Objects.requireNonNull(lookups, "lookups");
        ConnectEvent lookupEvent = ContactFlowEvents.read(lookupSample);
        this.caller =
                lookupEvent.getDetails().getContactData().getCustomerEndpoint().getAddress();
        this.contacts = ContactFlowEvents.load(lookupSample);
        this.files = Objects.requireNonNull(files, "files");
    }

    @Override
    public PreparedEvent prepare() {
        ConnectEvent call = contacts.next(caller);
        String contactId = call.getDetails().getContactData().getContactId();
        Map<String, String> lookup = lookups.handleEvent(call, null);
        String token = lookup.get(FlowResponse.POP_TOKEN);
        if (token == null || token.isEmpty()) {
            throw new IllegalStateException(
                    "the lookup for the pop minted no token: " + lookup.get(FlowResponse.LOOKUP_STATUS));
        }
        ObjectNode event = EventFiles.read(sample);
        String path = "/v1/pops/" + contactId;
        event.put("rawPath", path);
        event.withObjectProperty("requestContext").withObjectProperty("http").put("path", path);
        event.withObjectProperty("pathParameters").put("contactId", contactId);
        event.withObjectProperty("headers").put("authorization", "Bearer " + token);
        return new PreparedEvent(files.write(function().cliName(), event), answer -> check(answer, contactId, lookup));
    }

    private static Verdict check(JsonNode answer, String contactId, Map<String, String> lookup) {
        int status = answer.path("statusCode").asInt();
        if (status != 200) {
            return Verdict.failed(status + " " + answer.path("body").asText());
        }
        JsonNode pop = EventFiles.parse(answer.path("body").asText());
        JsonNode matches = pop.path("matches");
        String summary = status + ", " + pop.path("lookupStatus").asText() + ", " + matches.size() + " matches";
        boolean asLookedUp = contactId.equals(pop.path("contactId").asText())
                && pop.path("lookupStatus").asText().equals(lookup.get(FlowResponse.LOOKUP_STATUS))
                && Integer.toString(matches.size()).equals(lookup.get(FlowResponse.MATCH_COUNT))
                && matches.path(0).path("id").asText().equals(lookup.get(FlowResponse.RECORD_ID));
        return asLookedUp
                ? Verdict.passed(summary)
                : Verdict.failed(summary + " (looked up: " + lookup.get(FlowResponse.LOOKUP_STATUS) + ", "
                        + lookup.get(FlowResponse.MATCH_COUNT) + " matches)");
    }
}
