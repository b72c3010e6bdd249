/**
 * Runs the CLI's `local` stack (moto, the Salesforce emulator and the functions behind the deployed routes) as a
 * child process for the browser tests, and talks to it the way the contact flow would.
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const repoRoot = new URL('../../../', import.meta.url).pathname;
const cliJar = join(repoRoot, 'tools/cli/target/ctibridge-cli.jar');
/** moto's start and the emulator's seed take a few seconds; a cold JVM on a busy 2-core CI machine, longer. */
const STARTUP_TIMEOUT_MS = 120_000;

const java = () => (process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin/java') : 'java');

/** @returns {Promise<number>} a port nothing listens on right now */
export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Starts `ctibridge local` and resolves once it says it is running (its "Ctrl-C stops everything" line).
 *
 * @param {{allowedOrigin: string}} options the test page's origin, for the pop API's CORS
 * @returns {Promise<{apiUrl: string, motoUrl: string, stop: () => Promise<void>}>}
 */
export async function startLocalStack({ allowedOrigin }) {
  if (!existsSync(cliJar)) throw new Error(`${cliJar} is missing: build it (bin/test-browser does)`);
  const [port, salesforcePort] = [await freePort(), await freePort()];
  const child = spawn(java(), ['-jar', cliJar, 'local', '--port', String(port),
    '--salesforce-port', String(salesforcePort), '--allowed-origin', allowedOrigin], {
    cwd: repoRoot,
    env: { ...process.env, CTIBRIDGE_MOTO_SERVER:
        process.env.CTIBRIDGE_MOTO_SERVER ?? join(repoRoot, '.venv/bin/moto_server') },
    stdio: ['ignore', 'ignore', 'pipe'], // stdout: the functions' JSON logs, not needed here
    detached: true, // its own process group, so moto goes down with it even if the JVM must be killed
  });
  let stderr = '';
  const exited = once(child, 'exit');
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local stack not up in ${STARTUP_TIMEOUT_MS} ms:\n${stderr}`)),
      STARTUP_TIMEOUT_MS);
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
      if (stderr.includes('Ctrl-C')) { clearTimeout(timer); resolve(); }
    });
    exited.then(([code]) => { clearTimeout(timer); reject(new Error(`local stack exited (${code}):\n${stderr}`)); });
  });
  const motoUrl = /moto \(AWS\)\s+(\S+)/.exec(stderr)?.[1];
  return {
    apiUrl: `http://127.0.0.1:${port}`,
    motoUrl,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM'); // its shutdown hook stops moto
      const timeout = new Promise((resolve) => setTimeout(resolve, 20_000, 'timeout'));
      if (await Promise.race([exited, timeout]) === 'timeout') process.kill(-child.pid, 'SIGKILL');
    },
  };
}

/**
 * Saves a config profile in the running stack, as an operator would: `ctibridge config push` against its moto.
 *
 * @param {string} motoUrl
 * @param {object} profile the profile document (`profile` is its name)
 */
export async function pushProfile(motoUrl, profile) {
  const dir = mkdtempSync(join(tmpdir(), 'ctibridge-profile-'));
  try {
    const file = join(dir, 'profile.json');
    writeFileSync(file, JSON.stringify(profile));
    await promisify(execFile)(java(), ['-jar', cliJar, 'config', 'push', '--aws-endpoint', motoUrl,
      '--region', 'us-east-1', '--profile', profile.profile, file], { timeout: 60_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The profile the local stack starts with, as a base for variations. */
export function defaultProfile() {
  return JSON.parse(readFileSync(
    join(repoRoot, 'layers/core/src/main/resources/io/ctibridge/core/config/parse/default-profile.json'), 'utf8'));
}

/**
 * What the contact flow does while the phone rings: `POST /connect/lookup` with a sample Connect event, given its
 * own ContactId and caller ID. Resolves with the flow's flat map (`lookupStatus`, `recordId`, `popToken`, …).
 *
 * @param {string} apiUrl
 * @param {{event: string, contactId: string, callerNumber?: string, profile?: string}} call event: a file in
 *   events/connect/; profile: the flow's `profile` parameter
 */
export async function lookUpCaller(apiUrl, { event, contactId, callerNumber, profile }) {
  const body = JSON.parse(readFileSync(join(repoRoot, 'events/connect', event), 'utf8'));
  const contact = body.Details.ContactData;
  contact.ContactId = contact.InitialContactId = contact.PreviousContactId = contactId;
  if (callerNumber !== undefined) contact.CustomerEndpoint.Address = callerNumber;
  if (profile !== undefined) body.Details.Parameters = { profile };
  const response = await fetch(`${apiUrl}/connect/lookup`, {
    method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`lookup answered ${response.status}: ${await response.text()}`);
  return response.json();
}
