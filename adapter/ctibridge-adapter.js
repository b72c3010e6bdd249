/**
 * ctibridge reference Open CTI adapter.
 *
 * Runs in the softphone iframe Salesforce loads from the Call Center's adapter URL. When the telephony source
 * offers a contact, it asks ctibridge's pop API what to open (`GET {popApiUrl}/v1/pops/{contactId}` with the
 * contact's pop token) and hands the answer to `sforce.opencti`. Whatever goes wrong with the pop API, the agent
 * still gets a New Contact form, prefilled with the caller's number when it is known: never nothing.
 *
 * Two parts, so that another telephony source can replace Amazon Connect:
 * - {@link CtiBridgeAdapter}: Open CTI + pop API. Takes "offered" and "ended" contact events.
 * - {@link listenToAmazonConnect}: turns Amazon Connect Streams contacts into those events.
 *
 * @module ctibridge-adapter
 */

/** The pop must be on screen while the phone rings: past this the adapter stops waiting and pops the fallback. */
export const POP_TIMEOUT_MS = 2000;

/** Keys of `sforce.opencti.getCallCenterSettings`: the `ctiBridgeSettings` section of the Call Center XML. */
export const SETTING_KEYS = Object.freeze({
  popApiUrl: '/ctiBridgeSettings/popApiUrl',
  ccpUrl: '/ctiBridgeSettings/ccpUrl',
  backendCallLogging: '/ctiBridgeSettings/backendCallLogging',
  popMode: '/ctiBridgeSettings/popMode',
});

/** `popMode` values: the profile's pop rules (`screenPop`) or the org's softphone layout (`searchAndScreenPop`). */
export const POP_MODES = Object.freeze({ payload: 'payload', softphoneLayout: 'softphoneLayout' });

/**
 * @typedef {object} OfferedContact  what a telephony source reports when a contact rings at the agent
 * @property {string} contactId     the telephony contact id (Amazon Connect ContactId)
 * @property {string} [popToken]    the capability token the contact flow got from the caller lookup
 * @property {string} [callerNumber] the caller id as the telephony source sees it; may be a withheld word
 */

/**
 * @typedef {object} EndedContact
 * @property {string} contactId
 * @property {number} [durationSeconds] talk time, when the source knows it
 */

/**
 * @typedef {object} AdapterSettings
 * @property {URL|null} popApiUrl         base URL of the pop API; null when missing or not a usable URL
 * @property {string} [ccpUrl]             Amazon Connect CCP URL (used by the page, not by the adapter)
 * @property {boolean} backendCallLogging  false: the backend does not log calls, so the adapter saves a Task
 * @property {string} popMode              one of {@link POP_MODES}
 */

/**
 * Calls an Open CTI method and resolves with its `{success, returnValue, errors}` answer (Open CTI reports through
 * callbacks only). Rejects if the method throws or answers `success: false`.
 *
 * @param {object} opencti `sforce.opencti`
 * @param {string} method
 * @param {object} [args]
 * @returns {Promise<any>} the `returnValue`
 */
export function callOpenCti(opencti, method, args = {}) {
  return new Promise((resolve, reject) => {
    opencti[method]({
      ...args,
      callback: (response) => (response?.success
        ? resolve(response.returnValue)
        : reject(new Error(`sforce.opencti.${method} failed: ${JSON.stringify(response?.errors ?? null)}`))),
    });
  });
}

/**
 * Reads the adapter's settings from the Call Center definition.
 *
 * @param {object} opencti `sforce.opencti`
 * @returns {Promise<AdapterSettings>}
 */
export async function readSettings(opencti) {
  const values = await callOpenCti(opencti, 'getCallCenterSettings');
  const popMode = values[SETTING_KEYS.popMode];
  return {
    popApiUrl: parsePopApiUrl(values[SETTING_KEYS.popApiUrl]),
    ccpUrl: values[SETTING_KEYS.ccpUrl],
    // The backend logs calls unless the operator says otherwise: two writers would make two Tasks per call.
    backendCallLogging: String(values[SETTING_KEYS.backendCallLogging] ?? 'true').trim().toLowerCase() !== 'false',
    popMode: popMode === POP_MODES.softphoneLayout ? POP_MODES.softphoneLayout : POP_MODES.payload,
  };
}

