/**
 * The VoiceCall destination's Salesforce vocabulary: what a contact becomes in the Telephony Integration API
 * ({@link VoiceCallRequests}: the create and the closing update, from the contact record and its details), and the
 * REST query that finds a VoiceCall a lost answer may have made
 * ({@link VendorCallKeyQuery}). Layer: jobs, a part of the call log beside {@code calllog.task}; the call log's
 * {@code VoiceCallWriteStep} drives it under the shared ledger, batching and dead letters.
 */
package io.ctibridge.core.calllog.voicecall;
