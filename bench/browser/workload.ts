/**
 * The benchmark's workload, the same on every run (seeded): a synthetic article of about 1 MB,
 * annotations on it, and an edited version (text inserted at the top, a few characters changed
 * in 5% of the quotes, 1% of the quotes removed), with what each annotation should become there.
 * Pure TypeScript: it runs in the bench page and could run in Node.
 */
import type { Annotation } from '../../src/core/model/annotation';
import { BLOCK_SEPARATOR, type Article, type ArticleBlock } from '../../src/core/model/article';
import type { VerdictId } from '../../src/core/model/fact-check';
import { newAnnotation, type AnnotatableText } from '../../src/core/model/new-annotation';
import { annotatableText } from '../../src/core/model/annotatable-text';

export const SEED = 20_260_601;
export const ARTICLE_CHARS = 1_048_576;
export const CHANGED_SHARE = 0.05;
export const REMOVED_SHARE = 0.01;
const NOW = new Date('2026-06-01T12:00:00.000Z');

/** mulberry32: a small seeded generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = 'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there one all we their'.split(' ');
/** Letters by their frequency in English prose, so that made-up words have English-like letter and trigram statistics. */
const LETTERS = 'eeeeeeeeeeeetttttttttaaaaaaaaooooooooiiiiiiinnnnnnnsssssshhhhhhrrrrrrddddllllcccuuummmwwffggyyppbbvkjxqz';

/** Prose-like text from a seeded vocabulary: common words, and 20,000 made-up ones with Zipf-like frequencies. */
function prose(next: () => number, chars: number): string[] {
  const vocabulary = Array.from({ length: 20_000 }, () => Array.from({ length: 2 + Math.floor(next() * 8) }, () => LETTERS[Math.floor(next() * LETTERS.length)]).join(''));
  const word = () => (next() < 0.45 ? COMMON[Math.floor(next() * COMMON.length)] : vocabulary[Math.floor(Math.pow(next(), 2) * vocabulary.length)]) as string;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 18) }, word);
    const first = words[0] as string;
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    if (next() < 0.3) words[Math.floor(words.length / 2)] += ',';
    return `${words.join(' ')}${next() < 0.1 ? '?' : '.'}`;
  };
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const paragraph = Array.from({ length: 2 + Math.floor(next() * 6) }, sentence).join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length + BLOCK_SEPARATOR.length;
  }
  return paragraphs;
}

/** The synthetic article: paragraphs with a heading every 20 or so. */
export function syntheticArticle(seed = SEED): Article {
  const next = random(seed);
  const blocks: ArticleBlock[] = prose(next, ARTICLE_CHARS).map((text, i) => (i % 20 === 19 ? { kind: 'heading', text: text.slice(0, 60).replace(/[ ,.?]+\S*$/, '') } : { kind: 'paragraph', text }));
  return { id: 'bench-synthetic', iri: 'urn:marginalia:bench:synthetic', title: 'A synthetic article of about one megabyte', blocks };
}

/** The article's text prepared for annotating and anchoring. */
export function prepare(article: Article): AnnotatableText {
  return annotatableText(article);
}

const VERDICTS: VerdictId[] = ['accurate', 'mostly-accurate', 'missing-context', 'misleading', 'false', 'unverified', 'opinion', 'loaded-language'];

/**
 * `count` annotations on words of `on` (15 to 200 characters, within one block, starting and
 * ending on word boundaries): highlights, notes and fact-checks, with ids `bench-<i>`.
 */
export function syntheticAnnotations(on: AnnotatableText, count: number, seed = SEED + count): Annotation[] {
  const next = random(seed);
  const { text } = on;
  const out: Annotation[] = [];
  while (out.length < count) {
    let start = Math.floor(next() * (text.length - 250));
    while (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== '\n') start--;
    let end = start + 15 + Math.floor(Math.pow(next(), 2) * 185);
    while (end < text.length && /[^ \n,.?]/.test(text[end] as string)) end++;
    if (text.slice(start, end).includes('\n')) continue;
    const kind = next();
    const content = {
      note: kind < 0.5 ? '' : 'A note on this passage.',
      verdict: kind >= 0.8 ? (VERDICTS[Math.floor(next() * VERDICTS.length)] as VerdictId) : null,
      tags: kind >= 0.8 ? ['bench'] : [],
      evidence: [],
    };
    const made = newAnnotation(on, { start, end }, content, `bench-${out.length}`, NOW);
    if (made) out.push(made);
  }
  return out;
}

