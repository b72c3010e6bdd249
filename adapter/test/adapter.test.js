/**
 * The reference adapter in headless Chromium against the CLI's local stack: each case runs a contact through the
 * real caller lookup (`POST /connect/lookup`, which stores the result and mints the pop token), offers it to the
 * real adapter module through a stub Streams source, and checks what the adapter asked of a recording
 * `sforce.opencti`. A screenshot of each case goes to adapter/test/artifacts/.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchChromium } from './support/browser.js';
import { defaultProfile, freePort, lookUpCaller, pushProfile, startLocalStack } from './support/local-stack.js';
import { expiredToken, forgedToken } from './support/pop-tokens.js';
import { startSilentServer, startTestPageServer } from './support/test-page-server.js';

const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
// Demo org (testing/sf-emulator demo-seed.json): one Contact, two Contacts sharing a line, nobody.
const JOHN_SMITH = '+14155550199';
const DOE_FRONT_DESK = '+14155550123';
const NOBODY = '+12025550187';

let pageServer;
let stack;
let browser;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  pageServer = await startTestPageServer();
  stack = await startLocalStack({ allowedOrigin: pageServer.origin });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
  await pageServer?.close();
});

/** A contact the flow has looked up: its id, its lookup answer and what Streams would report. */
async function ringingContact(callerNumber, { event = 'contact-flow-inbound.json', profile } = {}) {
  const contactId = randomUUID();
  const lookup = await lookUpCaller(stack.apiUrl, { event, contactId, callerNumber, profile });
  return { contactId, lookup, offer: { contactId, popToken: lookup.popToken, callerNumber } };
}

/**
 * Opens the test page with `settings`, offers `offer`, waits for the pop (or a list to choose from), runs `then`,
 * takes the screenshot.
 * Fails if the page calls anything but itself and the configured pop API, or throws.
 */
async function offerInBrowser(name, { offer, settings = { popApiUrl: stack.apiUrl }, then }) {
  const page = await browser.context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request));
  page.on('pageerror', (error) => errors.push(error));
  try {
    const query = new URLSearchParams({ case: name, settings: JSON.stringify(settings) });
    await page.goto(`${pageServer.origin}/?${query}`);
    await page.waitForFunction(() => window.softphoneTest?.ready);
    const offeredAt = Date.now();
    await page.evaluate((o) => window.softphoneTest.streams.offer(o), offer);
    await page.waitForFunction(() => window.softphoneTest.calls.some((c) => /screenPop$|searchAndScreenPop$/.test(c.name))
      || document.querySelector('[data-choices] button'), null, { timeout: 8_000 });
    const popMs = Date.now() - offeredAt;
    await then?.(page);
    await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });

    const allowed = [pageServer.origin, settings.popApiUrl].filter(Boolean).map((url) => new URL(url).origin);
    for (const request of requests) {
      assert.ok(allowed.includes(new URL(request.url()).origin), `page called ${request.url()}`);
    }
    assert.deepEqual(errors, []);
    return {
      calls: await page.evaluate(() => window.softphoneTest.calls),
      pageText: await page.innerText('body'),
      popGet: await describePopGet(requests),
      popMs,
    };
  } finally {
    await page.close();
  }
}

/** The adapter's GET to the pop API as the network saw it (read before the page closes), or null. */
async function describePopGet(requests) {
  const get = requests.findLast((request) => request.method() === 'GET' && request.url().includes('/v1/pops/'));
  if (!get) return null;
  const response = await get.response().catch(() => null); // null: no answer (refused, aborted)
  return {
    url: get.url(),
    headers: await get.allHeaders(),
    status: response?.status(),
    body: await response?.json().catch(() => null),
  };
}

const named = (calls, name) => calls.filter((c) => c.name === `sforce.opencti.${name}`).map((c) => c.args);

function assertNewContactForm(calls, phone) {
  assert.deepEqual(named(calls, 'screenPop'), [{
    type: 'newrecordmodal',
    params: { entityName: 'Contact', defaultFieldValues: phone ? { Phone: phone } : {} },
  }]);
}

/** The failed answer's contact data must not reach the page: not in the panel, not in any Open CTI call. */
function assertNoContactData({ calls, pageText }, lookup) {
  const seen = `${pageText}\n${JSON.stringify(calls)}`;
  for (const secret of [lookup.recordId, lookup.recordName, lookup.accountId]) {
    assert.ok(secret && !seen.includes(secret), `page shows ${secret}`);
  }
}

test('index.html outside Salesforce: says so and loads nothing from elsewhere', async () => {
  const page = await browser.context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  try {
    for (const search of ['', '?sfdcIframeOrigin=https://evil.example&mode=Lightning']) {
      await page.goto(`${pageServer.origin}/adapter/index.html${search}`);
      await page.waitForFunction(() => document.querySelector('[data-status]').textContent.includes('Not loaded'));
    }
    await page.screenshot({ path: `${ARTIFACTS}index-outside-salesforce.png` });
    assert.deepEqual(requests.filter((url) => !url.startsWith(pageServer.origin)), []);
  } finally {
    await page.close();
  }
});

