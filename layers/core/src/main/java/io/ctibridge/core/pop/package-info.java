/**
 * The screen-pop job: answer {@code GET /v1/pops/<contactId>} for an agent's softphone with what to show for that
 * contact, and always something (a record, a search, the list of matches, a new-record form or a flow). The HTTP face
 * is {@link ScreenPopEndpoint#handle}, which checks route, ContactId and pop token before any contact data is read;
 * {@link ScreenPopService} finds the stored lookup result or runs the lookup now, {@link PopPlanner} chooses the
 * {@link Pop} by the profile's pop rules, and {@link ScreenPopPayload} carries it with its Open CTI renderings. Layer:
 * jobs, built by {@link io.ctibridge.core.root.CompositionRoot#screenPop()}. Besides shared packages ({@code config},
 * {@code config.store}, {@code contact}, {@code poptoken}, {@code phone}, {@code observability}, {@code time}) it
 * depends on one other job, {@link io.ctibridge.core.lookup.CallerLookup}, for a contact whose result is missing; it
 * must not call Salesforce directly, nor depend on the call log, the root or priming.
 */
package io.ctibridge.core.pop;
