import { afterEach } from 'vitest';
import * as Y from 'yjs';
import { createDb, type MarginaliaDb } from '../../../src/storage/db';
import { SyncBridge, type ArticleSyncInfo } from '../../../src/sync/bridge';

/** A device of the bridge tests: its own Dexie database, documents and bridge. */
export interface Device {
  db: MarginaliaDb;
  bridge: SyncBridge;
  docs: Map<string, Y.Doc>;
  index: Y.Doc;
  info: Map<string, ArticleSyncInfo>;
}

let databases = 0;

/** A device named `name`, its documents relayed by `network` (a stand-in for the server). */
export function device(network: Network, name: string, options: { readOnly?: boolean } = {}): Device {
  const db = createDb(`sync-device-${++databases}-${name}`);
  const docs = new Map<string, Y.Doc>();
  const index = network.join(name, 'index');
  const info = new Map<string, ArticleSyncInfo>();
  const bridge = new SyncBridge({
    db,
    writer: { device: name, name },
    index,
    readOnly: options.readOnly ?? false,
    openDoc: async (articleId) => {
      let doc = docs.get(articleId);
      if (!doc) docs.set(articleId, (doc = network.join(name, articleId)));
      return doc;
    },
    onInfo: (articleId, i) => info.set(articleId, i),
  });
  return { db, bridge, docs, index, info };
}

/**
 * For one test file: `start(network, name)` gives a device whose bridge has started, and
 * `track(device)` one the test starts itself; both are stopped after each test.
 */
export function startsDevices(): {
  start: (network: Network, name: string, options?: { readOnly?: boolean }) => Promise<Device>;
  track: (device: Device) => Device;
} {
  const started: Device[] = [];
  afterEach(() => {
    for (const d of started.splice(0)) d.bridge.stop();
  });
  const track = (d: Device) => {
    started.push(d);
    return d;
  };
  return {
    track,
    start: async (network, name, options = {}) => {
      const d = track(device(network, name, options));
      await d.bridge.start();
      return d;
    },
  };
}

/**
 * Relays document updates between devices, as the server would; `offline` holds them back
 * until `online`, which then exchanges what each side missed (Yjs's own state-vector sync).
 */
export class Network {
  private readonly copies = new Map<string, Map<string, Y.Doc>>();
  private connected = true;

  /** A new copy of document `name` on device `device`. */
  join(device: string, name: string): Y.Doc {
    const doc = new Y.Doc();
    const copies = this.copies.get(name) ?? new Map<string, Y.Doc>();
    this.copies.set(name, copies);
    for (const other of copies.values()) Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), this);
    copies.set(device, doc);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this || !this.connected) return;
      for (const [d, other] of copies) if (d !== device) Y.applyUpdate(other, update, this);
    });
    return doc;
  }

  offline(): void {
    this.connected = false;
  }

  online(): void {
    this.connected = true;
    for (const copies of this.copies.values()) {
      for (const a of copies.values()) for (const b of copies.values()) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), this);
    }
  }
}

/** Waits until both bridges have nothing queued, twice (a mirrored write may queue one more step). */
export async function settle(...devices: Device[]): Promise<void> {
  for (let round = 0; round < 3; round++) for (const d of devices) await d.bridge.settled();
}
