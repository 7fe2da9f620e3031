import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Annotation } from '../../src/core/model/annotation';
import { deleteAnnotation, listAnnotations, putAnnotation } from '../../src/storage/annotations';
import { createDb, type MarginaliaDb } from '../../src/storage/db';
import { openLocalDocs } from '../../src/sync/local-docs';
import { READ_ONLY_REASON, startSession, type SyncSession, type SyncState } from '../../src/sync/session';
import { annotationOn } from '../unit/support/fact-checks';
import { connectClient, eventually, READ_KEY, startSyncServer, tempDataDir, WRITE_KEY, type SyncServer } from './support/sync-server';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let devices = 0;

/** A device as the app runs it: its own Dexie database, its own store of documents, one session. */
interface Device {
  db: MarginaliaDb;
  session: SyncSession;
  states: SyncState[];
  state: () => SyncState;
  scopes: boolean[];
}

async function device(url: string, key: string, name: string, knownReadOnly: boolean | null = false, same?: { n: number; db: MarginaliaDb }): Promise<Device & { n: number }> {
  const n = same?.n ?? ++devices;
  const db = same?.db ?? createDb(`session-${n}-${name}`);
  const states: SyncState[] = [];
  const scopes: boolean[] = [];
  const session = await startSession({
    db,
    settings: { url, key, name },
    device: `${name}-${n}`,
    localDocs: openLocalDocs(`session-docs-${n}-${name}`),
    knownReadOnly,
    onState: (s) => states.push(s),
    onScope: (readOnly) => scopes.push(readOnly),
    WebSocketPolyfill: WebSocket,
    backoff: { delay: 50, minDelay: 50, maxDelay: 300, factor: 1.5 },
  });
  cleanups.push(() => session.stop());
  return { db, session, states, state: session.state, scopes, n };
}

async function server(dataDir: string, port?: number): Promise<SyncServer> {
  const started = await startSyncServer(port === undefined ? { dataDir } : { dataDir, port });
  cleanups.push(() => started.stop());
  return started;
}

async function holds(d: Device, articleId: string, check: (list: Annotation[]) => boolean): Promise<void> {
  await eventually(async () => check(await listAnnotations(d.db, articleId)));
}

/** A server and a teammate who has annotated: what a new device should receive. */
async function serverWithTeamNote() {
  const data = tempDataDir();
  cleanups.push(data.remove);
  const { url } = await server(data.dir);
  const writer = await device(url, WRITE_KEY, 'Ann');
  const teamNote = annotationOn('Lavrov', { note: 'the team’s' });
  await putAnnotation(writer.db, teamNote);
  return { url, writer, teamNote };
}

