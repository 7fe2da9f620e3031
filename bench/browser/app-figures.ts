/**
 * Figures of the reader itself (the real ReaderPage, its storage and its export) with many
 * annotations stored: loading them from IndexedDB, exporting them, selecting text until its
 * highlight is painted and saved, and the editor open for typing (typed from outside the page).
 */
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { serializeW3CParts } from '../../src/core/exchange/w3c';
import { compareByPosition, type Annotation } from '../../src/core/model/annotation';
import type { Article } from '../../src/core/model/article';
import { createQueryClient } from '../../src/state/query-client';
import type { Services } from '../../src/state/services';
import { listAnnotations } from '../../src/storage/annotations';
import { createDb, type MarginaliaDb } from '../../src/storage/db';
import { AppProviders } from '../../src/ui/app/AppProviders';
import { ReaderPage } from '../../src/ui/app/ReaderPage';
import { nextFrame, time, until, yieldTask } from './measure';
import { registeredRanges } from './paint-figures';

const NOW = new Date('2026-06-01T12:00:00.000Z');

interface MountedApp {
  services: Services;
  react: Root;
  host: HTMLElement;
  /** How many ids were handed out for new annotations. */
  ids: { made: number };
}

let app: MountedApp | null = null;

/** Stores `annotations` in a fresh database (bulk, as an import would). */
async function seeded(name: string, annotations: readonly Annotation[]): Promise<MarginaliaDb> {
  await createDb(name).delete();
  const db = createDb(name);
  await db.annotations.bulkPut(annotations.map((a) => ({ ...a, articleId: a.target.articleId })));
  return db;
}

/** Loading the annotations as the reader does (query, then sort by position), `runs` times; ms each. */
export async function timeLoad(annotations: readonly Annotation[], runs: number): Promise<number[]> {
  const db = await seeded('marginalia-bench-load', annotations);
  const articleId = annotations[0]?.target.articleId ?? '';
  const out: number[] = [];
  for (let run = 0; run < runs; run++) {
    let loaded = 0;
    out.push(await time(async () => (loaded = (await listAnnotations(db, articleId)).sort(compareByPosition).length)));
    if (loaded !== annotations.length) throw new Error(`Loaded ${loaded} annotations, stored ${annotations.length}.`);
    await yieldTask();
  }
  db.close();
  return out;
}

/** Exporting as W3C JSON-LD, the file's text (in parts) and its Blob, as the Export menu does, `runs` times; ms each. */
export async function timeExport(article: Article, annotations: readonly Annotation[], runs: number): Promise<{ ms: number[]; bytes: number }> {
  const out: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    out.push(await time(() => (bytes = new Blob(serializeW3CParts(article, annotations, NOW), { type: 'application/ld+json' }).size)));
    await yieldTask();
  }
  return { ms: out, bytes };
}

/** Mounts the reader page on `article` with `annotations` stored; resolves once the highlights near the top are painted. ms to that point. */
export async function mountReader(host: HTMLElement, article: Article, annotations: readonly Annotation[]): Promise<number> {
  unmountReader();
  const db = await seeded(`marginalia-bench-app-${annotations.length}`, annotations);
  const ids = { made: 0 };
  const services: Services = {
    db,
    now: () => NOW,
    newId: () => `bench-new-${++ids.made}`,
    fetchArticle: async () => article,
    storageMode: { kind: 'persistent' },
    requestPersistence: async () => 'granted',
  };
  const react = createRoot(host);
  app = { services, react, host, ids };
  const ms = await time(async () => {
    react.render(createElement(AppProviders, { services, queryClient: createQueryClient(), children: createElement(ReaderPage, { article }) }));
    // Both counts end at the same point: the whole article in the page and annotatable (it goes in
    // by slices), and with annotations, their cards listed and the first highlights painted.
    await until(() => document.querySelectorAll('.card-list > li').length >= Math.min(1, annotations.length) && document.querySelector('article[data-interactive]') !== null);
    if (annotations.length > 0) await until(() => registeredRanges() > 0);
  });
  // Then let it settle (notes rendered as Markdown once their renderer has loaded), so that the
  // figures taken next do not pay for the opening.
  await until(() => document.querySelector('.note-plain') === null);
  for (let i = 0; i < 5; i++) await nextFrame();
  window.scrollTo(0, 0);
  return ms;
}

/** Unmounts the reader page, if one is mounted. */
export function unmountReader(): void {
  if (!app) return;
  app.react.unmount();
  app.services.db.close();
  app.host.replaceChildren();
  app = null;
}

/** Selects the `nth` sentence-sized passage of the first paragraphs (the part on screen). */
function selectPassage(nth: number): string {
  window.scrollTo(0, 0);
  const article = document.querySelector('article');
  const paragraphs = Array.from(article?.querySelectorAll('p') ?? []).slice(0, 6);
  const paragraph = paragraphs[nth % paragraphs.length] as HTMLElement;
  const node = paragraph.firstChild as Text;
  const start = 10 + ((nth * 37) % 40);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + 30 + (nth % 5) * 7);
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  return range.toString().trim();
}

function press(key: string): void {
  (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** True when a passage's own highlight (not the active overlay) paints exactly `quote`. */
function painted(quote: string): boolean {
  for (const [name, highlight] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
    if (name === 'mg-active') continue;
    for (const range of highlight) if (range.toString() === quote) return true;
  }
  return false;
}

/**
 * From selecting a passage (as the mouse would, then `h`) to its highlight painted and its record
 * in IndexedDB, `runs` times; ms each.
 */
export async function timeSelectToSaved(runs: number): Promise<number[]> {
  if (!app) throw new Error('Mount the reader first.');
  const mounted = app;
  const out: number[] = [];
  for (let run = 0; run < runs; run++) {
    const id = `bench-new-${mounted.ids.made + 1}`;
    let quote = '';
    const ms = await time(async () => {
      quote = selectPassage(run);
      await until(() => document.querySelector('[role="toolbar"][aria-label="Annotate selection"]') !== null, 20_000, 'the toolbar');
      press('h');
      await until(async () => painted(quote) && (await mounted.services.db.annotations.get(id)) !== undefined, 20_000, `“${quote}” painted and saved`);
    });
    const stored = await mounted.services.db.annotations.get(id);
    if (stored?.target.quote.exact !== quote) throw new Error(`The highlight of “${quote}” was not saved as ${id}.`);
    out.push(ms);
    // The next selection starts once this save has settled everywhere (the panel, the refetch).
    await until(() => mounted.services.db.annotations.get(id).then(() => document.querySelector(`[data-annotation-id="${id}"]`) !== null), 20_000, `the card of ${id}`);
    for (let i = 0; i < 3; i++) await nextFrame();
  }
  return out;
}

/** Selects a passage and opens the note editor on it; resolves once its Note box has the focus. */
export async function openNoteEditor(): Promise<void> {
  selectPassage(1);
  await until(() => document.querySelector('[role="toolbar"][aria-label="Annotate selection"]') !== null);
  press('n');
  // The editor itself, not the stand-in shown while its code loads (the first time only).
  const box = '[role="dialog"]:not([aria-busy="true"]) textarea';
  await until(() => document.querySelector(box) !== null);
  (document.querySelector(box) as HTMLTextAreaElement).focus();
}

/** Closes the editor without saving. */
export async function closeEditor(): Promise<void> {
  const box = document.querySelector('[role="dialog"] textarea');
  box?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  await until(() => document.querySelector('[role="dialog"]') === null);
}
