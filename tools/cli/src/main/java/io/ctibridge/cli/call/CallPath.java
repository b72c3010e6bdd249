package io.ctibridge.cli.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;

/**
 * The three places a call passes through the backend: the flow's lookup while it rings, the softphone's pop when
 * the agent's screen opens, the contact record after it ends. Locally these are the local server's routes;
 * deployed, the Lambda functions and the pop API.
 */
public interface CallPath {

    /** The lookup's flat answer to the contact flow. */
    JsonNode lookup(ObjectNode contactFlowEvent);

    /** {@code GET /v1/pops/{contactId}} with the pop token, as the adapter calls it. */
    HttpAnswer pop(String contactId, String popToken);

    /** The contact-record function's answer ({@code batchItemFailures}) for a batch of this one record. */
    JsonNode logContactRecord(ObjectNode contactRecord);

    /** Where each step goes, for the printout. */
    String describe(Step step);

    enum Step {
        LOOKUP,
        POP,
        CONTACT_RECORD
    }

    /** An HTTP answer: its status and JSON body (null when there was none or it was not JSON). */
    record HttpAnswer(URI uri, int status, JsonNode body) {}
}
