import { describe, expect, it } from 'vitest';
import type { ImportItem, ParsedImport } from '../../src/core/exchange/import-types';
import { isLater, planImport } from '../../src/core/exchange/plan-import';
import type { Annotation } from '../../src/core/model/annotation';
import { current, everyKind } from '../fixtures/imports/annotations';

const item = (annotation: Annotation, more: Partial<ImportItem> = {}): ImportItem => ({ annotation, articleKnown: true, positionKnown: true, articleLabel: annotation.target.articleId, ...more });
const file = (items: ImportItem[], more: Partial<ParsedImport> = {}): ParsedImport => ({ format: 'marginalia', items, skipped: [], notices: [], ...more });

const [highlight, note, factCheck, orphan] = everyKind() as [Annotation, Annotation, Annotation, Annotation];

describe('The import preview (planImport)', () => {
  it('counts every annotation as new when nothing is stored, and writes them all', () => {
    const plan = planImport(file(everyKind().map((a) => item(a))), new Map(), current);
    expect(plan).toMatchObject({ added: 4, updated: 0, otherArticles: [], skipped: [] });
    expect(plan.toWrite).toEqual(everyKind());
  });

  it('updates an annotation with the same id when the file is newer, and skips it when the stored one is newer or the same', () => {
    const newer = { ...note, note: 'edited elsewhere', modified: '2026-03-01T00:00:00.000Z' };
    const stored = new Map([
      [note.id, note.modified],
      [highlight.id, '2026-12-31T00:00:00.000Z'],
      [factCheck.id, factCheck.modified],
    ]);
    const plan = planImport(file([item(newer), item(highlight), item(factCheck), item(orphan)]), stored, current);
    expect(plan.added).toBe(1);
    expect(plan.updated).toBe(1);
    expect(plan.toWrite).toEqual([newer, orphan]);
    expect(plan.skipped).toEqual([
      { reason: 'unchanged', text: 'already stored, unchanged', count: 1 },
      { reason: 'stored-newer', text: 'the version stored here is newer', count: 1 },
    ]);
  });

  it('adds an annotation under a new id when its id is taken by another article’s annotation, which it neither moves nor overwrites', () => {
    const theirs = { ...note, note: 'from the file, newer', modified: '2027-01-01T00:00:00.000Z' };
    let n = 0;
    const owners = { articleOf: new Map([[note.id, 'article-b']]), newId: () => `urn:uuid:new-${++n}` };
    const plan = planImport(file([item(theirs), item(highlight)]), new Map([[note.id, note.modified]]), current, owners);
    expect(plan.toWrite).toEqual([{ ...theirs, id: 'urn:uuid:new-1' }, highlight]);
    expect(plan).toMatchObject({ added: 2, updated: 0, skipped: [] });
    expect(plan.notices).toEqual(['1 annotation in the file has the id of an annotation of another article here: it is added under a new id, and that one is left as it is.']);
    // Its own article's annotation with the same id is still an update.
    const same = planImport(file([item(theirs)]), new Map([[note.id, note.modified]]), current, { articleOf: new Map([[note.id, note.target.articleId]]), newId: () => 'unused' });
    expect(same).toMatchObject({ added: 0, updated: 1, toWrite: [theirs] });
  });

  it('compares modified times as instants, not as text', () => {
    expect(isLater('2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00Z')).toBe(false);
    expect(isLater('2026-03-01T10:00:00.001Z', '2026-03-01T10:00:00Z')).toBe(true);
    const sameInstant = planImport(file([item({ ...note, modified: '2026-02-03T04:05:06.007Z' })]), new Map([[note.id, '2026-02-03T05:05:06.007+01:00']]), current);
    expect(sameInstant.skipped).toEqual([{ reason: 'unchanged', text: 'already stored, unchanged', count: 1 }]);
  });

  it('keeps annotations of other articles, counted apart and grouped by article', () => {
    const elsewhere = (a: Annotation, articleId: string) => item({ ...a, target: { ...a.target, articleId } }, { articleLabel: `Title of ${articleId}` });
    const plan = planImport(file([elsewhere(highlight, 'b'), elsewhere(note, 'a'), elsewhere(factCheck, 'b'), item(orphan)]), new Map(), current);
    expect(plan.added).toBe(1);
    expect(plan.otherArticles).toEqual([
      { articleId: 'b', label: 'Title of b', count: 2 },
      { articleId: 'a', label: 'Title of a', count: 1 },
    ]);
    expect(plan.toWrite).toHaveLength(4);
  });

  it('passes on what the file skipped and its notices, in a fixed order of reasons', () => {
    const plan = planImport(file([], { skipped: ['reply', 'page-note', 'reply', 'no-quote'], notices: ['A notice.'] }), new Map(), current);
    expect(plan.toWrite).toEqual([]);
    expect(plan.skipped.map((s) => [s.reason, s.count])).toEqual([
      ['reply', 2],
      ['page-note', 1],
      ['no-quote', 1],
    ]);
    expect(plan.notices).toEqual(['A notice.']);
  });

  it('finds the place of a quote without a position in the open article, and skips it when the quote is not there', () => {
    const unplaced = (a: Annotation) => item({ ...a, target: { ...a.target, articleId: a.target.source, position: { type: 'TextPositionSelector', start: 0, end: 0 } } }, { articleKnown: false, positionKnown: false });
    const plan = planImport(file([unplaced(factCheck), unplaced(orphan)]), new Map(), current);
    expect(plan.toWrite).toEqual([factCheck]);
    expect(plan.skipped).toEqual([{ reason: 'no-position', text: 'a quote without a position, not found in this article', count: 1 }]);
  });
});
