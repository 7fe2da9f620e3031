import type { Anchor } from '../../core/anchoring/anchor';
import { settlePending, type PendingTarget } from '../../core/anchoring/anchor-all';

export interface SettleRequest {
  id: number;
  text: string;
  textHash: string;
  pending: Pick<PendingTarget, 'target' | 'expected'>[];
}

export interface SettleReply {
  id: number;
  anchors: Anchor[];
}

let worker: Worker | null = null;
/** Set when the worker failed to start or crashed: from then on the search runs on the main thread. */
let workerFailed = false;
let nextId = 1;
const waiting = new Map<number, { request: SettleRequest; resolve: (anchors: Anchor[]) => void }>();

/** The one anchoring worker of the page, started on first use. */
function anchorWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./anchor-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SettleReply>) => {
      const entry = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      entry?.resolve(event.data.anchors);
    };
    worker.onerror = () => {
      // Better late than never: whatever was waiting is settled here.
      workerFailed = true;
      worker?.terminate();
      worker = null;
      for (const [id, { request, resolve }] of waiting) {
        waiting.delete(id);
        resolve(settlePending(request.text, request.pending, request.textHash));
      }
    };
  }
  return worker;
}

/**
 * Settles targets that the main-thread stages left pending (see anchorAll) with the fuzzy search
 * of the whole text, in a Web Worker; resolves to one anchor per target, drifted or orphaned.
 * Where there are no workers (jsdom), it runs on the main thread after the current task.
 */
export function settleInBackground(text: string, textHash: string, pending: SettleRequest['pending']): Promise<Anchor[]> {
  if (pending.length === 0) return Promise.resolve([]);
  if (typeof Worker === 'undefined' || workerFailed) {
    return new Promise((resolve) => setTimeout(() => resolve(settlePending(text, pending, textHash)), 0));
  }
  const id = nextId++;
  const request: SettleRequest = { id, text, textHash, pending };
  return new Promise((resolve) => {
    waiting.set(id, { request, resolve });
    anchorWorker().postMessage(request);
  });
}
