package io.ctibridge.core.pop;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.contact.OperationRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code GET /v1/pops/{contactId}} answers: the neutral facts (status, number, ranked matches, the chosen
 * {@link Pop}) that any softphone surface can use, and their Open CTI renderings.
 *
 * @param contactId          the Amazon Connect ContactId
 * @param callerNumber       E.164, or null (left out of the JSON) when withheld, invalid or unknown
 * @param lookupStatus       the lookup's status
 * @param matches            ranked, best first; empty for statuses that found nothing
 * @param pop                what to show, in no softphone's vocabulary
 * @param screenPop          the argument of {@code sforce.opencti.screenPop}; null when {@code pop} is a list for the
 *                           agent to choose from (kind {@code LIST}), which Open CTI cannot navigate to
 * @param searchAndScreenPop the argument of {@code sforce.opencti.searchAndScreenPop}, for the softphone layout
 */
@JsonPropertyOrder({"contactId", "callerNumber", "lookupStatus", "matches", "pop", "screenPop", "searchAndScreenPop"})
public record ScreenPopPayload(
        String contactId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String callerNumber,
        LookupStatus lookupStatus,
        List<Match> matches,
        Pop pop,
        OpenCtiScreenPop screenPop,
        OpenCtiSearchAndScreenPop searchAndScreenPop) {

    public ScreenPopPayload {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(lookupStatus, "lookupStatus");
        matches = List.copyOf(matches);
        Objects.requireNonNull(pop, "pop");
        Objects.requireNonNull(searchAndScreenPop, "searchAndScreenPop");
    }

    /** The payload for a lookup result, its pop chosen by the profile's rules. */
    public static ScreenPopPayload of(LookupResult result, Profile profile) {
        return of(result, profile, Optional.empty());
    }

    /**
     * The payload for a lookup result, opening {@code operationRecord} when a contact-flow operation whose profile
     * entry says {@code popRecord} found or created one (e.g. the Case the caller keyed in), else as the rules say.
     */
    public static ScreenPopPayload of(LookupResult result, Profile profile, Optional<OperationRecord> operationRecord) {
        Pop pop = operationRecord
                .filter(OperationRecord::hasRecord)
                .<Pop>map(record -> new Pop.ShowRecord(record.recordId(), record.objectType()))
                .orElseGet(() -> PopPlanner.plan(result, profile));
        return new ScreenPopPayload(
                result.contactId(),
                result.callerNumber().isEmpty() ? null : result.callerNumber(),
                result.status(),
                result.matches().stream().map(Match::of).toList(),
                pop,
                OpenCtiScreenPop.of(pop),
                OpenCtiSearchAndScreenPop.of(result.callerNumber(), pop, PopPlanner.newRecordForm(result, profile)));
    }

    /**
     * A ranked match as the softphone shows it.
     *
     * @param object       the record's object, e.g. Contact
     * @param accountId    its Account, or null
     * @param accountName  that Account's name, or null when Salesforce did not return it
     * @param matchedField the phone field that held the caller's number
     */
    @JsonPropertyOrder({"id", "object", "name", "accountId", "accountName", "matchedField"})
    public record Match(
            String id, String object, String name, String accountId, String accountName, String matchedField) {

        static Match of(CallerMatch match) {
            return new Match(
                    match.id(),
                    match.objectType(),
                    match.name(),
                    match.accountId(),
                    match.accountName(),
                    match.matchedField());
        }
    }
}