/**
 * The pop API's base URL, or null. https only, except loopback for local runs: the token must not travel in clear.
 *
 * @param {unknown} text
 * @returns {URL|null}
 */
export function parsePopApiUrl(text) {
  let url;
  try {
    url = new URL(String(text ?? '').trim());
  } catch {
    return null;
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return null;
  if (!url.pathname.endsWith('/')) url.pathname += '/'; // so relative resolution keeps a stage path
  url.search = '';
  url.hash = '';
  return url;
}

/**
 * The caller's number for a form field, or undefined when it is withheld or not a number (Streams reports
 * e.g. "anonymous"); separators are dropped so the field holds what the network delivered.
 *
 * @param {string|undefined} callerNumber
 * @returns {string|undefined}
 */
export function dialableNumber(callerNumber) {
  const compact = String(callerNumber ?? '').replace(/^tel:/i, '').replace(/[\s().-]/g, '');
  return /^\+?\d{3,15}$/.test(compact) ? compact : undefined;
}

/** Why the pop API gave no usable answer; the message carries no contact data. */
export class PopUnavailable extends Error {
  /** @param {string} reason e.g. `timeout`, `network`, `http 401 token_expired`, `bad payload` */
  constructor(reason) {
    super(`pop API unavailable: ${reason}`);
    this.name = 'PopUnavailable';
    this.reason = reason;
  }
}

/**
 * Asks the pop API for a contact's pop.
 *
 * @param {URL} popApiUrl base URL, see {@link parsePopApiUrl}
 * @param {OfferedContact} contact
 * @param {{timeoutMs?: number, fetchImpl?: typeof fetch}} [options]
 * @returns {Promise<object>} the 200 payload (`screenPop`, `searchAndScreenPop`, `pop`, `matches`, …)
 * @throws {PopUnavailable} on any failure: no token, timeout, network, non-200, a payload for another contact
 */
export async function fetchPop(popApiUrl, contact, { timeoutMs = POP_TIMEOUT_MS, fetchImpl = fetch } = {}) {
  if (!popApiUrl) throw new PopUnavailable('no pop API URL configured');
  if (!contact.popToken) throw new PopUnavailable('no pop token on the contact');
  const url = new URL(`v1/pops/${encodeURIComponent(contact.contactId)}`, popApiUrl);
  // Only read when the lookup stored nothing: lets the API look the caller up itself.
  const number = dialableNumber(contact.callerNumber);
  if (number) url.searchParams.set('callerNumber', number);

  // One timer for the whole exchange (preflight, headers and body), not just until the headers arrive.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, {
      headers: { Authorization: `Bearer ${contact.popToken}`, Accept: 'application/json' },
      credentials: 'omit', // the token is the only credential; no cookie may ride along
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: abort.signal,
    });
    if (!response.ok) {
      // Error bodies carry a code and no contact data; read the code for the reason, nothing else.
      const error = await response.json().then((body) => body?.error, () => undefined);
      throw new PopUnavailable(`http ${response.status}${error ? ` ${error}` : ''}`);
    }
    const payload = await response.json();
    if (payload?.contactId !== contact.contactId) throw new PopUnavailable('bad payload');
    return payload;
  } catch (e) {
    if (e instanceof PopUnavailable) throw e;
    throw new PopUnavailable(abort.signal.aborted ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The pop when the pop API cannot answer: a New Contact form, with the number when it is known.
 *
 * @param {string|undefined} callerNumber
 * @returns {{type: string, params: object}} in the pop API's `screenPop` shape (type as the SCREENPOP_TYPE key)
 */
export function fallbackScreenPop(callerNumber) {
  const number = dialableNumber(callerNumber);
  return {
    type: 'NEW_RECORD_MODAL',
    params: { entityName: 'Contact', defaultFieldValues: number ? { Phone: number } : {} },
  };
}

/**
 * Open CTI + the pop API. Feed it {@link OfferedContact} and {@link EndedContact} events from any telephony source.
 */
export class CtiBridgeAdapter {
  /** @type {Map<string, {payload: object|null}>} pops of the contacts in progress, for the call log */
  #contacts = new Map();

  /**
   * @param {object} deps
   * @param {object} deps.opencti `sforce.opencti`
   * @param {AdapterSettings} deps.settings
   * @param {AdapterView} [deps.view] what the softphone panel shows
   * @param {typeof fetch} [deps.fetchImpl]
   * @param {number} [deps.timeoutMs]
   */
  constructor({ opencti, settings, view = new AdapterView(null), fetchImpl, timeoutMs = POP_TIMEOUT_MS }) {
    this.opencti = opencti;
    this.settings = settings;
    this.view = view;
    // Bound: `fetch` called as a method of another object throws "Illegal invocation".
    this.fetchImpl = fetchImpl ?? ((...args) => fetch(...args));
    this.timeoutMs = timeoutMs;
  }

  /**
   * Turns on click-to-dial, routed to the telephony source.
   *
   * @param {{dial: (number: string) => void}} telephony
   */
  async start(telephony) {
    this.opencti.onClickToDial({
      listener: (payload) => {
        const number = dialableNumber(payload?.number);
        if (number) telephony.dial(number);
      },
    });
    await callOpenCti(this.opencti, 'enableClickToDial');
    this.view.status(this.settings.popApiUrl ? 'Ready' : 'Ready — no pop API configured, New Contact forms only');
  }

  /**
   * A contact rings at the agent: show the softphone and pop what the pop API says, or the fallback.
   *
   * @param {OfferedContact} contact
   */
  async contactOffered(contact) {
    if (this.#contacts.has(contact.contactId)) return; // sources may report the same contact twice
    this.#contacts.set(contact.contactId, { payload: null });
    // Not awaited: showing the panel must not delay the pop.
    this.opencti.setSoftphonePanelVisibility({ visible: true });
    let payload;
    try {
      payload = await fetchPop(this.settings.popApiUrl, contact,
        { timeoutMs: this.timeoutMs, fetchImpl: this.fetchImpl });
    } catch (e) {
      // Deliberately nothing from the failed answer reaches the panel: only the reason code.
      this.view.status(`Incoming call — ${e.reason ?? 'pop failed'}; opening a New Contact form`);
      await this.#popOrFallback(fallbackScreenPop(contact.callerNumber), contact);
      return;
    }
    this.#contacts.get(contact.contactId).payload = payload;
    await this.#popPayload(payload, contact);
  }

  /**
   * The contact is over: save the call log if the backend does not.
   *
   * @param {EndedContact} contact
   */
  async contactEnded({ contactId, durationSeconds }) {
    const state = this.#contacts.get(contactId);
    this.#contacts.delete(contactId);
    if (!state) return;
    this.view.choices([], () => {});
    this.view.status('Ready');
    if (this.settings.backendCallLogging) return;
    // Link the Task as the backend would: a single person is its Who, anything else its What.
    const record = state.payload?.pop?.kind === 'RECORD' ? state.payload.pop : null;
    const isPerson = ['Contact', 'Lead'].includes(record?.object);
    const link = record ? { [isPerson ? 'WhoId' : 'WhatId']: record.recordId } : {};
    try {
      await callOpenCti(this.opencti, 'saveLog', {
        value: {
          entityApiName: 'Task',
          Subject: 'Inbound call',
          Status: 'Completed',
          TaskSubtype: 'Call',
          CallType: 'Inbound',
          CallObject: contactId,
          ActivityDate: new Date().toLocaleDateString('en-CA'), // YYYY-MM-DD, the agent's day
          ...(Number.isFinite(durationSeconds) ? { CallDurationInSeconds: Math.round(durationSeconds) } : {}),
          ...link,
        },
      });
    } catch (e) {
      this.view.status(`Call log not saved: ${e.message}`);
    }
  }

  async #popPayload(payload, contact) {
    if (this.settings.popMode === POP_MODES.softphoneLayout && payload.searchAndScreenPop) {
      const { callType, ...search } = payload.searchAndScreenPop;
      const type = this.opencti.CALL_TYPE?.[callType];
      if (type) {
        this.view.status('Incoming call — searching');
        try {
          await callOpenCti(this.opencti, 'searchAndScreenPop', { ...search, callType: type });
          return;
        } catch {
          // fall through to the profile's own pop
        }
      }
    }
    if (payload.screenPop) {
      this.view.status('Incoming call');
      await this.#popOrFallback(payload.screenPop, contact);
      return;
    }
    if (payload.pop?.kind === 'LIST' && payload.matches?.length) {
      // The profile wants the agent to choose: list the matches here; a click opens that record.
      this.view.status('Incoming call — choose the caller');
      this.view.choices(payload.matches, (match) => this.#popOrFallback(
        { type: 'SOBJECT', params: { recordId: match.id } }, contact));
      return;
    }
    await this.#popOrFallback(fallbackScreenPop(contact.callerNumber), contact);
  }

  /** Pops `screenPop`; if Open CTI refuses it, pops the fallback, so the agent never gets nothing. */
  async #popOrFallback(screenPop, contact) {
    try {
      await this.#screenPop(screenPop);
      return;
    } catch {
      this.view.status('Incoming call — pop refused; opening a New Contact form');
    }
    try {
      await this.#screenPop(fallbackScreenPop(contact.callerNumber));
    } catch (e) {
      this.view.status(`Incoming call — Salesforce opened nothing: ${e.message}`);
    }
  }

  #screenPop({ type, params }) {
    const openCtiType = this.opencti.SCREENPOP_TYPE?.[type];
    if (!openCtiType) return Promise.reject(new Error(`unknown screen pop type ${type}`));
    return callOpenCti(this.opencti, 'screenPop', { type: openCtiType, params });
  }
}

