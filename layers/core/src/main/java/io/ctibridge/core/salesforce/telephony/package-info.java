/**
 * The Telephony Integration API of Salesforce Voice with Partner Telephony (Service Cloud Voice "bring your own
 * telephony"): {@link TelephonyApi} creates a VoiceCall ({@code POST /voiceCalls}) and updates or closes one
 * ({@code PATCH /voiceCalls/{id}}), answering every HTTP status as a {@link TelephonyOutcome}. Its bearer is a JWT
 * ctibridge signs itself ({@link TelephonyTokens}: iss = org Id, sub = contact center API name), with a key pair of
 * its own whose certificate is the contact center's {@code reqTelephonyIntegrationCertificate}, kept in a secret of
 * its own ({@link TelephonySecretJson}). Layer: shared, beside the REST client; it knows nothing of profiles, contacts
 * or the call log and depends on {@code salesforce.http} (the one OkHttp client, the secure URL rule, a call within a
 * deadline), {@code salesforce.auth} (RS256 signing, PEM keys) and {@code time}.
 *
 * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.voice_developer_guide.meta/voice_developer_guide/voice_rest_api.htm">Telephony Integration REST API</a>
 */
package io.ctibridge.core.salesforce.telephony;
