import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { MarginaliaDb } from '../storage/db';
import { SyncBridge, type ArticleSyncInfo, type BridgeOptions } from './bridge';
import { documentNameOf, INDEX_DOCUMENT } from './article-doc';
import type { LocalDocs } from './local-docs';

/** What the reader entered in the Sync dialog. */
export interface SyncSettings {
  /** The server's address, `ws://` or `wss://`. */
  url: string;
  /** The team key; sent in Hocuspocus's authentication message, never in the address. */
  key: string;
  /** `Your name`, stored on the reader's annotations as their author. */
  name: string;
}

/** Where sync stands (the `Sync status` control says it in words). */
export type SyncState =
  | { kind: 'connecting' }
  | { kind: 'synced' }
  | { kind: 'offline'; waiting: number }
  /** The server refused: a wrong key (nothing syncs), or a read-only key (the team's changes arrive, none are sent). */
  | { kind: 'refused'; reason: string; readOnly: boolean };

/** The reason shown after `Refused: ` for a read-only key. */
export const READ_ONLY_REASON = 'read-only key (the team’s annotations arrive; yours stay on this device, not shared)';

/**
 * Reconnection back-off: the first retry at once, then doubling from one second up to half a
 * minute, with jitter so that a team's devices do not all knock at once after a restart.
 */
export const BACKOFF = { delay: 1000, initialDelay: 0, factor: 2, minDelay: 1000, maxDelay: 30_000, jitter: true };

export interface SessionOptions {
  db: MarginaliaDb;
  settings: SyncSettings;
  /** A stable id of this device (writes from one device never conflict with each other). */
  device: string;
  localDocs: LocalDocs;
  /** Whether the key was read-only the last time it was checked; null before the first check. */
  knownReadOnly: boolean | null;
  onState: (state: SyncState) => void;
  /** The key's scope once the server has said it, to be remembered for the next start. */
  onScope?: (readOnly: boolean) => void;
  onInfo?: (articleId: string, info: ArticleSyncInfo) => void;
  /** How what arrives is stored (BridgeOptions.store). */
  store?: BridgeOptions['store'];
  /** Tests: a WebSocket class (Node has none built in before 22) and a faster back-off. */
  WebSocketPolyfill?: unknown;
  backoff?: Partial<typeof BACKOFF>;
}

/** A running sync session; `stop` ends it for good (no reconnection, no timers left). */
export interface SyncSession {
  stop: () => Promise<void>;
  /** Resolves once the bridge has mirrored everything queued so far (tests, the bench). */
  settled: () => Promise<unknown>;
  state: () => SyncState;
}

/**
 * Connects this device's documents to the team's server: one WebSocket, one Hocuspocus
 * provider per document (the index of articles and one per article), and the bridge that
 * mirrors them to Dexie. The bridge starts once the key's scope is known (remembered from an
 * earlier connection, or told by the server), so that a read-only key never puts this device's
 * annotations into the documents. A wrong key stops the session: retrying cannot help.
 */
export async function startSession(options: SessionOptions): Promise<SyncSession> {
  const { settings, localDocs } = options;
  const websocket = new HocuspocusProviderWebsocket({
    url: settings.url,
    ...BACKOFF,
    ...options.backoff,
    maxAttempts: 0,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill as typeof WebSocket } : {}),
  });
  const providers = new Map<string, HocuspocusProvider>();
  let bridge: SyncBridge | null = null;
  let readOnly = options.knownReadOnly;
  let refusal: string | null = null;
  let wasDisconnected = false;
  let stopped = false;
  let current: SyncState = { kind: 'connecting' };

  const report = () => {
    if (stopped) return;
    let next: SyncState;
    const all = [...providers.values()];
    const waiting = all.reduce((n, p) => n + p.unsyncedChanges, 0);
    if (refusal !== null) next = { kind: 'refused', reason: refusal, readOnly: false };
    else if (readOnly === true && all.some((p) => p.isAuthenticated)) next = { kind: 'refused', reason: READ_ONLY_REASON, readOnly: true };
    else if (all.length > 0 && all.every((p) => p.isSynced) && waiting === 0 && websocket.status === WebSocketStatus.Connected) next = { kind: 'synced' };
    else if (wasDisconnected) next = { kind: 'offline', waiting };
    else next = { kind: 'connecting' };
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    current = next;
    options.onState(next);
  };

  const onStatus = ({ status }: { status: WebSocketStatus }) => {
    if (status === WebSocketStatus.Disconnected) wasDisconnected = true;
    report();
  };
  websocket.on('status', onStatus);

  const connect = (name: string, doc: Y.Doc): void => {
    if (stopped || providers.has(name)) return;
    const provider = new HocuspocusProvider({
      websocketProvider: websocket,
      name,
      document: doc,
      token: settings.key,
      // Nobody's cursor is shown: awareness would only cost messages.
      awareness: null,
      onAuthenticated: ({ scope }) => void onScope(scope === 'readonly'),
      onAuthenticationFailed: ({ reason }) => void refuse(reason),
      onSynced: report,
      onUnsyncedChanges: report,
    });
    providers.set(name, provider);
    provider.attach();
  };

  const openDoc = async (articleId: string): Promise<Y.Doc> => {
    const name = documentNameOf(articleId);
    const doc = await localDocs.open(name);
    connect(name, doc);
    return doc;
  };

  const index = await localDocs.open(INDEX_DOCUMENT);

  const startBridge = async (asReadOnly: boolean): Promise<void> => {
    bridge?.stop();
    const next = new SyncBridge({
      db: options.db,
      writer: { device: options.device, name: settings.name.trim() || null },
      openDoc,
      index,
      readOnly: asReadOnly,
      ...(options.onInfo ? { onInfo: options.onInfo } : {}),
      ...(options.store ? { store: options.store } : {}),
    });
    bridge = next;
    await next.start();
  };

  const onScope = async (isReadOnly: boolean): Promise<void> => {
    if (stopped) return;
    const changed = readOnly !== isReadOnly || !bridge;
    readOnly = isReadOnly;
    options.onScope?.(isReadOnly);
    report();
    if (changed) await startBridge(isReadOnly);
  };

  const refuse = async (reason: string): Promise<void> => {
    if (stopped || refusal !== null) return;
    refusal = reason || 'the server gave no reason';
    report();
    // A wrong key stays wrong: stop knocking, keep the reader's annotations as they are.
    await shutdown();
  };

  let shut = false;
  const shutdown = async (): Promise<void> => {
    if (shut) return;
    shut = true;
    bridge?.stop();
    bridge = null;
    for (const provider of providers.values()) provider.destroy();
    providers.clear();
    websocket.off('status', onStatus);
    websocket.destroy();
    localDocs.close();
  };

  connect(INDEX_DOCUMENT, index);
  if (readOnly !== null) await startBridge(readOnly);
  report();

  return {
    stop: async () => {
      if (stopped) return;
      await bridge?.settled();
      stopped = true;
      await shutdown();
    },
    settled: () => bridge?.settled() ?? Promise.resolve(),
    state: () => current,
  };
}
