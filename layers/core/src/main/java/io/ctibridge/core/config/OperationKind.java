package io.ctibridge.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a {@link FlowOperation} does in Salesforce; written in lower case in a profile ({@code "kind": "find"}). */
public enum OperationKind {
    /** Reads the records whose match fields equal the flow's inputs. */
    FIND,
    /** Creates one record, once per contact however often Connect retries. */
    CREATE,
    /** Sets fields on the lookup's match or on a record an earlier operation found or created. */
    UPDATE;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code find}, {@code create}, {@code update}; anything else is a parse error naming the setting. */
    @JsonCreator
    static OperationKind fromJson(String name) {
        for (OperationKind kind : values()) {
            if (kind.jsonName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind must be find, create or update, not '" + name + "'");
    }
}
