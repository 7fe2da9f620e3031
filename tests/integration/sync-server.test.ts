import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FileStore, fileKey } from '../../server/file-store';
import { connectClient, eventually, READ_KEY, startSyncServer, tempDataDir, whenDoc, WRITE_KEY, type SyncServer, type TestClient } from './support/sync-server';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(dataDir: string, port?: number): Promise<SyncServer> {
  const started = await startSyncServer(port === undefined ? { dataDir } : { dataDir, port });
  cleanups.push(() => started.stop());
  return started;
}

function client(url: string, name: string, token: string): TestClient {
  const c = connectClient(url, name, token);
  cleanups.push(() => c.close());
  return c;
}

function notes(doc: Y.Doc): Y.Map<string> {
  return doc.getMap<string>('notes');
}

describe('the sync server', () => {
  it('relays a change between two devices with the team key', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const { url } = await server(data.dir);
    const laptop = client(url, 'marginalia/article/a', WRITE_KEY);
    const phone = client(url, 'marginalia/article/a', WRITE_KEY);
    notes(laptop.doc).set('n1', 'made on the laptop');
    await whenDoc(phone.doc, () => notes(phone.doc).get('n1') === 'made on the laptop');
    notes(phone.doc).set('n2', 'made on the phone');
    await whenDoc(laptop.doc, () => notes(laptop.doc).get('n2') === 'made on the phone');
    expect(notes(laptop.doc).toJSON()).toEqual(notes(phone.doc).toJSON());
  });

  it('refuses a wrong key with a reason, and never prints a key', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const started = await server(data.dir);
    const stranger = client(started.url, 'marginalia/article/a', 'not-the-team-key');
    await eventually(() => stranger.refused() !== null);
    expect(stranger.refused()).toBe('wrong team key');
    const empty = client(started.url, 'marginalia/article/a', '');
    await eventually(() => empty.refused() !== null);
    expect(empty.refused()).toBe('no team key was given');
    expect(started.output()).toContain(`listening on ws://127.0.0.1:${started.port}`);
    for (const key of [WRITE_KEY, READ_KEY, 'not-the-team-key']) expect(started.output()).not.toContain(key);
  });

  it('lets a read: key read but applies none of its changes', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const { url } = await server(data.dir);
    const writer = client(url, 'marginalia/article/a', WRITE_KEY);
    const reader = client(url, 'marginalia/article/a', READ_KEY);
    await eventually(() => reader.provider.isAuthenticated && writer.provider.isAuthenticated);
    expect(reader.provider.authorizedScope).toBe('readonly');
    expect(writer.provider.authorizedScope).toBe('read-write');
    notes(writer.doc).set('n1', 'the team’s note');
    await whenDoc(reader.doc, () => notes(reader.doc).has('n1'));
    notes(reader.doc).set('mine', 'a reader’s own note');
    notes(writer.doc).set('n2', 'a later team note');
    await whenDoc(reader.doc, () => notes(reader.doc).has('n2'));
    // A third device, connected after both, sees the team's notes and not the reader's.
    const third = client(url, 'marginalia/article/a', WRITE_KEY);
    await whenDoc(third.doc, () => notes(third.doc).has('n2'));
    expect(notes(third.doc).has('mine')).toBe(false);
    expect(notes(writer.doc).has('mine')).toBe(false);
  });

  it('loses nothing when killed mid-session and restarted on the same data', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const first = await server(data.dir);
    const laptop = client(first.url, 'marginalia/article/a', WRITE_KEY);
    notes(laptop.doc).set('before', 'stored before the crash');
    const store = new FileStore(data.dir, 'test-reader');
    const stored = async (key: string) => {
      const state = await store.load('marginalia/article/a');
      if (!state) return false;
      const copy = new Y.Doc();
      Y.applyUpdate(copy, state);
      return notes(copy).has(key);
    };
    await eventually(() => stored('before'));
    await first.stop('SIGKILL');
    // While the server is down the laptop keeps working; its change waits.
    notes(laptop.doc).set('offline', 'made while the server was down');
    await eventually(() => laptop.provider.unsyncedChanges > 0);
    await server(data.dir, first.port);
    // The laptop reconnects by itself and sends what waited.
    await eventually(() => laptop.provider.unsyncedChanges === 0 && laptop.provider.isSynced);
    const phone = client(first.url, 'marginalia/article/a', WRITE_KEY);
    await whenDoc(phone.doc, () => notes(phone.doc).has('before') && notes(phone.doc).has('offline'));
    await eventually(() => stored('offline'));
    expect(fileKey('marginalia/article/a')).toMatch(/^[0-9a-f]{40}$/);
  });

  it('merges edits made on both sides while apart', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const first = await server(data.dir);
    const laptop = client(first.url, 'marginalia/article/a', WRITE_KEY);
    const phone = client(first.url, 'marginalia/article/a', WRITE_KEY);
    const text = (doc: Y.Doc) => doc.getText('note');
    text(laptop.doc).insert(0, 'The claim is false.');
    await whenDoc(phone.doc, () => text(phone.doc).toString() === 'The claim is false.');
    await first.stop('SIGTERM');
    text(laptop.doc).insert(0, 'Laptop: ');
    text(phone.doc).insert(text(phone.doc).length, ' Phone: see the source.');
    await server(data.dir, first.port);
    const merged = 'Laptop: The claim is false. Phone: see the source.';
    await whenDoc(laptop.doc, () => text(laptop.doc).toString() === merged);
    await whenDoc(phone.doc, () => text(phone.doc).toString() === merged);
  });
});
