import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compareByPosition, type Annotation } from '../../src/core/model/annotation';
import { useAnchors } from '../../src/ui/reader/use-anchors';
import { shippedAnnotatable as on } from '../support/shipped-article';
import { annotate } from './shipped-article';

const QUOTES = ['cessation of hostilities', 'Sergey Lavrov', 'al-Nusra Front has recruited', 'the city of Aleppo', 'UN-designated terror groups', 'a televised speech'];

function sorted(list: Annotation[]): Annotation[] {
  return [...list].sort(compareByPosition);
}

/** What the hook hands out, in plain values: each anchor by id, the paint list, and the index's answers over the whole text. */
function described(result: ReturnType<typeof useAnchors>) {
  return {
    anchors: [...result.anchors].sort(([a], [b]) => a.localeCompare(b)),
    items: result.items,
    indexed: result.paint.index.overlapping(0, on.text.length).map((i) => i.id),
    byId: [...result.paint.byId.keys()].sort(),
  };
}

describe('useAnchors after a save, a delete and an edit', () => {
  it('updates what changed to exactly what placing the new list afresh gives, and hands unchanged anchors out again', () => {
    const [a, b, c, d, e, f] = QUOTES.map((q) => annotate(q));
    const first = sorted([a, b, c, d] as Annotation[]);
    const { result, rerender } = renderHook(({ list }) => useAnchors(on, list), { initialProps: { list: first } });
    const anchorOfB = result.current.anchors.get((b as Annotation).id);

    // A save (e), a delete (c) and an edit (a, new object with a note), then another save (f).
    const edited = { ...(a as Annotation), note: 'checked' };
    const steps = [sorted([a, b, c, d, e] as Annotation[]), sorted([a, b, d, e] as Annotation[]), sorted([edited, b, d, e] as Annotation[]), sorted([edited, b, d, e, f] as Annotation[])];
    for (const list of steps) {
      rerender({ list });
      const fresh = renderHook(() => useAnchors(on, list));
      expect(described(result.current)).toEqual(described(fresh.result.current));
      fresh.unmount();
    }
    expect(result.current.anchors.get((b as Annotation).id)).toBe(anchorOfB);
    expect(result.current.anchors.has((c as Annotation).id)).toBe(false);
    expect(result.current.items.map((i) => i.id)).toContain((f as Annotation).id);
  });
});
