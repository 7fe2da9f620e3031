import type { Redis } from '@hocuspocus/extension-redis';
import type { Document, Extension, Hocuspocus, onChangePayload } from '@hocuspocus/server';

/** How often every open document is compared with the other servers' copies. */
export const RESYNC_EVERY_MS = 3000;

/**
 * Makes several servers on one Redis converge even when a Redis message is missed. Redis
 * pub/sub does not promise delivery, and Hocuspocus's Redis extension drops a message for a
 * document that is still loading (its subscription is confirmed before the document is
 * registered, and both can arrive in one read). Seen in CI: a change made through one server
 * never reached the other. So, once a document is registered and then every RESYNC_EVERY_MS
 * while it is open, this asks the other servers to sync it: a state vector goes out and each
 * side answers with only what the other lacks, a few bytes when nothing is missing.
 */
export function redisResync(redis: Redis): Extension & { onDestroy: () => Promise<void> } {
  let instance: Hocuspocus | null = null;
  const resync = (document: Document) => {
    // The extension's own change hook publishes exactly this sync request (its public API).
    void redis.onChange({ documentName: document.name, document, transactionOrigin: undefined } as unknown as onChangePayload).catch(() => {});
  };
  const timer = setInterval(() => {
    for (const document of instance?.documents.values() ?? []) resync(document);
  }, RESYNC_EVERY_MS);
  timer.unref();
  return {
    // Runs after the Redis extension's own hooks (its priority is 1000).
    priority: 10,
    async onConfigure({ instance: configured }) {
      instance = configured;
    },
    async afterLoadDocument({ documentName }) {
      // The document is registered only after this hook resolves: ask on the next turn.
      setTimeout(() => {
        const document = instance?.documents.get(documentName);
        if (document) resync(document);
      }, 0);
    },
    async onDestroy() {
      clearInterval(timer);
    },
  };
}