test('index.html in Salesforce: loads Open CTI from the Salesforce origin that framed it', async () => {
  const page = await browser.context.newPage();
  const requested = [];
  // No network here: note the request and fail it, as an unreachable org would.
  await page.route('https://acme.lightning.force.com/**', (route) => {
    requested.push(route.request().url());
    return route.abort();
  });
  try {
    await page.goto(`${pageServer.origin}/adapter/index.html?sfdcIframeOrigin=https://acme.lightning.force.com&mode=Lightning`);
    await page.waitForFunction(() => document.querySelector('[data-status]').textContent.includes('failed to start'));
    assert.deepEqual(requested, ['https://acme.lightning.force.com/support/api/62.0/lightning/opencti_min.js']);
  } finally {
    await page.close();
  }
});

test('start: reads the pop API URL, enables click-to-dial; a click dials through Streams', async () => {
  const { offer } = await ringingContact(JOHN_SMITH);
  const { calls } = await offerInBrowser('click-to-dial', {
    offer,
    then: (page) => page.evaluate(() => window.softphoneTest.clickToDial('+1 (212) 555-0143')),
  });
  assert.equal(named(calls, 'enableClickToDial').length, 1);
  assert.deepEqual(calls.find((c) => c.name === 'agent.connect').args.endpoint.phoneNumber, '+12125550143');
});

test('known caller: screenPop SOBJECT of the matched Contact, token in the Authorization header only', async () => {
  const { offer, lookup } = await ringingContact(JOHN_SMITH);
  assert.equal(lookup.lookupStatus, 'MATCH');
  const { calls, popGet } = await offerInBrowser('known-caller', { offer });

  assert.deepEqual(named(calls, 'setSoftphonePanelVisibility'), [{ visible: true }]);
  assert.deepEqual(named(calls, 'screenPop'), [{ type: 'sobject', params: { recordId: lookup.recordId } }]);
  assert.equal(named(calls, 'saveLog').length, 0, 'the backend logs calls unless the settings say otherwise');
  assert.equal(popGet.status, 200);
  assert.equal(popGet.headers.authorization, `Bearer ${lookup.popToken}`);
  assert.equal(popGet.headers.cookie, undefined);
  assert.ok(!popGet.url.includes(lookup.popToken), 'the token never goes in the URL');
});

test('unknown caller: NEW_RECORD_MODAL Contact with the phone', async () => {
  const { offer, lookup } = await ringingContact(NOBODY);
  assert.equal(lookup.lookupStatus, 'NONE');
  const { calls } = await offerInBrowser('unknown-caller', { offer });
  assertNewContactForm(calls, NOBODY);
});

test('withheld number: NEW_RECORD_MODAL Contact without a phone', async () => {
  const { offer, lookup } = await ringingContact(undefined, { event: 'contact-flow-anonymous.json' });
  assert.equal(lookup.lookupStatus, 'WITHHELD');
  const { calls, popGet } = await offerInBrowser('withheld', { offer: { ...offer, callerNumber: 'anonymous' } });
  assert.equal(popGet.status, 200);
  assertNewContactForm(calls, undefined);
});

test('two Contacts share the number: screenPop SEARCH for it (default profile)', async () => {
  const { offer, lookup } = await ringingContact(DOE_FRONT_DESK);
  assert.equal(lookup.lookupStatus, 'MULTIPLE');
  const { calls } = await offerInBrowser('multiple', { offer });
  assert.deepEqual(named(calls, 'screenPop'), [{ type: 'search', params: { searchString: DOE_FRONT_DESK } }]);
});

test('profile with the LIST rule: the panel lists the matches; the agent\'s choice pops that record', async () => {
  const profile = { ...defaultProfile(), profile: 'choose-caller' };
  profile.popRules = { ...profile.popRules, MULTIPLE: { action: 'LIST' } };
  await pushProfile(stack.motoUrl, profile);
  const { offer, lookup } = await ringingContact(DOE_FRONT_DESK, { profile: 'choose-caller' });
  assert.equal(lookup.lookupStatus, 'MULTIPLE');
  let listed;
  const { calls } = await offerInBrowser('choose-from-list', {
    offer,
    then: async (page) => {
      listed = await page.locator('[data-choices] button').allInnerTexts();
      assert.equal(await page.evaluate(() => window.softphoneTest.calls.some((c) => c.name.endsWith('screenPop'))),
        false, 'nothing pops before the agent chooses');
      await page.screenshot({ path: `${ARTIFACTS}choose-from-list-before.png` });
      await page.locator('[data-choices] button').nth(1).click();
      await page.waitForFunction(() => window.softphoneTest.calls.some((c) => c.name.endsWith('screenPop')));
    },
  });
  assert.equal(listed.length, 2);
  assert.ok(listed.every((text) => /Doe · Contact · Acme Robotics/.test(text)), listed.join(' | '));
  const [popped] = named(calls, 'screenPop');
  assert.equal(popped.type, 'sobject');
  assert.notEqual(popped.params.recordId, lookup.recordId, 'the second listed record, not the top match');
  assert.match(popped.params.recordId, /^003/);
});

