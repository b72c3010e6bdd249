/**
 * Serves the test page and the real adapter module on 127.0.0.1, as a static host (S3, a static resource)
 * would serve the adapter. Only these files: anything else is 404.
 */
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { repoRoot } from './local-stack.js';

const FILES = new Map([
  ['/', 'adapter/test/page/index.html'],
  ['/stubs.js', 'adapter/test/page/stubs.js'],
  ['/adapter/index.html', 'adapter/index.html'],
  ['/adapter/ctibridge-adapter.js', 'adapter/ctibridge-adapter.js'],
]);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** @returns {Promise<{origin: string, close: () => Promise<void>}>} */
export async function startTestPageServer() {
  const server = createServer(async (request, response) => {
    const file = FILES.get(new URL(request.url, 'http://127.0.0.1').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[file.slice(file.lastIndexOf('.'))], 'Cache-Control': 'no-store' });
    response.end(await readFile(join(repoRoot, file)));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * A pop API that accepts connections and never answers, to prove the adapter's timeout.
 *
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function startSilentServer() {
  const server = createServer(() => { /* never answers */ });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => { server.closeAllConnections(); return new Promise((resolve) => server.close(resolve)); },
  };
}
