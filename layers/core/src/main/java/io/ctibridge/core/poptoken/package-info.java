/**
 * Pop tokens: the short-lived capability that lets an agent's softphone read one contact's screen pop and nothing else.
 * {@link PopTokenService} mints a token for a ContactId (the lookup, as it answers the flow) and verifies one against
 * the ContactId asked for (the pop API), with a {@link PopTokenVerdict}; the ContactId and expiry are inside an
 * HMAC-SHA256, so a token cannot be moved to another contact or extended. Keys are {@link PopTokenKeys} read by
 * {@link SecretsManagerPopTokenKeys}: the current secret version signs and the previous one still verifies, so a
 * rotation never breaks a token in flight. Layer: shared, built by
 * {@link io.ctibridge.core.root.CompositionRoot#popTokens()}; it depends on no other ctibridge package and must not
 * depend on a job.
 */
package io.ctibridge.core.poptoken;
