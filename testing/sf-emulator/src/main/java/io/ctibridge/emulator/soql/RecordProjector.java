package io.ctibridge.emulator.soql;

import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.ObjectSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shapes a record as the REST API returns it: {@code attributes} first, then the selected fields in order,
 * parent fields nested under the relationship name (null when there is no parent).
 */
public final class RecordProjector {
    private final FieldReader reader;
    private final String apiVersion;

    public RecordProjector(FieldReader reader, String apiVersion) {
        this.reader = reader;
        this.apiVersion = apiVersion;
    }

    public Map<String, Object> project(ObjectSchema object, Map<String, Object> record, List<FieldRef> select) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("attributes", attributes(object, record));
        for (FieldRef ref : select) {
            if (ref.relationship().isEmpty()) {
                out.put(ref.field().name(), record.get(ref.field().name()));
            } else {
                putParentField(out, record, ref);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void putParentField(Map<String, Object> out, Map<String, Object> record, FieldRef ref) {
        FieldDef relationship = ref.relationship().orElseThrow();
        String key = relationship.relationshipName();
        if (out.containsKey(key) && out.get(key) == null) {
            return;
        }
        var parent = reader.parent(record, relationship);
        if (parent.isEmpty()) {
            out.put(key, null);
            return;
        }
        Map<String, Object> nested = (Map<String, Object>) out.computeIfAbsent(key, k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("attributes", attributes(parent.get().object(), parent.get().record()));
            return m;
        });
        String fieldName = parent.get()
                .object()
                .field(ref.field().name())
                .map(FieldDef::name)
                .orElse(ref.field().name());
        nested.put(fieldName, parent.get().record().get(fieldName));
    }

    public Map<String, Object> attributes(ObjectSchema object, Map<String, Object> record) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("type", object.name());
        attributes.put("url", "/services/data/" + apiVersion + "/sobjects/" + object.name() + "/" + record.get("Id"));
        return attributes;
    }
}
