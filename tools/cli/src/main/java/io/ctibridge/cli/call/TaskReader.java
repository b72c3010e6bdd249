package io.ctibridge.cli.call;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reads back the Tasks Salesforce holds for a contact (Task.CallObject = the ContactId). */
public interface TaskReader {

    List<JsonNode> tasks(String contactId);

    /** Where they are read, for the printout. */
    String describeTasks();
}
