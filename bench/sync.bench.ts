/**
 * Sync benchmark (issue #18): the real sync server on loopback, devices as the app runs them in
 * Node (Dexie on fake-indexeddb, y-dexie, the Hocuspocus provider, the bridge), 10,000
 * annotations in one article.
 *
 * - first sync: a new device connects and holds all 10,000 in its Dexie;
 * - a change on one device until the other's Dexie holds it (median of CHANGES edits);
 * - the size of the stored document.
 *
 * Each figure has a baseline measured in the same run through the same server: a bare Y.Doc
 * client receiving the same document, a bare Y.Map change between two bare clients, and the
 * annotations as compact JSON. The ratio is our overhead (bridge, Dexie, y-dexie); fake-indexeddb
 * in Node is slower than a browser's IndexedDB, so the milliseconds are an upper bound. Painting
 * on the other device is not measured here (the at-scale bench measures painting).
 */
import 'fake-indexeddb/auto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { annotatableText } from '../src/core/model/annotatable-text';
import { putAnnotation } from '../src/storage/annotations';
import { createDb, type MarginaliaDb } from '../src/storage/db';
import { applyMirroredChanges } from '../src/storage/mirror';
import { documentNameOf } from '../src/sync/article-doc';
import { openLocalDocs } from '../src/sync/local-docs';
import { startSession, type SyncSession } from '../src/sync/session';
import { connectClient, startSyncServer, tempDataDir, whenDoc, WRITE_KEY } from '../tests/integration/support/sync-server';
import { generateAnnotations, shippedArticle, WORKLOAD_NOW, WORKLOAD_SEED } from './annotation-workload';

const COUNT = Number(process.env.BENCH_SYNC_COUNT ?? 10_000);
const CHANGES = 21;
const SEED = WORKLOAD_SEED;
const NOW = WORKLOAD_NOW;

const article = shippedArticle();
const annotations = generateAnnotations(annotatableText(article), COUNT, SEED, NOW);

let devices = 0;
async function device(url: string, name: string, db: MarginaliaDb = createDb(`bench-sync-${++devices}`)): Promise<{ db: MarginaliaDb; session: SyncSession }> {
  const session = await startSession({
    db,
    settings: { url, key: WRITE_KEY, name },
    device: `${name}-${devices}`,
    localDocs: openLocalDocs(`bench-sync-docs-${devices}`),
    knownReadOnly: false,
    onState: () => undefined,
    WebSocketPolyfill: WebSocket,
  });
  return { db, session };
}

/** Resolves once `check()` holds, looking every millisecond (the figures are tens of milliseconds). */
async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 1));
}

/** Where a long run is (on stderr, so the figures stay readable). */
const progress = (what: string) => console.error(`  … ${what}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ms = (n: number) => `${n.toFixed(1)} ms`;

const data = tempDataDir();
const server = await startSyncServer({ dataDir: data.dir });
try {
  // Ana has the 10,000 on her device before she connects; they go up with her first sync.
  const anaDb = createDb(`bench-sync-${++devices}`);
  await applyMirroredChanges(anaDb, { puts: annotations, deletes: [] });
  const upStart = performance.now();
  const ana = await device(server.url, 'Ana', anaDb);
  const docName = documentNameOf(article.id);
  const probe = connectClient(server.url, docName, WRITE_KEY);
  const probeAnnotations = () => probe.doc.getMap('annotations').size;
  await until(() => probeAnnotations() === COUNT);
  const upMs = performance.now() - upStart;
  progress(`uploaded in ${ms(upMs)}`);
  probe.close();

  // Baseline: a bare client receiving the same document from the server.
  const bareStart = performance.now();
  const bare = connectClient(server.url, docName, WRITE_KEY);
  await whenDoc(bare.doc, () => bare.doc.getMap('annotations').size === COUNT);
  const bareMs = performance.now() - bareStart;

  // A new device: connect until its Dexie holds all 10,000.
  const firstStart = performance.now();
  const ben = await device(server.url, 'Ben');
  await until(async () => (await ben.db.annotations.count()) === COUNT);
  const firstMs = performance.now() - firstStart;
  progress(`first sync in ${ms(firstMs)}`);

  // A change on Ana's device until Ben's Dexie has it, one at a time.
  const changeTimes: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const target = annotations[(i * 397) % COUNT]!;
    const note = `Edited on Ana's device, change ${i}.`;
    const t0 = performance.now();
    await putAnnotation(ana.db, { ...target, note, modified: new Date(NOW.getTime() + (i + 1) * 1000).toISOString() });
    await until(async () => (await ben.db.annotations.get(target.id))?.note === note);
    changeTimes.push(performance.now() - t0);
  }

  // Baseline: a bare map change between two bare clients through the same server.
  const other = connectClient(server.url, docName, WRITE_KEY);
  await whenDoc(other.doc, () => other.doc.getMap('annotations').size === COUNT);
  const bareTimes: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const t0 = performance.now();
    bare.doc.getMap('bench').set('value', i);
    await whenDoc(other.doc, () => other.doc.getMap('bench').get('value') === i);
    bareTimes.push(performance.now() - t0);
  }

  const { encodeStateAsUpdate } = await import('yjs');
  const docBytes = encodeStateAsUpdate(bare.doc).length;
  const jsonBytes = JSON.stringify(annotations).length;
  await new Promise((r) => setTimeout(r, 2500)); // the server stores within 2 s of a change
  const storedBytes = readdirSync(data.dir).reduce((n, f) => n + statSync(join(data.dir, f)).size, 0);

  const change = median(changeTimes);
  const bareChange = median(bareTimes);
  console.log(`Sync, ${COUNT.toLocaleString('en')} annotations in one article (seed ${SEED}), loopback server, Node ${process.version}, fake-indexeddb`);
  console.log(`  first sync to a new device (connect until its Dexie holds all)     ${ms(firstMs).padStart(10)}   baseline bare Y.Doc client: ${ms(bareMs)}   ratio ×${(firstMs / bareMs).toFixed(1)}   goal < 2,000 ms: ${firstMs < 2000 ? 'met' : 'missed'}`);
  console.log(`  first upload from the device that had them (until the server has all) ${ms(upMs).padStart(7)}`);
  console.log(`  a change until the other device's Dexie has it, median of ${CHANGES}     ${ms(change).padStart(10)}   baseline bare map change: ${ms(bareChange)}   ratio ×${(change / bareChange).toFixed(1)}   goal < 150 ms: ${change < 150 ? 'met' : 'missed'}`);
  console.log(`    (fastest ${ms(Math.min(...changeTimes))}, slowest ${ms(Math.max(...changeTimes))})`);
  console.log(`  the article's document: ${(docBytes / 1024 / 1024).toFixed(2)} MB encoded, ${(storedBytes / 1024 / 1024).toFixed(2)} MB on the server's disk; the same annotations as compact JSON ${(jsonBytes / 1024 / 1024).toFixed(2)} MB   ratio ×${(docBytes / jsonBytes).toFixed(2)}`);

  bare.close();
  other.close();
  await ana.session.stop();
  await ben.session.stop();
} finally {
  await server.stop();
  data.remove();
}
