package io.ctibridge.core.poptoken;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The HMAC keys for pop tokens: the active one signs, every listed one verifies, so tokens minted just before a
 * rotation stay good for their short life.
 */
public final class PopTokenKeys {

    /** HMAC-SHA256 wants at least its output size in key material. */
    static final int MIN_KEY_BYTES = 32;

    private final String activeKeyId;
    private final Map<String, byte[]> keys;

    public PopTokenKeys(String activeKeyId, Map<String, byte[]> keys) {
        this.activeKeyId = Objects.requireNonNull(activeKeyId, "activeKeyId");
        Map<String, byte[]> copy = new HashMap<>();
        keys.forEach((id, key) -> {
            if (id == null || id.isBlank() || id.contains(".") || id.contains("|")) {
                throw new IllegalArgumentException("pop token key id must be non-empty without '.' or '|'");
            }
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException(
                        "pop token key '" + id + "' is shorter than " + MIN_KEY_BYTES + " bytes");
            }
            copy.put(id, key.clone());
        });
        if (!copy.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("active pop token key '" + activeKeyId + "' is not among the keys");
        }
        this.keys = Map.copyOf(copy);
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    byte[] activeKey() {
        return keys.get(activeKeyId).clone();
    }

    Optional<byte[]> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId)).map(byte[]::clone);
    }

    @Override
    public String toString() {
        return "PopTokenKeys[active=" + activeKeyId + ", ids=" + keys.keySet() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PopTokenKeys other
                && activeKeyId.equals(other.activeKeyId)
                && keys.keySet().equals(other.keys.keySet())
                && keys.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), other.keys.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return Objects.hash(activeKeyId, keys.keySet());
    }
}
