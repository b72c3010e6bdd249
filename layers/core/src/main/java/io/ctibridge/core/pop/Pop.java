package io.ctibridge.core.pop;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the agent's screen should show for a contact, in no softphone's vocabulary: any surface (Open CTI, Service
 * Cloud Voice, a custom CCP page) can act on it. In JSON, {@code kind} names the variant.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(Pop.ShowRecord.class),
    @JsonSubTypes.Type(Pop.ShowSearch.class),
    @JsonSubTypes.Type(Pop.ShowMatches.class),
    @JsonSubTypes.Type(Pop.NewRecordForm.class),
    @JsonSubTypes.Type(Pop.RunFlow.class)
})
public sealed interface Pop {

    /** The {@code kind} written in JSON, e.g. {@code NEW_RECORD}. */
    @JsonIgnore
    default String kind() {
        return getClass().getAnnotation(JsonTypeName.class).value();
    }

    /** Open one record. */
    @JsonTypeName("RECORD")
    record ShowRecord(String recordId, String object) implements Pop {
        public ShowRecord {
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(object, "object");
        }
    }

    /** Open the CRM's search for {@code searchTerm} (the caller's number); the agent picks. */
    @JsonTypeName("SEARCH")
    record ShowSearch(String searchTerm) implements Pop {
        public ShowSearch {
            Objects.requireNonNull(searchTerm, "searchTerm");
        }
    }

    /** Navigate nowhere: the softphone lists the payload's {@code matches} and the agent chooses. */
    @JsonTypeName("LIST")
    record ShowMatches() implements Pop {}

    /**
     * Open a form to create a record.
     *
     * @param object      API name of the object, e.g. Contact
     * @param fieldValues prefilled fields: plain JSON scalars ({@code String}, {@code BigDecimal}, {@code Boolean},
     *                    {@code null}), the caller's number among them when known
     */
    @JsonTypeName("NEW_RECORD")
    record NewRecordForm(String object, Map<String, Object> fieldValues) implements Pop {
        public NewRecordForm {
            Objects.requireNonNull(object, "object");
            // Not Map.copyOf: a profile may prefill a field with an explicit null.
            fieldValues = Collections.unmodifiableMap(new LinkedHashMap<>(fieldValues));
        }
    }

    /**
     * Start a screen flow.
     *
     * @param flowDevName API name of the flow
     * @param flowArgs    its input variables
     */
    @JsonTypeName("FLOW")
    record RunFlow(String flowDevName, List<FlowInput> flowArgs) implements Pop {
        public RunFlow {
            Objects.requireNonNull(flowDevName, "flowDevName");
            flowArgs = List.copyOf(flowArgs);
        }
    }

    /**
     * A flow input variable.
     *
     * @param value a plain JSON scalar, possibly null
     */
    record FlowInput(String name, String type, Object value) {
        public FlowInput {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }
}