test('popMode softphoneLayout: searchAndScreenPop with Open CTI\'s inbound call type', async () => {
  const { offer } = await ringingContact(NOBODY);
  const { calls } = await offerInBrowser('softphone-layout', {
    offer, settings: { popApiUrl: stack.apiUrl, popMode: 'softphoneLayout' },
  });
  assert.deepEqual(named(calls, 'searchAndScreenPop'), [{
    searchParams: NOBODY, queryParams: '', defaultFieldValues: { Phone: NOBODY }, callType: 'inbound', deferred: false,
  }]);
  assert.equal(named(calls, 'screenPop').length, 0);
});

test('backend call logging off: saveLog a Task on the matched Contact when the call ends', async () => {
  const { offer, lookup } = await ringingContact(JOHN_SMITH);
  const { calls } = await offerInBrowser('adapter-saves-log', {
    offer,
    settings: { popApiUrl: stack.apiUrl, backendCallLogging: 'false' },
    then: async (page) => {
      await page.evaluate((id) => { window.softphoneTest.streams.answer(id); window.softphoneTest.streams.end(id); },
        offer.contactId);
      await page.waitForFunction(() => window.softphoneTest.calls.some((c) => c.name.endsWith('saveLog')));
    },
  });
  const [log] = named(calls, 'saveLog');
  assert.equal(log.value.entityApiName, 'Task');
  assert.equal(log.value.CallObject, offer.contactId);
  assert.equal(log.value.WhoId, lookup.recordId);
  assert.equal(log.value.CallType, 'Inbound');
});

test('pop API down (nothing listening): New Contact form with the number from Streams', async () => {
  const { offer } = await ringingContact(JOHN_SMITH);
  const deadApi = `http://127.0.0.1:${await freePort()}`;
  const { calls, pageText } = await offerInBrowser('api-down', { offer, settings: { popApiUrl: deadApi } });
  assertNewContactForm(calls, JOHN_SMITH);
  assert.match(pageText, /network; opening a New Contact form/);
});

test('pop API silent: gives up after the 2 s timeout and pops the New Contact form', async () => {
  const silent = await startSilentServer();
  try {
    const { offer } = await ringingContact(JOHN_SMITH);
    const { calls, popMs, pageText } = await offerInBrowser('api-timeout', { offer, settings: { popApiUrl: silent.url } });
    assertNewContactForm(calls, JOHN_SMITH);
    assert.ok(popMs >= 1_900 && popMs < 5_000, `popped after ${popMs} ms`);
    assert.match(pageText, /timeout/);
  } finally {
    await silent.close();
  }
});

test('expired token: 401 token_expired, New Contact form, no contact data on the page', async () => {
  const { offer, lookup } = await ringingContact(JOHN_SMITH);
  const token = await expiredToken(stack.motoUrl, lookup.popToken);
  const result = await offerInBrowser('expired-token', { offer: { ...offer, popToken: token } });
  assert.deepEqual([result.popGet.status, result.popGet.body.error], [401, 'token_expired']);
  assertNewContactForm(result.calls, JOHN_SMITH);
  assertNoContactData(result, lookup);
});

test('forged token: 401 invalid_token, New Contact form, no contact data on the page', async () => {
  const { offer, lookup } = await ringingContact(JOHN_SMITH);
  const result = await offerInBrowser('forged-token', { offer: { ...offer, popToken: forgedToken(offer.contactId) } });
  assert.deepEqual([result.popGet.status, result.popGet.body.error], [401, 'invalid_token']);
  assertNewContactForm(result.calls, JOHN_SMITH);
  assertNoContactData(result, lookup);
});

test('another contact\'s token: 403 wrong_contact, New Contact form, no contact data on the page', async () => {
  const { offer, lookup } = await ringingContact(JOHN_SMITH);
  const other = await ringingContact(NOBODY);
  const result = await offerInBrowser('wrong-contact-token', { offer: { ...offer, popToken: other.offer.popToken } });
  assert.deepEqual([result.popGet.status, result.popGet.body.error], [403, 'wrong_contact']);
  assertNewContactForm(result.calls, JOHN_SMITH);
  assertNoContactData(result, lookup);
});

test('stack stopped: New Contact form with the number (runs last)', async () => {
  const { offer } = await ringingContact(JOHN_SMITH);
  await stack.stop();
  const { calls } = await offerInBrowser('stack-stopped', { offer });
  assertNewContactForm(calls, JOHN_SMITH);
});
