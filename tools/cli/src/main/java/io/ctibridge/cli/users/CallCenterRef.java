package io.ctibridge.cli.users;

import java.util.Objects;

/** A call center found in the org: its id, its name and the internal name the definition file gave it. */
public record CallCenterRef(String id, String name, String internalName) {

    public CallCenterRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(internalName, "internalName");
    }

    @Override
    public String toString() {
        return name + " (" + internalName + ")";
    }
}