/** The softphone panel's text. Writes text nodes only: names from Salesforce are data, never markup. */
export class AdapterView {
  /** @param {HTMLElement|null} root an element with `[data-status]` and `[data-choices]` children */
  constructor(root) {
    this.root = root;
  }

  /** @param {string} text */
  status(text) {
    const element = this.root?.querySelector('[data-status]');
    if (element) element.textContent = text;
  }

  /**
   * @param {Array<{id: string, name?: string, object?: string, accountName?: string}>} matches
   * @param {(match: object) => void} onChoose
   */
  choices(matches, onChoose) {
    const list = this.root?.querySelector('[data-choices]');
    if (!list) return;
    list.replaceChildren(...matches.map((match) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = [match.name, match.object, match.accountName].filter(Boolean).join(' · ');
      button.addEventListener('click', () => {
        list.replaceChildren();
        onChoose(match);
      });
      const item = document.createElement('li');
      item.append(button);
      return item;
    }));
  }
}

/**
 * The Amazon Connect seam: reports Streams contacts to `handlers` as {@link OfferedContact} / {@link EndedContact}
 * and dials through Streams. The only code that knows Streams; replace it to use another telephony source.
 *
 * @param {object} connect the Streams global (`connect`), after `connect.core.initCCP`
 * @param {{contactOffered: (c: OfferedContact) => void, contactEnded: (c: EndedContact) => void}} handlers
 * @returns {{dial: (number: string) => void}}
 */
