import type { Redis } from '@hocuspocus/extension-redis';
import type { Extension, Hocuspocus, onChangePayload } from '@hocuspocus/server';

/** How often every open document is compared with the other servers' copies. */
export const RESYNC_EVERY_MS = 3000;

/**
 * Makes several servers on one Redis converge after a Redis message is lost. Redis pub/sub
 * keeps nothing for a subscriber that is away: a change published while a server's subscriber
 * connection reconnects never reaches it, and Hocuspocus's Redis extension only syncs on the
 * next change. So every RESYNC_EVERY_MS each open document asks the other servers to sync: its
 * state vector goes out and each side answers with only what the other lacks (a few bytes when
 * nothing is missing).
 */
export function redisResync(redis: Redis): Extension & { onDestroy: () => Promise<void> } {
  let instance: Hocuspocus | null = null;
  const timer = setInterval(() => {
    for (const document of instance?.documents.values() ?? []) {
      // The extension's own change hook publishes exactly this sync request (its public API).
      void redis.onChange({ documentName: document.name, document, transactionOrigin: undefined } as unknown as onChangePayload).catch(() => {});
    }
  }, RESYNC_EVERY_MS);
  timer.unref();
  return {
    async onConfigure({ instance: configured }) {
      instance = configured;
    },
    async onDestroy() {
      clearInterval(timer);
    },
  };
}
