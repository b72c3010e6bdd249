/**
 * One HTTP exchange with Salesforce, bounded: {@link HttpCalls} runs a request within a
 * {@link io.ctibridge.core.time.Deadline} and turns network failures and timeouts into the client's exceptions,
 * answering a {@link HttpResult} read to the end. {@link HttpSettings} builds the OkHttp client every Salesforce call
 * goes through, with its timeouts, and {@link SecureUrls} lets tokens and secrets travel only over HTTPS (plain HTTP
 * only to loopback, where the emulator listens). Layer: shared, the bottom of the Salesforce client, used by
 * {@code salesforce.api} and {@code salesforce.auth}. It knows nothing of sessions, endpoints or JSON, and depends only
 * on {@code salesforce} (its exceptions) and {@code time}.
 */
package io.ctibridge.core.salesforce.http;
