package io.ctibridge.core.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the agent's screen shows for a lookup outcome. In the profile it is an object whose {@code action} names
 * the kind: {@code {"action": "NEW_RECORD", "object": "Lead"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "action")
@JsonSubTypes({
    @JsonSubTypes.Type(PopAction.OpenRecord.class),
    @JsonSubTypes.Type(PopAction.OpenSearch.class),
    @JsonSubTypes.Type(PopAction.OpenTopRecord.class),
    @JsonSubTypes.Type(PopAction.OfferList.class),
    @JsonSubTypes.Type(PopAction.NewRecord.class),
    @JsonSubTypes.Type(PopAction.RunFlow.class)
})
public sealed interface PopAction {

    /** The {@code action} name written in profiles, e.g. {@code NEW_RECORD}. */
    @JsonIgnore
    default String action() {
        return getClass().getAnnotation(JsonTypeName.class).value();
    }

    /** Open the matched record. */
    @JsonTypeName("RECORD")
    record OpenRecord() implements PopAction {}

    /** Open Salesforce search for the caller's number, the agent picks. */
    @JsonTypeName("SEARCH")
    record OpenSearch() implements PopAction {}

    /** Open the best-ranked of the matches. */
    @JsonTypeName("TOP_RECORD")
    record OpenTopRecord() implements PopAction {}

    /** Pop nothing; the softphone shows the ranked matches for the agent to choose from. */
    @JsonTypeName("LIST")
    record OfferList() implements PopAction {}

    /**
     * Open a new-record form with the caller's number filled in when known.
     *
     * @param object             object to create (default {@code Contact})
     * @param phoneField         field that receives the caller's number (default {@code Phone})
     * @param defaultFieldValues more prefilled fields
     */
    @JsonTypeName("NEW_RECORD")
    record NewRecord(String object, String phoneField, Map<String, ScalarValue> defaultFieldValues)
            implements PopAction {

        public static final String DEFAULT_OBJECT = "Contact";
        public static final String DEFAULT_PHONE_FIELD = "Phone";

        public NewRecord {
            object = object == null ? DEFAULT_OBJECT : object;
            phoneField = phoneField == null ? DEFAULT_PHONE_FIELD : phoneField;
            defaultFieldValues = defaultFieldValues == null
                    ? Map.of()
                    : Collections.unmodifiableMap(new LinkedHashMap<>(defaultFieldValues));
        }

        /** A New Contact form with the number in Phone: the safe fallback. */
        public static NewRecord contact() {
            return new NewRecord(null, null, null);
        }
    }

    /**
     * Start an active screen flow.
     *
     * @param flowDevName API name of the flow
     * @param flowArgs    input variables passed to it
     */
    @JsonTypeName("FLOW")
    record RunFlow(String flowDevName, List<FlowArg> flowArgs) implements PopAction {
        public RunFlow {
            flowArgs = flowArgs == null ? List.of() : List.copyOf(flowArgs);
        }
    }

    /**
     * An input variable of a flow, shaped as Open CTI's {@code flowArgs} entries.
     *
     * @param name  the flow variable
     * @param type  its type as Open CTI names it (default {@code String})
     * @param value its value
     */
    record FlowArg(String name, String type, ScalarValue value) {
        public static final String DEFAULT_TYPE = "String";

        public FlowArg {
            type = type == null ? DEFAULT_TYPE : type;
        }
    }
}