export function listenToAmazonConnect(connect, handlers) {
  let agent = null;
  connect.agent((a) => { agent = a; });
  connect.contact((contact) => {
    let connectedAt = null;
    const offer = () => {
      const endpoint = contact.getInitialConnection?.()?.getEndpoint?.();
      handlers.contactOffered({
        contactId: contact.getContactId(),
        popToken: contact.getAttributes?.()?.popToken?.value,
        callerNumber: endpoint?.phoneNumber,
      });
    };
    // Inbound calls ring through onConnecting, queued callbacks through onIncoming; the adapter ignores repeats.
    contact.onConnecting(offer);
    contact.onIncoming(offer);
    contact.onConnected(() => { connectedAt = Date.now(); });
    contact.onEnded(() => handlers.contactEnded({
      contactId: contact.getContactId(),
      durationSeconds: connectedAt === null ? 0 : (Date.now() - connectedAt) / 1000,
    }));
  });
  return {
    dial(number) {
      if (!agent) return;
      agent.connect(connect.Endpoint.byPhoneNumber(number), {});
    },
  };
}

/** Open CTI for Lightning; any version from 38.0 has every call this adapter makes. */
export const OPEN_CTI_API_VERSION = '62.0';

/**
 * Wires a softphone from its parts: settings, the CCP, the Streams seam and the adapter. The page calls it with
 * the real `sforce.opencti` and `connect`; the browser tests with recording stubs.
 *
 * @param {object} parts
 * @param {object} parts.opencti `sforce.opencti`
 * @param {object} parts.connect the Amazon Connect Streams global
 * @param {HTMLElement|null} parts.root the panel (`[data-status]`, `[data-choices]`, `[data-ccp]`)
 * @returns {Promise<CtiBridgeAdapter>}
 */
