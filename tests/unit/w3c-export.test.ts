import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, toW3CAnnotation, toW3CCollection, type W3CAnnotation, type W3CCollection } from '../../src/core/exchange/w3c';
import type { Annotation } from '../../src/core/model/annotation';
import { articleText, type Article } from '../../src/core/model/article';
import { EMPTY_CONTENT, newAnnotation, type AnnotatableText, type AnnotationContent } from '../../src/core/model/new-annotation';
import { textHash } from '../../src/core/model/text-hash';
import { shippedAnnotatable, shippedArticle, shippedText } from '../support/shipped-article';
import { checkAnnotationMusts, checkCollection } from '../support/wpt-validator';
import { annotatableText } from '../../src/core/model/annotatable-text';

/**
 * The export (FACT-CHECK.md, "W3C Web Annotation mapping") built through the real core
 * functions from the shipped article, checked against the W3C MUST assertions and our mapping.
 */

const CREATED = new Date('2026-01-02T03:04:05.678Z');
const EXPORTED = new Date('2026-02-03T04:05:06Z');

/** An annotation on the first occurrence of `quote` in `on.text`. */
function annotate(on: AnnotatableText, quote: string, content: Partial<AnnotationContent>, id: string): Annotation {
  const start = on.text.indexOf(quote);
  const made = start < 0 ? null : newAnnotation(on, { start, end: start + quote.length }, { ...EMPTY_CONTENT, ...content }, id, CREATED);
  if (!made) throw new Error(`“${quote}” is not in the text`);
  return made;
}

const HIGHLIGHT_QUOTE = 'Russian Foreign Minister Sergey Lavrov';
const NOTE_QUOTE = 'Since March, al-Nusra Front has recruited 3,000 new militants';
const CHECK_QUOTE = 'over 400,000 people have been killed in the conflict';

function shippedAnnotations(): Annotation[] {
  return [
    annotate(shippedAnnotatable, HIGHLIGHT_QUOTE, {}, 'urn:uuid:00000000-0000-4000-8000-000000000001'),
    annotate(shippedAnnotatable, NOTE_QUOTE, { note: 'Source is the **SOHR**, via AP.' }, 'urn:uuid:00000000-0000-4000-8000-000000000002'),
    annotate(
      shippedAnnotatable,
      CHECK_QUOTE,
      {
        note: 'SOHR figure for March 2016 was about 273,000; 400,000 is the UN envoy’s own estimate.',
        verdict: 'missing-context',
        tags: ['casualties', 'UN'],
        evidence: [
          { url: 'https://www.reuters.com/article/us-mideast-crisis-syria-toll-idUSKCN0XK1QZ', title: 'Reuters, April 2016', stance: 'context' },
          { url: 'https://www.syriahr.com/en/?p=46003', stance: 'supports' },
        ],
      },
      'urn:uuid:00000000-0000-4000-8000-000000000003',
    ),
  ];
}

/** A copy of the shipped article with a paragraph holding astral characters (emoji) near the top. */
const astralArticle: Article = {
  ...shippedArticle,
  blocks: [{ kind: 'paragraph', text: 'Readers reacted 😡😡 and 👍 to the “🕊️ peace talks” online.' }, ...shippedArticle.blocks],
};
const astralText = articleText(astralArticle);
const astralOn = annotatableText(astralArticle);

const codePoints = (s: string) => [...s].length;

