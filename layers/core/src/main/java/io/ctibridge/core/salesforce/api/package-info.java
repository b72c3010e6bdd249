/**
 * The Salesforce REST API as typed calls: each method of {@link SalesforceApi} calls one endpoint (query, search,
 * parameterizedSearch, sObject create and delete, sObject Collections, Composite). Requests and answers are plain
 * values ({@link SObject}, {@link ParameterizedSearch}, {@link QueryPage}, {@link SaveResult}); error answers become
 * {@link io.ctibridge.core.salesforce.SalesforceException} subtypes, and a 401 gets one session refresh and one resend;
 * nothing else is retried here. A new Salesforce operation is a new method here, used by a job and taught to the
 * emulator in testing/sf-emulator. Layer: shared, reached by the jobs through the
 * {@link io.ctibridge.core.root.CompositionRoot#salesforce()} supplier. It depends only on {@code salesforce},
 * {@code salesforce.session}, {@code salesforce.http} and {@code time}: never on {@code salesforce.auth} (it gets
 * sessions, not credentials), {@code config}, {@code contact} or a job.
 */
package io.ctibridge.core.salesforce.api;