export async function startSoftphone({ opencti, connect, root }) {
  const view = new AdapterView(root);
  const settings = await readSettings(opencti);
  const ccp = root?.querySelector('[data-ccp]');
  if (settings.ccpUrl && ccp) {
    connect.core.initCCP(ccp, {
      ccpUrl: settings.ccpUrl,
      loginPopup: true,
      loginPopupAutoClose: true,
      softphone: { allowFramedSoftphone: true },
    });
  }
  const adapter = new CtiBridgeAdapter({ opencti, settings, view });
  await adapter.start(listenToAmazonConnect(connect, adapter));
  return adapter;
}

/**
 * The Salesforce origin that loaded this page as its adapter (Lightning passes `sfdcIframeOrigin`), or null when
 * it is not a Salesforce https origin: Open CTI is loaded from there, so anything else must not be trusted.
 *
 * @param {string} search `location.search`
 * @returns {string|null}
 */
export function salesforceOrigin(search) {
  try {
    const url = new URL(new URLSearchParams(search).get('sfdcIframeOrigin') ?? '');
    const salesforceHost = /(^|\.)(force\.com|salesforce\.com|salesforce-setup\.com)$/.test(url.hostname);
    return url.protocol === 'https:' && salesforceHost ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Boots `index.html`: loads Open CTI from the Salesforce origin and Streams from beside this module, then
 * {@link startSoftphone}.
 *
 * @param {Document} doc
 */
export async function bootSoftphonePage(doc = document) {
  const root = doc.querySelector('[data-ctibridge]');
  const view = new AdapterView(root);
  const origin = salesforceOrigin(doc.defaultView.location.search);
  if (!origin) {
    view.status('Not loaded by Salesforce: set this page as the Call Center\'s CTI Adapter URL.');
    return;
  }
  try {
    await loadScript(doc, `${origin}/support/api/${OPEN_CTI_API_VERSION}/lightning/opencti_min.js`);
    await loadScript(doc, new URL('connect-streams-min.js', import.meta.url).href);
    const { sforce, connect } = doc.defaultView;
    await startSoftphone({ opencti: sforce.opencti, connect, root });
  } catch (e) {
    view.status(`Softphone failed to start: ${e.message}`);
  }
}

function loadScript(doc, src) {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    doc.head.append(script);
  });
}

// index.html marks itself to be booted, so it needs no inline script (a CSP can then forbid inline scripts);
// pages that import this module for its parts (the tests, other softphones) are left alone.
if (globalThis.document?.documentElement?.hasAttribute('data-ctibridge-boot')) bootSoftphonePage(document);
