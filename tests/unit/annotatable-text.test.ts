import { describe, expect, it } from 'vitest';
import { annotatableText, annotatableTextOf } from '../../src/core/model/annotatable-text';
import { articleText, type Article } from '../../src/core/model/article';
import { EMPTY_CONTENT, newAnnotation } from '../../src/core/model/new-annotation';
import { textHash } from '../../src/core/model/text-hash';

const article: Article = { id: 'at-1', iri: 'urn:marginalia:article:at-1', title: 'A 𝒜 title', blocks: [{ kind: 'paragraph', text: 'One 😀 sentence here.' }] };

describe('annotatableText', () => {
  it('is the text the reader renders, with its hash and the article it belongs to', () => {
    const on = annotatableText(article);
    expect(on).toMatchObject({ articleId: 'at-1', source: 'urn:marginalia:article:at-1', text: articleText(article), textHash: textHash(articleText(article)) });
  });

  it('counts positions in code points, so a new annotation after an astral character is placed right', () => {
    const on = annotatableText(article);
    const start = on.text.indexOf('sentence');
    const made = newAnnotation(on, { start, end: start + 'sentence'.length }, EMPTY_CONTENT, 'urn:uuid:at', new Date('2026-01-01T00:00:00Z'));
    expect(made?.target.position).toMatchObject({ start: start - 2, end: start - 2 + 'sentence'.length });
  });

  it('annotatableTextOf prepares another text of the same article', () => {
    const on = annotatableTextOf({ articleId: 'at-1', source: 'urn:x' }, 'other text');
    expect(on).toMatchObject({ articleId: 'at-1', source: 'urn:x', text: 'other text', textHash: textHash('other text') });
    expect(on.map).not.toBe(annotatableText(article).map);
  });
});
