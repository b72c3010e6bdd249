/**
 * Token forgeries for the negative cases. An *expired* token must be genuine (right key, right contact) with an
 * expiry in the past — the lifetime is at least 60 s, too long to wait for — so it is minted here with the local
 * stack's own key, read from moto's Secrets Manager the way the function reads it.
 * Format (PopTokenService): base64url("v1|keyId|contactId|expiryEpochSeconds") + "." + base64url(HMAC-SHA256).
 */
import { createHmac } from 'node:crypto';

const b64url = (bytes) => Buffer.from(bytes).toString('base64url');

/** A well-formed token for `contactId` whose signature is wrong: what an attacker can make without the key. */
export function forgedToken(contactId) {
  const expiry = Math.floor(Date.now() / 1000) + 600;
  return `${b64url(`v1|forged-key|${contactId}|${expiry}`)}.${b64url(Buffer.alloc(32, 7))}`;
}

/**
 * A token signed with the same key as `genuineToken`, for the same contact, that expired a minute ago.
 *
 * @param {string} motoUrl the local stack's moto endpoint
 * @param {string} genuineToken a token the lookup minted (names the key id and contact)
 */
export async function expiredToken(motoUrl, genuineToken) {
  const [, keyId, contactId] = Buffer.from(genuineToken.split('.')[0], 'base64url').toString('utf8').split('|');
  const { SecretList } = await secretsManager(motoUrl, 'ListSecrets', {});
  const secret = SecretList.find((s) => s.Name.startsWith('ctibridge/pop-token'));
  if (!secret) throw new Error('no ctibridge/pop-token secret in moto');
  const { SecretString } = await secretsManager(motoUrl, 'GetSecretValue', { SecretId: secret.ARN, VersionId: keyId });
  const payload = `v1|${keyId}|${contactId}|${Math.floor(Date.now() / 1000) - 60}`;
  const signature = createHmac('sha256', Buffer.from(JSON.parse(SecretString).key, 'utf8')).update(payload).digest();
  return `${b64url(payload)}.${b64url(signature)}`;
}

/** Secrets Manager's JSON protocol; moto reads the service from the credential scope and checks no signature. */
async function secretsManager(motoUrl, action, body) {
  const response = await fetch(motoUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `secretsmanager.${action}`,
      Authorization: 'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/secretsmanager/aws4_request, '
        + 'SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`moto ${action}: ${response.status} ${await response.text()}`);
  return response.json();
}