describe('the export of the shipped article', () => {
  const collection = toW3CCollection(shippedArticle, shippedAnnotations(), EXPORTED);
  const items = collection.first?.items ?? [];
  const [highlight, note, factCheck] = items as [W3CAnnotation, W3CAnnotation, W3CAnnotation];

  it('passes the W3C MUST assertions, each annotation and the whole collection', () => {
    expect(items).toHaveLength(3);
    for (const item of items) expect(checkAnnotationMusts(item)).toEqual([]);
    expect(checkCollection(collection)).toEqual([]);
  });

  it('survives a JSON round trip unchanged and still passes (what is checked is what is written)', () => {
    const written = JSON.parse(JSON.stringify(collection)) as W3CCollection;
    expect(written).toEqual(collection);
    expect(checkCollection(written)).toEqual([]);
  });

  it('is an AnnotationCollection whose first page holds the items in order', () => {
    expect(collection['@context'][0]).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    expect(items.map((i) => i.id)).toEqual([
      'urn:uuid:00000000-0000-4000-8000-000000000001',
      'urn:uuid:00000000-0000-4000-8000-000000000002',
      'urn:uuid:00000000-0000-4000-8000-000000000003',
    ]);
    expect(collection.generated).toBe('2026-02-03T04:05:06.000Z');
  });

  it('maps a plain highlight to motivation highlighting with no body', () => {
    expect(highlight.motivation).toBe('highlighting');
    expect(highlight).not.toHaveProperty('body');
    expect(highlight).not.toHaveProperty('bodyValue');
  });

  it('maps a note to motivation commenting with a Markdown TextualBody', () => {
    expect(note.motivation).toBe('commenting');
    expect(note.body).toEqual([{ type: 'TextualBody', purpose: 'commenting', value: 'Source is the **SOHR**, via AP.', format: 'text/markdown' }]);
  });

  it('maps a fact-check to motivation assessing with note, verdict, tags and evidence bodies', () => {
    expect(factCheck.motivation).toBe('assessing');
    expect(factCheck.body).toEqual([
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'SOHR figure for March 2016 was about 273,000; 400,000 is the UN envoy’s own estimate.',
        format: 'text/markdown',
      },
      { type: 'TextualBody', purpose: 'assessing', value: 'Missing context', 'mg:verdict': 'missing-context' },
      { type: 'TextualBody', purpose: 'tagging', value: 'casualties' },
      { type: 'TextualBody', purpose: 'tagging', value: 'UN' },
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: 'https://www.reuters.com/article/us-mideast-crisis-syria-toll-idUSKCN0XK1QZ',
        'mg:title': 'Reuters, April 2016',
        'mg:stance': 'context',
      },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://www.syriahr.com/en/?p=46003', 'mg:stance': 'supports' },
    ]);
  });

  it('targets the article IRI with a TextQuoteSelector and a TextPositionSelector in code points', () => {
    const start = shippedText.indexOf(CHECK_QUOTE);
    expect(factCheck.target.source).toBe(shippedArticle.iri);
    expect(factCheck.target['mg:articleId']).toBe(shippedArticle.id);
    expect(factCheck.target['mg:textHash']).toBe(textHash(shippedText));
    expect(factCheck.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: CHECK_QUOTE, prefix: shippedText.slice(start - 32, start), suffix: shippedText.slice(start + CHECK_QUOTE.length, start + CHECK_QUOTE.length + 32) },
      { type: 'TextPositionSelector', start, end: start + CHECK_QUOTE.length },
    ]);
  });

  it('writes every date in UTC with Z', () => {
    const utc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
    expect(collection.generated).toMatch(utc);
    for (const item of items) {
      expect(item.created).toMatch(utc);
      expect(item.modified).toMatch(utc);
    }
    expect(factCheck.created).toBe('2026-01-02T03:04:05.678Z');
  });

  it('is byte-stable: the same annotations and clock give the same bytes', () => {
    const again = toW3CCollection(shippedArticle, shippedAnnotations(), new Date(EXPORTED.getTime()));
    expect(JSON.stringify(again, null, 2)).toBe(JSON.stringify(collection, null, 2));
  });

  it('changes only `generated` when the clock moves', () => {
    const later = toW3CCollection(shippedArticle, shippedAnnotations(), new Date('2027-01-01T00:00:00Z'));
    expect(later.generated).toBe('2027-01-01T00:00:00.000Z');
    expect({ ...later, generated: collection.generated }).toEqual(collection);
  });
});

describe('the export of a quote with astral characters', () => {
  const QUOTE = '👍 to the “🕊️ peace talks”';
  const annotation = annotate(astralOn, QUOTE, { note: 'Emoji count as one code point each.' }, 'urn:uuid:00000000-0000-4000-8000-0000000000e1');
  const exported = toW3CAnnotation(annotation);
  const [quoteSelector, positionSelector] = exported.target.selector;

  it('counts TextPositionSelector offsets in code points, not UTF-16 units', () => {
    const start = astralText.indexOf(QUOTE);
    // Two 😡 (two UTF-16 units each) precede the quote; the quote holds 👍 and 🕊.
    expect(positionSelector.start).toBe(codePoints(astralText.slice(0, start)));
    expect(positionSelector.start).toBe(start - 2);
    expect(positionSelector.end - positionSelector.start).toBe(codePoints(QUOTE));
    expect(positionSelector.end - positionSelector.start).toBe(QUOTE.length - 2);
    expect([...astralText].slice(positionSelector.start, positionSelector.end).join('')).toBe(QUOTE);
  });

  it('keeps the quote and its context whole', () => {
    expect(quoteSelector.exact).toBe(QUOTE);
    expect(quoteSelector.prefix.endsWith('Readers reacted 😡😡 and ')).toBe(true);
    expect(quoteSelector.suffix.startsWith(' online.')).toBe(true);
  });

  it('passes the W3C MUST assertions', () => {
    expect(checkAnnotationMusts(exported)).toEqual([]);
    expect(checkCollection(toW3CCollection(astralArticle, [annotation], EXPORTED))).toEqual([]);
  });
});

describe('the export of an article with no annotations', () => {
  const empty = toW3CCollection(shippedArticle, [], EXPORTED);

  it('has total 0 and no first page', () => {
    expect(empty.total).toBe(0);
    expect(empty).not.toHaveProperty('first');
    expect(JSON.parse(JSON.stringify(empty))).not.toHaveProperty('first');
  });

  it('passes the collection check', () => {
    expect(checkCollection(empty)).toEqual([]);
  });
});