/** What an annotation should become on the edited article. */
export type Expectation = { kind: 'unchanged'; start: number; end: number } | { kind: 'changed' } | { kind: 'removed' } | { kind: 'touched' };

export interface EditedWorkload {
  article: Article;
  /** One per annotation, in the order given. */
  expected: Expectation[];
}

/**
 * The edited article: a paragraph inserted at the top, a few characters changed inside 5% of
 * the quotes and 1% of the quotes cut out (edits never overlap one another), with the new place
 * of every annotation that no edit touched. `annotations` must be made on `article`.
 */
export function editedWorkload(article: Article, annotations: readonly Annotation[], seed = SEED + 1): EditedWorkload {
  const next = random(seed);
  const on = prepare(article);
  const order = annotations.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const edits: { start: number; end: number; replacement: string; index: number }[] = [];
  const taken = (start: number, end: number) => edits.some((e) => e.start < end && start < e.end);
  const want = { changed: Math.round(annotations.length * CHANGED_SHARE), removed: Math.round(annotations.length * REMOVED_SHARE) };
  const kinds = new Map<number, 'changed' | 'removed'>();
  for (const index of order) {
    const kind = kinds.size < want.changed ? 'changed' : kinds.size < want.changed + want.removed ? 'removed' : null;
    if (!kind) break;
    const target = (annotations[index] as Annotation).target;
    const start = on.map.toUtf16(target.position.start);
    const end = on.map.toUtf16(target.position.end);
    if (taken(start - 1, end + 1)) continue;
    const quote = on.text.slice(start, end);
    let replacement = '';
    if (kind === 'changed') {
      const chars = quote.split('');
      for (let k = 0; k < 3; k++) {
        const at = Math.floor(chars.length * (0.25 + next() * 0.5));
        if (/[a-z]/.test(chars[at] as string)) chars[at] = String.fromCharCode(97 + Math.floor(next() * 26));
      }
      replacement = chars.join('');
      if (replacement === quote) replacement = `${quote.slice(0, -1)}X`;
    }
    edits.push({ start, end, replacement, index });
    kinds.set(index, kind);
  }
  edits.sort((a, b) => a.start - b.start);
  // The paragraph inserted at the top goes right after the title (and its separator).
  const inserted = prose(next, 2000).join(' ');
  const top = article.title.length;
  const shifts: { at: number; delta: number }[] = [{ at: top, delta: BLOCK_SEPARATOR.length + inserted.length }];
  let flat = on.text.slice(0, top) + BLOCK_SEPARATOR + inserted;
  let from = top;
  for (const e of edits) {
    flat += on.text.slice(from, e.start) + e.replacement;
    shifts.push({ at: e.end, delta: e.replacement.length - (e.end - e.start) });
    from = e.end;
  }
  flat += on.text.slice(from);
  const moved = (offset: number) => offset + shifts.filter((s) => s.at <= offset).reduce((sum, s) => sum + s.delta, 0);
  const texts = flat.split(BLOCK_SEPARATOR).slice(1);
  const kindsOfBlocks = ['paragraph' as const, ...article.blocks.map((b) => b.kind)];
  const blocks = texts.map((text, i) => ({ kind: kindsOfBlocks[i] ?? 'paragraph', text }) as ArticleBlock);
  const expected = annotations.map((a, i): Expectation => {
    const kind = kinds.get(i);
    if (kind) return { kind };
    const start = on.map.toUtf16(a.target.position.start);
    const end = on.map.toUtf16(a.target.position.end);
    if (taken(start, end)) return { kind: 'touched' };
    return { kind: 'unchanged', start: moved(start), end: moved(end) };
  });
  return { article: { ...article, blocks }, expected };
}
