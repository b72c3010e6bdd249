package io.ctibridge.cli.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.cli.calllog.ContactRecordBatches;
import io.ctibridge.cli.common.OperationFailedException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * The call through a deployed stack: the lookup function invoked as the contact flow invokes it, the pop API over
 * HTTPS as the adapter calls it, and the contact-record function invoked with the Kinesis event the stream's
 * event source mapping would send (synchronously, so the answer says at once whether the record was logged; the
 * stream itself and Connect's data streaming are not exercised).
 */
public final class DeployedPath implements CallPath {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaClient lambda;
    private final String lookupFunction;
    private final String contactRecordFunction;
    private final String popApiUrl;
    private final JsonHttp http = new JsonHttp();
    private final ContactRecordBatches batches = new ContactRecordBatches(Clock.systemUTC());

    /**
     * @param lookupFunction        name or ARN of the lookup function's {@code live} alias (CallerLookupFunctionArn)
     * @param contactRecordFunction name or ARN of the contact-record function's {@code live} alias
     * @param popApiUrl             the stack's PopApiUrl output
     */
    public DeployedPath(LambdaClient lambda, String lookupFunction, String contactRecordFunction, URI popApiUrl) {
        this.lambda = Objects.requireNonNull(lambda, "lambda");
        this.lookupFunction = Objects.requireNonNull(lookupFunction, "lookupFunction");
        this.contactRecordFunction = Objects.requireNonNull(contactRecordFunction, "contactRecordFunction");
        String url = popApiUrl.toString();
        this.popApiUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public JsonNode lookup(ObjectNode contactFlowEvent) {
        return invoke(lookupFunction, contactFlowEvent);
    }

    @Override
    public HttpAnswer pop(String contactId, String popToken) {
        return http.get(URI.create(popApiUrl + "/v1/pops/" + contactId), "Bearer " + popToken);
    }

    @Override
    public JsonNode logContactRecord(ObjectNode contactRecord) {
        try {
            return invoke(contactRecordFunction, batches.kinesisEvent(List.of(JSON.writeValueAsBytes(contactRecord))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String describe(Step step) {
        return switch (step) {
            case LOOKUP -> "Lambda invoke " + lookupFunction;
            case POP -> "GET  " + popApiUrl + "/v1/pops/{contactId}";
            case CONTACT_RECORD -> "Lambda invoke " + contactRecordFunction + " (Kinesis event)";
        };
    }

    private JsonNode invoke(String function, ObjectNode event) {
        byte[] payloadIn;
        try {
            payloadIn = JSON.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        InvokeResponse response = lambda.invoke(request -> request.functionName(function)
                .invocationType(InvocationType.REQUEST_RESPONSE)
                .payload(SdkBytes.fromByteArray(payloadIn)));
        JsonNode payload;
        try {
            payload = JSON.readTree(response.payload().asByteArray());
        } catch (IOException e) {
            throw new OperationFailedException(function + " answered something that is not JSON");
        }
        if (response.functionError() != null) {
            throw new OperationFailedException(function + " failed (" + response.functionError() + "): "
                    + payload.path("errorMessage").asText(payload.toString()));
        }
        return payload;
    }
}
