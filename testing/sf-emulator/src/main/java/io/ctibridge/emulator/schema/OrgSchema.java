package io.ctibridge.emulator.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** All object describes of the emulated org, found by name (case-insensitive) or by an id's key prefix. */
public final class OrgSchema {
    private final Map<String, ObjectSchema> byLowerName = new LinkedHashMap<>();
    private final Map<String, ObjectSchema> byPrefix = new LinkedHashMap<>();

    public OrgSchema(List<ObjectSchema> objects) {
        for (ObjectSchema object : objects) {
            byLowerName.put(object.name().toLowerCase(Locale.ROOT), object);
            ObjectSchema clash = byPrefix.put(object.keyPrefix(), object);
            if (clash != null) {
                throw new IllegalArgumentException(
                        "key prefix " + object.keyPrefix() + " used by " + clash.name() + " and " + object.name());
            }
        }
    }

    public Optional<ObjectSchema> object(String name) {
        return Optional.ofNullable(byLowerName.get(name.toLowerCase(Locale.ROOT)));
    }

    public ObjectSchema require(String name) {
        return object(name).orElseThrow(() -> new IllegalArgumentException("unknown sObject type " + name));
    }

    /** The object an id belongs to, from its 3-character key prefix. */
    public Optional<ObjectSchema> objectForId(String id) {
        if (id == null || id.length() < 3) {
            return Optional.empty();
        }
        return Optional.ofNullable(byPrefix.get(id.substring(0, 3)));
    }

    public List<ObjectSchema> objects() {
        return List.copyOf(byLowerName.values());
    }
}
