/**
 * The benchmark page: builds the seeded workload and exposes each group of figures to the
 * runner (bench/at-scale.bench.ts) as `window.bench`, which drives it from headless Chromium.
 * It imports the app's own modules and styles, so what is measured is what ships.
 */
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/600.css';
import '../../src/ui/app/theme.css';
import '../../src/ui/app/layout.css';
import '../../src/ui/reader/reader.css';
import '../../src/ui/annotations/annotations.css';
import { isPlaced } from '../../src/core/anchoring/anchor';
import { anchorAll } from '../../src/core/anchoring/anchor-all';
import type { Annotation } from '../../src/core/model/annotation';
import type { Article } from '../../src/core/model/article';
import type { AnnotatableText } from '../../src/core/model/new-annotation';
import { paintSet } from '../../src/ui/reader/highlight-painter';
import { paintStyleOf } from '../../src/ui/reader/paint-style';
import { anchorEdited, compareAnchoring, outcome } from './anchoring-figures';
import { closeEditor, mountReader, openNoteEditor, timeExport, timeLoad, timeSelectToSaved, unmountReader } from './app-figures';
import { time } from './measure';
import { comparePainting, registeredRanges, renderArticle } from './paint-figures';
import { editedWorkload, prepare, syntheticAnnotations, syntheticArticle, type EditedWorkload } from './workload';

interface Workload {
  article: Article;
  on: AnnotatableText;
  all: Annotation[];
  thousand: Annotation[];
  edited: EditedWorkload;
  editedOn: AnnotatableText;
}

let workload: Workload | null = null;

function ready(): Workload {
  if (!workload) throw new Error('Call bench.workload() first.');
  return workload;
}

const host = () => document.getElementById('host') as HTMLElement;

const bench = {
  /** Builds the workload; returns its size and how long preparing the text (hash, code point map) takes. */
  async workload(runs: number) {
    const article = syntheticArticle();
    const on = prepare(article);
    const all = syntheticAnnotations(on, 10_000);
    const edited = editedWorkload(article, all);
    workload = { article, on, all, thousand: syntheticAnnotations(on, 1_000), edited, editedOn: prepare(edited.article) };
    const prepareMs: number[] = [];
    for (let i = 0; i < runs; i++) prepareMs.push(await time(() => prepare(article)));
    return { chars: on.text.length, blocks: article.blocks.length, editedChars: workload.editedOn.text.length, prepareMs };
  },

  /** Ours against the peers: 1,000 and 10,000 on the unchanged article, 10,000 on the edited one. */
  async anchoring(runs: number) {
    const w = ready();
    const unchanged = await renderArticle(host(), w.article);
    const thousand = await compareAnchoring(w.on, unchanged.root, w.thousand, runs);
    const tenThousand = await compareAnchoring(w.on, unchanged.root, w.all, runs);
    unchanged.unmount();
    const editedDom = await renderArticle(host(), w.edited.article);
    const editedPeers = await compareAnchoring(w.editedOn, editedDom.root, w.all, runs);
    editedDom.unmount();
    const edited = await anchorEdited(w.editedOn, w.all, runs);
    return { thousand, tenThousand, editedPeers, edited: edited.runs, outcome: outcome(w.editedOn, edited.anchors, w.edited.expected) };
  },

  /** Our painter against every range registered and against <mark> wrapping, for the 10,000 anchors. */
  async painting(runs: number) {
    const w = ready();
    const { anchors } = anchorAll(w.on.text, w.on.map, w.all.map((a) => a.target), { textHash: w.on.textHash });
    const items = w.all.flatMap((a, i) => {
      const anchor = anchors[i];
      return isPlaced(anchor) ? [{ id: a.id, start: anchor.start, end: anchor.end, style: paintStyleOf(a) }] : [];
    });
    return comparePainting(host(), w.article, paintSet(items), runs);
  },

  /** Loading 10,000 annotations from IndexedDB, and exporting them. */
  async storage(runs: number) {
    const w = ready();
    return { load: await timeLoad(w.all, runs), export: await timeExport(w.article, w.all, runs) };
  },

  /** Mounts the reader with none or all 10,000 annotations stored. */
  async mount(count: 0 | 10_000) {
    const w = ready();
    const ms = await mountReader(document.getElementById('app') as HTMLElement, w.article, count === 0 ? [] : w.all);
    return { ms, registered: registeredRanges() };
  },
  selectToSaved: timeSelectToSaved,
  openNoteEditor,
  closeEditor,
  unmount: unmountReader,
  registered: registeredRanges,
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
