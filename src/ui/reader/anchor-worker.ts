/// <reference lib="webworker" />
import { settlePending } from '../../core/anchoring/anchor-all';
import type { SettleReply, SettleRequest } from './settle-in-background';

/**
 * The worker that runs the last anchoring stage (a fuzzy search of the whole text per lost
 * annotation) off the main thread, so that reading and typing stay smooth while it works.
 */
self.onmessage = (event: MessageEvent<SettleRequest>) => {
  const { id, text, textHash, pending } = event.data;
  const reply: SettleReply = { id, anchors: settlePending(text, pending, textHash) };
  self.postMessage(reply);
};
