import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { ServerConfig } from './config';
import { FileStore } from './file-store';
import { redisResync } from './redis-resync';
import { checkKey } from './team-keys';

/** Longest document name accepted (the app names documents `marginalia/<article id>`). */
const MAX_DOCUMENT_NAME = 300;

/**
 * Stores soon after a change (not on every keystroke), and at the latest this long after the
 * first unsaved one: a server killed outright loses at most this window, and even that comes
 * back from the devices, which keep every change until the server has it.
 */
const STORE_DEBOUNCE_MS = 300;
const STORE_MAX_DEBOUNCE_MS = 2000;

/**
 * The Hocuspocus server of one team. Keys travel in Hocuspocus's authentication message (never
 * in the URL) and are checked on every connection; a `read:` key gets a read-only connection, on
 * which the server applies no update. Documents live in `config.dataDir` (FileStore); with
 * `config.redis`, the Redis extension relays every update to the other servers of the team and
 * lets one of them at a time store a document.
 */
export function createSyncServer(config: ServerConfig): Server {
  const store = new FileStore(config.dataDir, `p${config.port}`);
  const keys: Extension = {
    async onAuthenticate({ token, documentName, connectionConfig }) {
      if (documentName.length > MAX_DOCUMENT_NAME) throw { reason: 'document name too long' };
      const check = checkKey(config.keys, token);
      // Thrown objects with a `reason` reach the app as the refusal's text (no key in it).
      if (!check.ok) throw { reason: check.reason };
      connectionConfig.readOnly = check.readOnly;
      return { readOnly: check.readOnly };
    },
  };
  const files: Extension = {
    async onLoadDocument({ documentName, document }) {
      const state = await store.load(documentName);
      if (state) Y.applyUpdate(document, state);
    },
    async onStoreDocument({ documentName, document }) {
      await store.store(documentName, Y.encodeStateAsUpdate(document));
    },
  };
  const extensions: Extension[] = [keys, files];
  if (config.redis) {
    const redis = new Redis({
      host: config.redis.host,
      port: config.redis.port,
      // No ready check: ioredis writes a SUBSCRIBE made while it connects at once, and its INFO
      // ready check then fails in subscriber mode and breaks the subscription (seen in CI: a
      // change never reached the other server). Redis is used here for pub/sub and a lock only.
      options: { db: config.redis.db, enableReadyCheck: false },
      prefix: 'marginalia',
      identifier: `marginalia-${config.port}-${process.pid}`,
    });
    extensions.push(redis, redisResync(redis));
  }
  return new Server({
    name: 'marginalia-sync',
    port: config.port,
    address: '127.0.0.1',
    quiet: true,
    debounce: STORE_DEBOUNCE_MS,
    maxDebounce: STORE_MAX_DEBOUNCE_MS,
    // Stores every document before the process ends on SIGINT or SIGTERM.
    stopOnSignals: true,
    extensions,
  });
}
