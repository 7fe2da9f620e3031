import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ArticleDetails } from '../../src/core/model/article-details';
import { deleteArticleDetails, getArticleDetails, putArticleDetails } from '../../src/storage/article-details';
import { articleMap } from '../../src/sync/article-doc';
import { readDetails, settleDetails } from '../../src/sync/details-doc';
import { article } from './support/fact-checks';
import { device, Network, settle, startsDevices } from './support/sync-devices';

const { start, track } = startsDevices();

const corrected: ArticleDetails = { title: 'Washington asked Moscow to spare al-Nusra, says Press TV', source: 'Press TV', address: 'https://www.presstv.ir/Detail/2015/10/10/432603', published: '2015-10-10' };
const recorrected: ArticleDetails = { ...corrected, title: 'US “asked Russia” to spare al-Nusra (Press TV)' };

describe('an article’s corrected details, across devices', () => {
  it('carries a correction and a reset from one device to the other, and nothing back', async () => {
    const network = new Network();
    const ann = await start(network, 'Ann');
    const ben = await start(network, 'Ben');
    await putArticleDetails(ann.db, article.id, corrected);
    await settle(ann, ben);
    expect(await getArticleDetails(ben.db, article.id)).toEqual(corrected);
    // Ben stored what came; he put nothing in the document of his own.
    const doc = ben.docs.get(article.id);
    expect(doc && [...articleMap(doc).keys()].filter((k) => k.startsWith('d|'))).toEqual(['d|Ann']);

    await putArticleDetails(ben.db, article.id, recorrected);
    await settle(ann, ben);
    expect(await getArticleDetails(ann.db, article.id)).toEqual(recorrected);

    await deleteArticleDetails(ann.db, article.id);
    await settle(ann, ben);
    expect(await getArticleDetails(ben.db, article.id)).toBeNull();
  });

  it('brings a correction made while apart to the other device, and one made on both sides converges on one', async () => {
    const network = new Network();
    const ann = await start(network, 'Ann');
    const ben = await start(network, 'Ben');
    network.offline();
    await putArticleDetails(ann.db, article.id, corrected);
    await settle(ann, ben);
    expect(await getArticleDetails(ben.db, article.id)).toBeNull();
    network.online();
    await settle(ann, ben);
    expect(await getArticleDetails(ben.db, article.id)).toEqual(corrected);

    network.offline();
    await putArticleDetails(ann.db, article.id, { ...corrected, source: 'Ann’s source' });
    await putArticleDetails(ben.db, article.id, { ...corrected, source: 'Ben’s source' });
    await settle(ann, ben);
    network.online();
    await settle(ann, ben);
    const [onAnn, onBen] = [await getArticleDetails(ann.db, article.id), await getArticleDetails(ben.db, article.id)];
    expect(onAnn).toEqual(onBen);
    // The correction that lost is kept in the document, not dropped.
    const doc = ann.docs.get(article.id);
    expect(doc && readDetails(doc, 'Ann')?.lost.map((l) => (l.value as ArticleDetails).source)).toEqual([onAnn?.source === 'Ann’s source' ? 'Ben’s source' : 'Ann’s source']);
  });

  it('sends details a device had before it ever connected, and with a read-only key keeps its own here', async () => {
    const network = new Network();
    const ann = device(network, 'Ann');
    track(ann);
    await putArticleDetails(ann.db, article.id, corrected);
    await ann.bridge.start();
    const reader = await start(network, 'Rea', { readOnly: true });
    await settle(ann, reader);
    expect(await getArticleDetails(reader.db, article.id)).toEqual(corrected);
    await putArticleDetails(reader.db, article.id, recorrected);
    await settle(ann, reader);
    expect(await getArticleDetails(ann.db, article.id)).toEqual(corrected);
    expect(await getArticleDetails(reader.db, article.id)).toEqual(recorrected);
  });
});

describe('settleDetails (stored and document details meet)', () => {
  const inDoc = (details: ArticleDetails | null, own?: ArticleDetails | null) => ({ details, lost: [], own });
  it('stores what came from elsewhere, sends what changed here, and does nothing when they agree', () => {
    expect(settleDetails(null, undefined)).toBe('same');
    expect(settleDetails(corrected, undefined)).toBe('send');
    expect(settleDetails(corrected, inDoc(corrected))).toBe('same');
    expect(settleDetails(null, inDoc(corrected))).toBe('store');
    expect(settleDetails(corrected, inDoc(recorrected, corrected))).toBe('store');
    expect(settleDetails(recorrected, inDoc(corrected, corrected))).toBe('send');
    expect(settleDetails(corrected, inDoc(recorrected))).toBe('send');
  });
});
