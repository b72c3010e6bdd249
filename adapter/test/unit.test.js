/**
 * The adapter module's pure parts and its fetch rules, in Node (no browser): what the browser cases do not reach.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  dialableNumber, fallbackScreenPop, fetchPop, parsePopApiUrl, PopUnavailable, salesforceOrigin,
} from '../ctibridge-adapter.js';

const CONTACT_ID = '5ca32fbd-8f92-46af-92a5-6b0f970f0efe';

test('parsePopApiUrl: https, or http on loopback only; keeps a stage path', () => {
  assert.equal(parsePopApiUrl('https://abc.execute-api.eu-west-1.amazonaws.com').href,
    'https://abc.execute-api.eu-west-1.amazonaws.com/');
  assert.equal(parsePopApiUrl('https://api.example/prod?x=1').href, 'https://api.example/prod/');
  assert.equal(parsePopApiUrl('http://127.0.0.1:8787').href, 'http://127.0.0.1:8787/');
  for (const bad of ['http://api.example', 'ftp://api.example', 'not a url', '', undefined]) {
    assert.equal(parsePopApiUrl(bad), null, String(bad));
  }
});

test('dialableNumber: digits of a real number, nothing for withheld words', () => {
  assert.equal(dialableNumber('+1 (415) 555-0199'), '+14155550199');
  assert.equal(dialableNumber('tel:+442079460958'), '+442079460958');
  for (const withheld of ['anonymous', 'Restricted', '', undefined, '12', '+1415555019912345678']) {
    assert.equal(dialableNumber(withheld), undefined, String(withheld));
  }
});

test('fallbackScreenPop: New Contact, Phone only when known', () => {
  assert.deepEqual(fallbackScreenPop('+14155550199'),
    { type: 'NEW_RECORD_MODAL', params: { entityName: 'Contact', defaultFieldValues: { Phone: '+14155550199' } } });
  assert.deepEqual(fallbackScreenPop('anonymous').params.defaultFieldValues, {});
});

test('salesforceOrigin: only https Salesforce hosts may serve Open CTI', () => {
  assert.equal(salesforceOrigin('?sfdcIframeOrigin=https://acme.lightning.force.com&mode=Lightning'),
    'https://acme.lightning.force.com');
  for (const bad of ['', '?sfdcIframeOrigin=http://acme.lightning.force.com',
    '?sfdcIframeOrigin=https://evil.example', '?sfdcIframeOrigin=https://force.com.evil.example']) {
    assert.equal(salesforceOrigin(bad), null, bad);
  }
});

test('fetchPop: token in the header, no cookies, number as query, path-safe contact id', async () => {
  let seen;
  const fetchImpl = async (url, init) => {
    seen = { url: String(url), init };
    return Response.json({ contactId: CONTACT_ID, screenPop: { type: 'SOBJECT', params: { recordId: '003x' } } });
  };
  const payload = await fetchPop(new URL('https://api.example/'),
    { contactId: CONTACT_ID, popToken: 'tok', callerNumber: '+1 415 555 0199' }, { fetchImpl });
  assert.equal(payload.screenPop.type, 'SOBJECT');
  assert.equal(seen.url, `https://api.example/v1/pops/${CONTACT_ID}?callerNumber=%2B14155550199`);
  assert.equal(seen.init.headers.Authorization, 'Bearer tok');
  assert.equal(seen.init.credentials, 'omit');
});

test('fetchPop: every failure is a PopUnavailable with a reason and no contact data', async () => {
  const contact = { contactId: CONTACT_ID, popToken: 'tok' };
  const api = new URL('https://api.example/');
  const reason = (promise) => promise.then(() => assert.fail('resolved'), (e) => {
    assert.ok(e instanceof PopUnavailable);
    return e.reason;
  });
  assert.equal(await reason(fetchPop(null, contact)), 'no pop API URL configured');
  assert.equal(await reason(fetchPop(api, { contactId: CONTACT_ID })), 'no pop token on the contact');
  assert.equal(await reason(fetchPop(api, contact, {
    fetchImpl: async () => Response.json({ error: 'token_expired', message: 'x' }, { status: 401 }),
  })), 'http 401 token_expired');
  assert.equal(await reason(fetchPop(api, contact, {
    fetchImpl: async () => new Response('<html>bad gateway</html>', { status: 502 }),
  })), 'http 502');
  assert.equal(await reason(fetchPop(api, contact, {
    fetchImpl: async () => Response.json({ contactId: 'someone-else' }),
  })), 'bad payload');
  assert.equal(await reason(fetchPop(api, contact, {
    fetchImpl: async () => { throw new TypeError('Failed to fetch'); },
  })), 'network');
  assert.equal(await reason(fetchPop(api, contact, {
    timeoutMs: 50,
    fetchImpl: (url, { signal }) => new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason));
    }),
  })), 'timeout');
});
