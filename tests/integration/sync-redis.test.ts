import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectClient, startRedis, startSyncServer, tempDataDir, whenDoc, WRITE_KEY, type TestClient } from './support/sync-server';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function client(url: string, name: string): TestClient {
  const c = connectClient(url, name, WRITE_KEY);
  cleanups.push(() => c.close());
  return c;
}

/** Redis and two sync servers sharing it and one data folder, all stopped after the test. */
async function twoServersOnOneRedis() {
  const data = tempDataDir();
  cleanups.push(data.remove);
  const redis = await startRedis(data.dir);
  cleanups.push(() => redis.stop());
  const one = await startSyncServer({ dataDir: data.dir, redis: redis.url });
  cleanups.push(() => one.stop());
  const two = await startSyncServer({ dataDir: data.dir, redis: redis.url });
  cleanups.push(() => two.stop());
  return { data, redis, one, two };
}

const notes = (doc: Y.Doc) => doc.getMap<string>('notes');

describe('several servers on one Redis', () => {
  it('serve one team: a change made through one server reaches devices on the other, and both stores hold it', async () => {
    const { data, redis, one, two } = await twoServersOnOneRedis();

    const onOne = client(one.url, 'marginalia/article/a');
    const onTwo = client(two.url, 'marginalia/article/a');
    notes(onOne.doc).set('from-one', 'made through server one');
    await whenDoc(onTwo.doc, () => notes(onTwo.doc).has('from-one'));
    notes(onTwo.doc).set('from-two', 'made through server two');
    await whenDoc(onOne.doc, () => notes(onOne.doc).has('from-two'));

    // Both servers stop (storing what they hold); a new server on the same folder has everything.
    onOne.close();
    onTwo.close();
    await one.stop('SIGTERM');
    await two.stop('SIGTERM');
    const three = await startSyncServer({ dataDir: data.dir, redis: redis.url });
    cleanups.push(() => three.stop());
    const later = client(three.url, 'marginalia/article/a');
    await whenDoc(later.doc, () => notes(later.doc).has('from-one') && notes(later.doc).has('from-two'));
    expect(notes(later.doc).toJSON()).toEqual({ 'from-one': 'made through server one', 'from-two': 'made through server two' });
  });

  it('catch up on a change published while a server’s Redis subscription was away', async () => {
    const { redis, one, two } = await twoServersOnOneRedis();
    const onOne = client(one.url, 'marginalia/article/b');
    const onTwo = client(two.url, 'marginalia/article/b');
    notes(onOne.doc).set('first', 'seen by both');
    await whenDoc(onTwo.doc, () => notes(onTwo.doc).has('first'));

    // Redis drops every subscriber connection (as on a network blip); the change made at once is
    // published while they reconnect, so Redis delivers it to nobody.
    execFileSync('redis-cli', ['-p', new URL(redis.url).port, 'CLIENT', 'KILL', 'TYPE', 'pubsub']);
    notes(onOne.doc).set('during-the-blip', 'published to nobody');
    await whenDoc(onTwo.doc, () => notes(onTwo.doc).has('during-the-blip'));
    expect(notes(onTwo.doc).toJSON()).toEqual({ first: 'seen by both', 'during-the-blip': 'published to nobody' });
  });
});
