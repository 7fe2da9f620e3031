import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { freePort, startProcess, type Started } from './processes';

/** Team keys the tests' servers accept. */
export const WRITE_KEY = 'team-key-for-tests';
export const READ_KEY = 'reader-key-for-tests';

/** A temporary folder for a server's data, removed by `remove`. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-sync-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A running sync server (the real `server/main.ts` in its own process) and its address. */
export interface SyncServer extends Started {
  port: number;
  url: string;
}

/** Starts the sync server as `npm run sync-server` would, on `port` (a free one when omitted). */
export async function startSyncServer(options: { dataDir: string; port?: number; redis?: string }): Promise<SyncServer> {
  const port = options.port ?? (await freePort());
  const env: Record<string, string> = { PORT: String(port), MARGINALIA_SYNC_KEYS: `${WRITE_KEY},read:${READ_KEY}`, MARGINALIA_SYNC_DATA: options.dataDir };
  if (options.redis) env.MARGINALIA_SYNC_REDIS = options.redis;
  const started = await startProcess(process.execPath, ['--import', 'tsx', 'server/main.ts'], env, `listening on ws://127.0.0.1:${port}`);
  return { ...started, port, url: `ws://127.0.0.1:${port}` };
}

/** Starts Debian's redis-server on a free loopback port, keeping nothing on disk. */
export async function startRedis(dir: string): Promise<Started & { url: string }> {
  const port = await freePort();
  const started = await startProcess('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {}, 'Ready to accept connections');
  return { ...started, url: `redis://127.0.0.1:${port}` };
}

/** A device in Node: one Y.Doc synced with a server through Hocuspocus's own provider. */
export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Why the server refused, once it has. */
  refused: () => string | null;
  close: () => void;
}

/** Connects a document named `name` to `url` with `token`; fast reconnection, as tests wait on it. */
export function connectClient(url: string, name: string, token: string, doc = new Y.Doc()): TestClient {
  let refused: string | null = null;
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 50, minDelay: 50, maxDelay: 300, factor: 1.5, maxAttempts: 0 });
  const provider = new HocuspocusProvider({ websocketProvider, name, document: doc, token, onAuthenticationFailed: ({ reason }) => (refused = reason) });
  provider.attach();
  return {
    doc,
    provider,
    refused: () => refused,
    close: () => {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/** Resolves once `condition()` holds, checking after every change of `doc` (and at once). */
export function whenDoc(doc: Y.Doc, condition: () => boolean): Promise<void> {
  return new Promise((done) => {
    if (condition()) return done();
    const check = () => {
      if (!condition()) return;
      doc.off('update', check);
      done();
    };
    doc.on('update', check);
  });
}

/** Resolves once `condition()` holds, polling (for conditions outside a document: a provider's state, files). */
export async function eventually(condition: () => boolean | Promise<boolean>, everyMs = 25): Promise<void> {
  while (!(await condition())) await new Promise((r) => setTimeout(r, everyMs));
}
