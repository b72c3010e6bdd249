package io.ctibridge.emulator.write;

import io.ctibridge.emulator.schema.OrgSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Salesforce's Task rules that describe alone does not express: a Task about a Lead cannot also be related to a
 * record (WhoId Lead ⇒ WhatId empty). WhoId/WhatId target types are checked generically from referenceTo.
 */
final class TaskRules {
    private final OrgSchema schema;

    TaskRules(OrgSchema schema) {
        this.schema = schema;
    }

    Optional<RecordError> check(Map<String, Object> merged) {
        Object whoId = merged.get("WhoId");
        Object whatId = merged.get("WhatId");
        boolean whoIsLead = whoId instanceof String who
                && schema.objectForId(who).map(o -> o.name().equals("Lead")).orElse(false);
        if (whoIsLead && whatId != null) {
            return Optional.of(new RecordError(
                    "FIELD_INTEGRITY_EXCEPTION",
                    "Related To ID: a task related to a lead cannot have a Related To record",
                    List.of("WhatId")));
        }
        return Optional.empty();
    }
}
