import { describe, expect, it } from 'vitest';
import shipped from '../../public/articles/press-tv-washington-asked-moscow-nusra.json';
import { parseArticle } from '../../src/core/model/parse-article';

const good = {
  id: 'lavrov-2016',
  iri: 'urn:marginalia:article:lavrov-2016',
  title: 'Lavrov speaks',
  blocks: [
    { kind: 'paragraph', text: 'One.' },
    { kind: 'caption', text: 'A photo.' },
  ],
};

const errorOf = (input: unknown) => {
  const result = parseArticle(input);
  return result.ok ? null : result.error;
};

describe('parseArticle', () => {
  it('accepts the shipped article', () => {
    const result = parseArticle(shipped);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.id).toBe('press-tv-washington-asked-moscow-nusra');
    expect(result.value.source).toEqual({ name: 'Press TV', republishedBy: 'Global Research' });
    expect(result.value.blocks.filter((b) => b.kind === 'caption')).toHaveLength(2);
  });

  it('keeps the known fields and drops the others', () => {
    const result = parseArticle({ ...good, published: '2016-06-04', source: { name: 'Press TV', url: 'https://www.presstv.ir/', extra: 1 }, extra: true });
    expect(result).toEqual({
      ok: true,
      value: { ...good, published: '2016-06-04', source: { name: 'Press TV', url: 'https://www.presstv.ir/' } },
    });
  });

  it('keeps what was simplified on the way in, so the reader is told again after a reload, and only text notes', () => {
    const notes = ['3 formulas shown as text (TeX), as the page wrote them', '1 video, drawing or other embedded item left out'];
    expect(parseArticle({ ...good, simplified: notes })).toEqual({ ok: true, value: { ...good, simplified: notes } });
    expect(parseArticle({ ...good, simplified: [7, '', notes[0]] })).toEqual({ ok: true, value: { ...good, simplified: [notes[0]] } });
    expect(parseArticle({ ...good, simplified: 'formulas' })).toEqual({ ok: true, value: good });
  });

  it('refuses what is not a JSON object', () => {
    for (const input of [null, undefined, 'article', 42, [good]]) {
      expect(errorOf(input), String(input)).toBe('The article file is not a JSON object.');
    }
  });

  it('says which required field is missing or empty', () => {
    expect(errorOf({ ...good, id: undefined })).toBe('The article has no id.');
    expect(errorOf({ ...good, id: '' })).toBe('The article has no id.');
    expect(errorOf({ ...good, iri: 7 })).toBe('The article has no IRI.');
    expect(errorOf({ ...good, title: '   ' })).toBe('The article has no title.');
    expect(errorOf({ ...good, blocks: { kind: 'paragraph', text: 'x' } })).toBe('The article has no list of blocks.');
  });

  it('names the block, counting from 1, that is not a known kind of text block', () => {
    expect(errorOf({ ...good, blocks: [good.blocks[0], { kind: 'video', text: 'x' }] })).toBe('Block 2 of the article is not a known kind of text block.');
    expect(errorOf({ ...good, blocks: [{ kind: 'paragraph' }] })).toBe('Block 1 of the article is not a known kind of text block.');
    expect(errorOf({ ...good, blocks: [good.blocks[0], good.blocks[1], 'text'] })).toBe('Block 3 of the article is not a known kind of text block.');
  });

  it('never throws, whatever it is given', () => {
    const hostile = Object.create(null) as Record<string, unknown>;
    hostile.blocks = [Object.create(null)];
    for (const input of [hostile, { ...good, blocks: [null] }, { ...good, source: 'Press TV' }, new Date(0)]) {
      expect(() => parseArticle(input)).not.toThrow();
    }
    expect(parseArticle({ ...good, source: 'Press TV' })).toEqual({ ok: true, value: good });
  });
});
