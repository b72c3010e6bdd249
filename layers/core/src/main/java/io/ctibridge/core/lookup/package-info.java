/**
 * The caller-lookup job: while the phone rings, classify the caller's number, search Salesforce once, rank the
 * candidates by the profile, store the result for the screen pop and the call log, and mint the pop token, all within
 * the profile's deadline. Callers use {@link CallerLookup#lookup} with a {@link LookupRequest} and get a
 * {@link LookupOutcome}; {@link FlowResponse} shapes it into the flat string map the contact flow accepts. Failures and
 * slowness become {@link io.ctibridge.core.contact.LookupStatus#UNAVAILABLE}, never an exception, so the contact flow
 * always gets an answer. Layer: jobs, built by {@link io.ctibridge.core.root.CompositionRoot#callerLookup()}. It uses
 * shared packages only ({@code config}, {@code config.store}, {@code contact}, {@code phone}, {@code poptoken},
 * {@code salesforce}, {@code salesforce.api}, {@code salesforce.guard} (shed or open: UNAVAILABLE without a search),
 * {@code observability}, {@code time}); it must not depend on another job,
 * the root or priming, nor on Salesforce's {@code auth}, {@code session} or {@code http} packages.
 */
package io.ctibridge.core.lookup;
