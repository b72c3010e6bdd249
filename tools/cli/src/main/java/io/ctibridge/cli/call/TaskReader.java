package io.ctibridge.cli.call;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reads back the Tasks Salesforce holds for a contact (Task.CallObject = the ContactId). */
public interface TaskReader {

    List<JsonNode> tasks(String contactId);

    /** Where they are read, for the printout. */
    String describeTasks();

    /** The VoiceCalls whose VendorCallKey is the contact (profiles whose call log writes VoiceCalls); none here. */
    default List<JsonNode> voiceCalls(String contactId) {
        return List.of();
    }

    default String describeVoiceCalls() {
        return "(not read)";
    }
}