describe('a sync session against the real server', () => {
  it('carries an annotation with its author, an edit and a delete between two devices', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const { url } = await server(data.dir);
    const laptop = await device(url, WRITE_KEY, 'Ann');
    const phone = await device(url, WRITE_KEY, 'Ben');
    await eventually(() => laptop.state().kind === 'synced' && phone.state().kind === 'synced');

    const made = { ...annotationOn('Lavrov', { verdict: 'false', note: 'No source.' }), author: { name: 'Ann' } };
    const articleId = made.target.articleId;
    await putAnnotation(laptop.db, made);
    await holds(phone, articleId, (list) => list.some((a) => a.id === made.id));
    expect((await listAnnotations(phone.db, articleId))[0]).toEqual(made);

    const edited = { ...made, note: 'No source. Ben: see the transcript.', modified: '2026-04-20T10:00:00.000Z' };
    await putAnnotation(phone.db, edited);
    await holds(laptop, articleId, (list) => list[0]?.note === edited.note);

    await deleteAnnotation(laptop.db, made.id);
    await holds(phone, articleId, (list) => list.length === 0);
  });

  it('says Offline with the changes waiting while the server is down, reconnects by itself and sends them', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const first = await server(data.dir);
    const laptop = await device(first.url, WRITE_KEY, 'Ann');
    await eventually(() => laptop.state().kind === 'synced');
    await first.stop('SIGKILL');
    await eventually(() => laptop.state().kind === 'offline');

    const made = annotationOn('Lavrov', { note: 'made while the server was down' });
    await putAnnotation(laptop.db, made);
    await eventually(() => {
      const s = laptop.state();
      return s.kind === 'offline' && s.waiting > 0;
    });

    await server(data.dir, first.port);
    await eventually(() => laptop.state().kind === 'synced');
    const phone = await device(first.url, WRITE_KEY, 'Ben');
    await holds(phone, made.target.articleId, (list) => list.some((a) => a.note === 'made while the server was down'));
  });

  it('refuses a wrong key with its reason; the reader’s annotations stay on the device and reach nobody', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const { url } = await server(data.dir);
    const stranger = await device(url, 'not-the-team-key', 'Eve', null);
    await eventually(() => stranger.state().kind === 'refused');
    expect(stranger.state()).toEqual({ kind: 'refused', reason: 'wrong team key', readOnly: false });
    // Its own annotations stay, and nothing of them reaches the team.
    const own = annotationOn('Lavrov', { note: 'Eve’s own' });
    await putAnnotation(stranger.db, own);
    const team = await device(url, WRITE_KEY, 'Ann');
    await eventually(() => team.state().kind === 'synced');
    expect(await listAnnotations(team.db, own.target.articleId)).toEqual([]);
    expect(await listAnnotations(stranger.db, own.target.articleId)).toEqual([own]);
  });

  it('after a wrong key, the same device connects with the right one and gets the team’s annotations', async () => {
    const { url, teamNote } = await serverWithTeamNote();
    const wrong = await device(url, 'not-the-team-key', 'Rita', null);
    await eventually(() => wrong.state().kind === 'refused');
    await wrong.session.stop();
    const again = await device(url, READ_KEY, 'Rita', null, { n: wrong.n, db: wrong.db });
    await holds(again, teamNote.target.articleId, (list) => list.some((a) => a.id === teamNote.id));
  });

  it('with a read-only key: the team’s annotations arrive, the reader’s own stay local and the status says so', async () => {
    const { url, writer, teamNote } = await serverWithTeamNote();
    const reader = await device(url, READ_KEY, 'Rita', null);
    await eventually(() => reader.state().kind === 'refused');
    expect(reader.state()).toEqual({ kind: 'refused', reason: READ_ONLY_REASON, readOnly: true });
    expect(reader.scopes[0]).toBe(true);
    await holds(reader, teamNote.target.articleId, (list) => list.some((a) => a.id === teamNote.id));

    const own = annotationOn('Lavrov', { note: 'Rita’s own' }, 1);
    await putAnnotation(reader.db, own);
    const later = annotationOn('Lavrov', { note: 'a later team note' }, 2);
    await putAnnotation(writer.db, later);
    await holds(reader, later.target.articleId, (list) => list.some((a) => a.id === later.id));
    // A device connected after both has the team's two and not the reader's.
    const third = await device(url, WRITE_KEY, 'Cal');
    await holds(third, later.target.articleId, (list) => list.some((a) => a.id === later.id));
    expect((await listAnnotations(third.db, later.target.articleId)).map((a) => a.id).sort()).toEqual([teamNote.id, later.id].sort());
    expect((await listAnnotations(reader.db, own.target.articleId)).some((a) => a.id === own.id)).toBe(true);
  });

  it('stops for good: after stop nothing more arrives, even when the server comes back', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const first = await server(data.dir);
    const laptop = await device(first.url, WRITE_KEY, 'Ann');
    await eventually(() => laptop.state().kind === 'synced');
    await laptop.session.stop();
    await first.stop('SIGKILL');
    await server(data.dir, first.port);
    const made = annotationOn('Lavrov', { note: 'after the laptop stopped' });
    const phone = await device(first.url, WRITE_KEY, 'Ben');
    await putAnnotation(phone.db, made);
    // A third client that connects after the change has it: the change went through the server.
    const witness = connectClient(first.url, `marginalia/article/${made.target.articleId}`, WRITE_KEY);
    cleanups.push(() => witness.close());
    await eventually(() => witness.doc.getMap('annotations').has(made.id));
    expect(await listAnnotations(laptop.db, made.target.articleId)).toEqual([]);
    expect(laptop.states.at(-1)?.kind).toBe('synced');
  });
});
