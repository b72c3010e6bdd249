/**
 * Recording stand-ins for the two globals the adapter page gets from outside: `sforce.opencti` (Salesforce's
 * Open CTI) and `connect` (Amazon Connect Streams). Every call lands in `record(name, args)`; Open CTI calls
 * answer through their callback like the real library, asynchronously and with `{success, returnValue, errors}`.
 */

/** Open CTI's enums; the values are opaque to the adapter, which must pass the enum value, not the key. */
const SCREENPOP_TYPE = Object.freeze({
  SOBJECT: 'sobject', URL: 'url', OBJECTHOME: 'objecthome', LIST: 'list', SEARCH: 'search',
  NEW_RECORD_MODAL: 'newrecordmodal', FLOW: 'flow',
});
const CALL_TYPE = Object.freeze({ INBOUND: 'inbound', OUTBOUND: 'outbound', INTERNAL: 'internal' });

/**
 * @param {Record<string, string>} callCenterSettings what getCallCenterSettings answers (keys like /section/item)
 * @param {(name: string, args: object) => void} record
 */
export function recordingOpenCti(callCenterSettings, record) {
  let clickToDialListener = null;
  const method = (name, returnValue = null) => (args = {}) => {
    const { callback, listener, ...rest } = args;
    record(`sforce.opencti.${name}`, rest);
    if (listener) clickToDialListener = listener;
    setTimeout(() => callback?.({ success: true, returnValue, errors: null }), 0);
  };
  return {
    SCREENPOP_TYPE,
    CALL_TYPE,
    getCallCenterSettings: method('getCallCenterSettings', callCenterSettings),
    enableClickToDial: method('enableClickToDial'),
    onClickToDial: method('onClickToDial'),
    setSoftphonePanelVisibility: method('setSoftphonePanelVisibility'),
    screenPop: method('screenPop'),
    searchAndScreenPop: method('searchAndScreenPop', {}),
    saveLog: method('saveLog', { recordId: '00T000000000001AAA' }),
    /** What Salesforce does when the agent clicks a phone number. */
    clickToDial: (number) => clickToDialListener?.({ number, objectType: 'Contact' }),
  };
}

/**
 * A Streams `connect` global driven by the test: `offer` rings a contact at the agent the way Streams reports an
 * inbound call (a new contact, then onConnecting), `answer` connects it, `end` ends it.
 *
 * @param {(name: string, args: object) => void} record
 */
export function fakeStreams(record) {
  const contactSubscribers = [];
  const contacts = new Map();
  const agent = { connect: (endpoint, options) => record('agent.connect', { endpoint, options }) };
  const connect = {
    core: { initCCP: (container, config) => record('connect.core.initCCP', { ccpUrl: config.ccpUrl }) },
    agent: (subscriber) => subscriber(agent),
    contact: (subscriber) => contactSubscribers.push(subscriber),
    Endpoint: { byPhoneNumber: (phoneNumber) => ({ type: 'phone_number', phoneNumber }) },
  };

  function fire(contactId, event) {
    for (const handler of contacts.get(contactId)?.[event] ?? []) handler();
  }

  return {
    connect,
    /** @param {{contactId: string, popToken?: string, callerNumber?: string}} offered */
    offer({ contactId, popToken, callerNumber }) {
      const handlers = { connecting: [], incoming: [], connected: [], ended: [] };
      contacts.set(contactId, handlers);
      const on = (event) => (handler) => handlers[event].push(handler);
      const contact = {
        getContactId: () => contactId,
        getAttributes: () => (popToken === undefined ? {} : { popToken: { name: 'popToken', value: popToken } }),
        getInitialConnection: () => ({ getEndpoint: () => ({ type: 'phone_number', phoneNumber: callerNumber }) }),
        onConnecting: on('connecting'),
        onIncoming: on('incoming'),
        onConnected: on('connected'),
        onEnded: on('ended'),
      };
      // Shown on the page so a screenshot says what was offered; the token only as present or not.
      record('streams: contact offered', { contactId, callerNumber, popToken: popToken ? '(present)' : '(none)' });
      contactSubscribers.forEach((subscriber) => subscriber(contact));
      fire(contactId, 'connecting');
    },
    answer: (contactId) => fire(contactId, 'connected'),
    end: (contactId) => fire(contactId, 'ended'),
  };
}
