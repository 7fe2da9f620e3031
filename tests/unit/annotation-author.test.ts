import { describe, expect, it } from 'vitest';
import { toW3CAnnotation } from '../../src/core/exchange/w3c';
import { creatorName } from '../../src/core/exchange/w3c-import';
import { EMPTY_CONTENT, newAnnotation } from '../../src/core/model/new-annotation';
import { shippedAnnotatable, shippedText } from '../support/shipped-article';
import { checkAnnotationMusts } from '../support/wpt-validator';

/** `Your name` in the Sync dialog becomes the author of what the reader annotates, and travels in W3C files as `creator`. */

const QUOTE = 'Russian Foreign Minister Sergey Lavrov';
const at = shippedText.indexOf(QUOTE);
const span = { start: at, end: at + QUOTE.length };
const NOW = new Date('2026-12-03T10:00:00.000Z');
const make = (name: string | null) => newAnnotation(shippedAnnotatable, span, EMPTY_CONTENT, 'urn:uuid:00000000-0000-4000-8000-00000000a0a0', NOW, name);

describe('the author of a new annotation', () => {
  it('is the reader’s name, trimmed', () => {
    expect(make('  Ana Lima ')?.author).toEqual({ name: 'Ana Lima' });
  });

  it('is left out when the reader gave no name', () => {
    expect(make(null)).not.toHaveProperty('author');
    expect(make('   ')).not.toHaveProperty('author');
  });
});

describe('the W3C creator', () => {
  it('is written as a Person with the author’s name, and the annotation still passes the W3C MUSTs', () => {
    const w3c = toW3CAnnotation(make('Ana Lima')!);
    expect(w3c.creator).toEqual({ type: 'Person', name: 'Ana Lima' });
    expect(checkAnnotationMusts(w3c)).toEqual([]);
    expect(toW3CAnnotation(make(null)!)).not.toHaveProperty('creator');
  });

  it('is read from an agent, the first of several agents, and never from a bare IRI or a blank name', () => {
    expect(creatorName({ type: 'Person', name: ' Ben ' })).toBe('Ben');
    expect(creatorName([{ name: 'Ana' }, { name: 'Ben' }])).toBe('Ana');
    expect(creatorName('https://example.org/people/ana')).toBeNull();
    expect(creatorName({ type: 'Person', name: '   ' })).toBeNull();
    expect(creatorName({ type: 'Person', nickname: 'ana' })).toBeNull();
    expect(creatorName(null)).toBeNull();
  });

  it('is cut to 200 characters, as a card shows it', () => {
    expect(creatorName({ name: 'n'.repeat(5000) })).toHaveLength(200);
  });
});
