package io.ctibridge.cli.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.cli.calllog.CallTasks;
import io.ctibridge.cli.calllog.CallVoiceCalls;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.util.List;
import java.util.Objects;

/** The call log read back straight from Salesforce, with the operator's own login. */
public final class SalesforceTasks implements TaskReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SalesforceApi salesforce;

    public SalesforceTasks(SalesforceApi salesforce) {
        this.salesforce = Objects.requireNonNull(salesforce, "salesforce");
    }

    @Override
    public List<JsonNode> tasks(String contactId) {
        return CallTasks.find(salesforce, contactId).stream()
                .map(SObject::fields)
                .map(fields -> (JsonNode) JSON.valueToTree(fields))
                .toList();
    }

    @Override
    public List<JsonNode> voiceCalls(String contactId) {
        return CallVoiceCalls.find(salesforce, contactId).stream()
                .map(call -> (JsonNode) JSON.valueToTree(call.fields()))
                .toList();
    }

    @Override
    public String describeVoiceCalls() {
        return "Salesforce query: SELECT … FROM VoiceCall WHERE VendorCallKey = '{contactId}'";
    }

    @Override
    public String describeTasks() {
        return "Salesforce query: SELECT … FROM Task WHERE CallObject = '{contactId}'";
    }
}
