package io.ctibridge.core.calllog.task;

import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.LookupResult;
import java.util.Optional;

/**
 * The records a call's Task is about, from the caller lookup's best match. Salesforce's rules: WhoId names a
 * Contact or a Lead only; a Task about a Lead cannot also be related to a record; WhatId never names a Lead.
 *
 * @param whoId  the Contact or Lead, or null
 * @param whatId the Account (a Contact's, or the match itself) or other record, or null
 */
public record RelatedRecords(String whoId, String whatId) {

    public static final RelatedRecords NONE = new RelatedRecords(null, null);

    /** From the lookup's stored result; {@link #NONE} when there is none or it found nobody. */
    public static RelatedRecords of(Optional<LookupResult> lookup) {
        return lookup.filter(result -> result.status().foundRecords())
                .flatMap(LookupResult::best)
                .map(RelatedRecords::of)
                .orElse(NONE);
    }

    /**
     * From the lookup's stored result, with the Task related (WhatId) to {@code operationRecordId} when a contact-flow
     * operation names one, e.g. the Case the caller opened in the IVR. Not when the Task is about a Lead: Salesforce
     * refuses a WhatId beside a Lead's WhoId, and the Lead is what the call log has always linked.
     */
    public static RelatedRecords of(Optional<LookupResult> lookup, Optional<String> operationRecordId) {
        RelatedRecords base = of(lookup);
        boolean aboutALead = lookup.filter(result -> result.status().foundRecords())
                .flatMap(LookupResult::best)
                .filter(match -> match.objectType().equals("Lead"))
                .isPresent();
        return operationRecordId.isEmpty() || aboutALead
                ? base
                : new RelatedRecords(base.whoId(), operationRecordId.get());
    }

    static RelatedRecords of(CallerMatch match) {
        return switch (match.objectType()) {
            case "Contact" -> new RelatedRecords(match.id(), match.accountId());
            case "Lead" -> new RelatedRecords(match.id(), null);
            default -> new RelatedRecords(null, match.id());
        };
    }
}
