import { describe, expect, it } from 'vitest';
import { formatTags, MAX_TAG_LENGTH, parseTags } from '../../src/core/model/tags';

describe('parseTags', () => {
  it('splits on commas and trims', () => {
    expect(parseTags(' Syria ,casualties,  UN figures ')).toEqual(['Syria', 'casualties', 'UN figures']);
  });

  it('drops empty tags', () => {
    expect(parseTags('')).toEqual([]);
    expect(parseTags(' , ,,\t, ')).toEqual([]);
    expect(parseTags('a,,b,')).toEqual(['a', 'b']);
  });

  it('collapses inner white space, line ends included', () => {
    expect(parseTags('loaded   language, train\nand\tequip')).toEqual(['loaded language', 'train and equip']);
  });

  it('removes duplicates case-insensitively, keeping the first spelling', () => {
    expect(parseTags('UN, un, Un ,Syria, SYRIA')).toEqual(['UN', 'Syria']);
  });

  it('treats tags that differ only in spacing as duplicates', () => {
    expect(parseTags('al-Nusra  Front, al-Nusra Front')).toEqual(['al-Nusra Front']);
  });

  it('cuts a tag to MAX_TAG_LENGTH characters', () => {
    const long = 'x'.repeat(MAX_TAG_LENGTH + 25);
    expect(parseTags(`${long}, short`)).toEqual(['x'.repeat(MAX_TAG_LENGTH), 'short']);
  });
});

describe('formatTags', () => {
  it('joins tags so that parseTags reads them back unchanged', () => {
    const tags = ['UN', 'loaded language', 'Syria'];
    expect(formatTags(tags)).toBe('UN, loaded language, Syria');
    expect(parseTags(formatTags(tags))).toEqual(tags);
    expect(formatTags([])).toBe('');
  });
});
