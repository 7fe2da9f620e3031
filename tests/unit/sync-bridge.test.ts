import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Annotation } from '../../src/core/model/annotation';
import { deleteAnnotation, listAnnotations, putAnnotation, replaceIfUnchanged } from '../../src/storage/annotations';
import { addArticle, getStoredArticle } from '../../src/storage/articles';
import { createDb } from '../../src/storage/db';
import { annotationsMap, writeAnnotation } from '../../src/sync/annotation-doc';
import { SyncBridge } from '../../src/sync/bridge';
import { onWrites } from '../../src/storage/write-log';
import { annotationOn, article } from './support/fact-checks';
import { device, Network, settle, startsDevices } from './support/sync-devices';

const { start, track } = startsDevices();

/** Ann on a new network, with one annotation on Lavrov already in the documents. */
async function annShared(content: Parameters<typeof annotationOn>[1]) {
  const network = new Network();
  const ann = await start(network, 'Ann');
  const made = annotationOn('Lavrov', content);
  await putAnnotation(ann.db, made);
  await settle(ann);
  return { network, ann, made };
}

const later = (a: Annotation, change: Partial<Annotation>, at: string): Annotation => ({ ...a, ...change, modified: at });

describe('the Dexie ↔ Yjs bridge', () => {
  it('carries a new annotation, an edit and a delete from one device to the other, both ways', async () => {
    const network = new Network();
    const ann = await start(network, 'Ann');
    const ben = await start(network, 'Ben');
    const made = { ...annotationOn('Lavrov', { verdict: 'false', note: 'No source.' }), author: { name: 'Ann' } };
    await putAnnotation(ann.db, made);
    await settle(ann, ben);
    expect(await listAnnotations(ben.db, made.target.articleId)).toEqual([made]);

    const edited = later(made, { note: 'No source. Ben: see the transcript.', tags: ['transcript'] }, '2026-04-20T10:00:00.000Z');
    await putAnnotation(ben.db, edited);
    await settle(ann, ben);
    expect(await listAnnotations(ann.db, made.target.articleId)).toEqual([edited]);

    await deleteAnnotation(ann.db, made.id);
    await settle(ann, ben);
    expect(await listAnnotations(ben.db, made.target.articleId)).toEqual([]);
  });

  it('carries an undo to the other device as an ordinary change, and refuses one that would overwrite that device’s newer edit', async () => {
    const network = new Network();
    const ann = await start(network, 'Ann');
    const ben = await start(network, 'Ben');
    const made = annotationOn('Lavrov', { note: 'First thought.' });
    await putAnnotation(ann.db, made);
    const edited = later(made, { note: 'Second thought.', verdict: 'false' }, '2026-04-20T10:00:00.000Z');
    await putAnnotation(ann.db, edited);
    await settle(ann, ben);
    expect(await listAnnotations(ben.db, made.target.articleId)).toEqual([edited]);

    // Ann's Ctrl+Z: back to the version before her edit, written only over her own edit.
    expect(await replaceIfUnchanged(ann.db, made.id, edited.modified, made)).toEqual({ ok: true });
    await settle(ann, ben);
    expect(await listAnnotations(ben.db, made.target.articleId)).toEqual([made]);

    // Ben edits after that; Ann's redo would overwrite it, so it is refused and writes nothing.
    const bens = later(made, { note: 'Ben: see the transcript.' }, '2026-04-21T10:00:00.000Z');
    await putAnnotation(ben.db, bens);
    await settle(ann, ben);
    expect(await replaceIfUnchanged(ann.db, made.id, made.modified, edited)).toEqual({ ok: false, current: bens });
    await settle(ann, ben);
    expect(await listAnnotations(ben.db, made.target.articleId)).toEqual([bens]);
  });

  it('brings a new device everything already shared, and shares what it had alone', async () => {
    const { network, ann, made: first } = await annShared({ note: 'from Ann' });
    const ben = device(network, 'Ben');
    track(ben);
    const own = annotationOn('Lavrov', { note: 'Ben made this before connecting' }, 1);
    await putAnnotation(ben.db, own);
    await ben.bridge.start();
    await settle(ann, ben);
    const byId = (list: Annotation[]) => list.map((a) => a.id).sort();
    expect(byId(await listAnnotations(ben.db, first.target.articleId))).toEqual([first.id, own.id].sort());
    expect(byId(await listAnnotations(ann.db, first.target.articleId))).toEqual([first.id, own.id].sort());
  });

  it('merges concurrent edits of one note as text', async () => {
    const network = new Network();
    const ann = await start(network, 'Ann');
    const ben = await start(network, 'Ben');
    const made = annotationOn('Lavrov', { note: 'The quote is real.' });
    await putAnnotation(ann.db, made);
    await settle(ann, ben);
    network.offline();
    await putAnnotation(ann.db, later(made, { note: 'Checked: The quote is real.' }, '2026-04-20T10:00:00.000Z'));
    await putAnnotation(ben.db, later(made, { note: 'The quote is real. Source: TASS.' }, '2026-04-20T10:01:00.000Z'));
    await settle(ann, ben);
    network.online();
    await settle(ann, ben);
    for (const d of [ann, ben]) {
      const [stored] = await listAnnotations(d.db, made.target.articleId);
      expect(stored?.note).toBe('Checked: The quote is real. Source: TASS.');
      expect(stored?.modified).toBe('2026-04-20T10:01:00.000Z');
    }
  });

  it('converges on one verdict and keeps the lost concurrent one visible until someone decides', async () => {
    const network = new Network();
    const ann = await start(network, 'Ann');
    const ben = await start(network, 'Ben');
    const made = annotationOn('Lavrov', { verdict: 'unverified' });
    const articleId = made.target.articleId;
    await putAnnotation(ann.db, made);
    await settle(ann, ben);
    network.offline();
    await putAnnotation(ann.db, later(made, { verdict: 'false' }, '2026-04-20T10:00:00.000Z'));
    await putAnnotation(ben.db, later(made, { verdict: 'misleading' }, '2026-04-20T10:00:05.000Z'));
    await settle(ann, ben);
    network.online();
    await settle(ann, ben);
    const [onAnn] = await listAnnotations(ann.db, articleId);
    const [onBen] = await listAnnotations(ben.db, articleId);
    expect(onAnn?.verdict).toBe(onBen?.verdict);
    // Same counters, so the device id decides: "Ben" > "Ann"; Ann's False lost and is shown.
    expect(onAnn?.verdict).toBe('misleading');
    for (const d of [ann, ben]) expect(d.info.get(articleId)?.lost.get(made.id)).toEqual([{ field: 'verdict', device: 'Ann', value: 'false', by: 'Ann' }]);

    // Ann, having seen both, sets it again: the conflict is settled everywhere.
    await putAnnotation(ann.db, later(onAnn as Annotation, { verdict: 'false' }, '2026-04-20T10:05:00.000Z'));
    await settle(ann, ben);
    expect((await listAnnotations(ben.db, articleId))[0]?.verdict).toBe('false');
    for (const d of [ann, ben]) expect(d.info.get(articleId)?.lost.has(made.id)).toBe(false);
  });

  it('keeps changes of different fields made at once: a verdict here, tags there', async () => {
    const network = new Network();
    const ann = await start(network, 'Ann');
    const ben = await start(network, 'Ben');
    const made = annotationOn('Lavrov');
    await putAnnotation(ann.db, made);
    await settle(ann, ben);
    network.offline();
    await putAnnotation(ann.db, later(made, { verdict: 'false' }, '2026-04-20T10:00:00.000Z'));
    await putAnnotation(ben.db, later(made, { tags: ['russia'] }, '2026-04-20T10:00:01.000Z'));
    await settle(ann, ben);
    network.online();
    await settle(ann, ben);
    for (const d of [ann, ben]) expect((await listAnnotations(d.db, made.target.articleId))[0]).toMatchObject({ verdict: 'false', tags: ['russia'] });
  });

  it('sends a stored article with its annotations to a device that never had it', async () => {
    const network = new Network();
    const ann = await start(network, 'Ann');
    const ben = await start(network, 'Ben');
    const pasted = { ...article, id: 'pasted-article', iri: 'urn:marginalia:pasted-article', title: 'A pasted article' };
    await addArticle(ann.db, pasted, new Date('2026-04-20T09:00:00.000Z'));
    const on = { ...annotationOn('Lavrov', { note: 'on the pasted one' }), target: { ...annotationOn('Lavrov').target, articleId: 'pasted-article' } };
    await putAnnotation(ann.db, on);
    await settle(ann, ben);
    expect((await getStoredArticle(ben.db, 'pasted-article'))?.title).toBe('A pasted article');
    expect(await listAnnotations(ben.db, 'pasted-article')).toEqual([on]);
  });

  it('with a read-only key receives the team’s work and keeps its own notes local, marked not shared', async () => {
    const network = new Network();
    const ann = await start(network, 'Ann');
    const reader = await start(network, 'Rea', { readOnly: true });
    const team = annotationOn('Lavrov', { note: 'the team’s' });
    await putAnnotation(ann.db, team);
    await settle(ann, reader);
    const own = annotationOn('Lavrov', { note: 'the reader’s own' }, 1);
    await putAnnotation(reader.db, own);
    await settle(ann, reader);
    expect((await listAnnotations(reader.db, team.target.articleId)).map((a) => a.id).sort()).toEqual([team.id, own.id].sort());
    expect((await listAnnotations(ann.db, team.target.articleId)).map((a) => a.id)).toEqual([team.id]);
    expect([...(reader.info.get(team.target.articleId)?.notShared ?? [])]).toEqual([own.id]);
  });

  it('stores the server’s copy of a document that arrives while the first reconcile waits on Dexie', async () => {
    const { network, ann, made } = await annShared({ verdict: 'unverified', note: 'made before Ben opened it' });

    // Ben's copy of the article starts empty; the server's answer lands while the bridge reads
    // the articles table (after it has read the document's annotations).
    const db = createDb('sync-device-late-answer');
    const opened = new Y.Doc();
    let answered = false;
    db.use({
      stack: 'dbcore',
      name: 'answer-during-reconcile',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'articles') return table;
          return {
            ...table,
            get: async (request) => {
              const result = await table.get(request);
              if (!answered && opened.getMap('annotations').size === 0) {
                answered = true;
                Y.applyUpdate(opened, Y.encodeStateAsUpdate(ann.docs.get(made.target.articleId) as Y.Doc));
              }
              return result;
            },
          };
        },
      }),
    });
    const bridge = new SyncBridge({ db, writer: { device: 'Ben', name: 'Ben' }, index: network.join('Ben', 'index'), readOnly: false, openDoc: async () => opened });
    await bridge.start();
    for (let round = 0; round < 3; round++) await bridge.settled();
    bridge.stop();
    expect(answered).toBe(true);
    expect(await listAnnotations(db, made.target.articleId)).toEqual([made]);
  });

  it('never sends back what it stored from the documents: an edit that arrives meanwhile is not undone', async () => {
    const { network, ann, made } = await annShared({ note: 'first version' });

    // Ben's bridge stores Ann's annotation; just as that write commits (its echo still queued),
    // Ann's next edit reaches Ben's document.
    const ben = device(network, 'Ben');
    track(ben);
    const edited = later(made, { note: 'second version, made while Ben was storing the first' }, '2026-04-21T08:00:00.000Z');
    let arrived = false;
    onWrites(ben.db, (write) => {
      if (arrived || write.table !== 'annotations') return;
      arrived = true;
      // After every listener of this write (the bridge's queues its echo), before the queue runs.
      queueMicrotask(() => {
        const annDoc = ann.docs.get(made.target.articleId) as Y.Doc;
        annDoc.transact(() => writeAnnotation(annotationsMap(annDoc), edited, { device: 'Ann', name: 'Ann' }));
      });
    });
    await ben.bridge.start();
    await settle(ann, ben);
    expect(arrived).toBe(true);
    expect(await listAnnotations(ben.db, made.target.articleId)).toEqual([edited]);
    expect(readNote(ann.docs.get(made.target.articleId) as Y.Doc, made.id)).toBe(edited.note);
  });
});

function readNote(doc: Y.Doc, id: string): unknown {
  return annotationsMap(doc).get(id)?.get('note')?.toString();
}
