package io.ctibridge.core.pop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The argument of {@code sforce.opencti.screenPop({type, params})}, ready to pass as is. Params hold exactly the keys
 * Open CTI documents for the type.
 * See https://developer.salesforce.com/docs/atlas.en-us.api_cti.meta/api_cti/sforce_api_cti_screenpop_lex.htm
 */
public record OpenCtiScreenPop(Type type, Map<String, Object> params) {

    /** The {@code sforce.opencti.SCREENPOP_TYPE} values this API pops. */
    public enum Type {
        SOBJECT,
        SEARCH,
        NEW_RECORD_MODAL,
        FLOW
    }

    public OpenCtiScreenPop {
        Objects.requireNonNull(type, "type");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * Open CTI's rendering of a pop, or null for {@link Pop.ShowMatches}: Open CTI has no type for "let the agent
     * choose among these records" (its LIST type opens a list view), so the adapter shows the matches itself.
     */
    public static OpenCtiScreenPop of(Pop pop) {
        return switch (pop) {
            case Pop.ShowRecord record -> new OpenCtiScreenPop(Type.SOBJECT, Map.of("recordId", record.recordId()));
            case Pop.ShowSearch search ->
                new OpenCtiScreenPop(Type.SEARCH, Map.of("searchString", search.searchTerm()));
            case Pop.ShowMatches _ -> null;
            case Pop.NewRecordForm form ->
                new OpenCtiScreenPop(
                        Type.NEW_RECORD_MODAL,
                        ordered("entityName", form.object(), "defaultFieldValues", form.fieldValues()));
            case Pop.RunFlow flow ->
                new OpenCtiScreenPop(
                        Type.FLOW, ordered("flowDevName", flow.flowDevName(), "flowArgs", flowArgs(flow.flowArgs())));
        };
    }

    /** Open CTI's {@code flowArgs}: {@code [{name, type, value}]}. */
    private static List<Map<String, Object>> flowArgs(List<Pop.FlowInput> inputs) {
        return inputs.stream()
                .map(input -> ordered("name", input.name(), "type", input.type(), "value", input.value()))
                .toList();
    }

    /** Two entries in this order; values may be null (a flow variable or a field may be set to null). */
    private static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    private static Map<String, Object> ordered(
            String key1, Object value1, String key2, Object value2, String key3, Object value3) {
        Map<String, Object> map = ordered(key1, value1, key2, value2);
        map.put(key3, value3);
        return Collections.unmodifiableMap(map);
    }
}
