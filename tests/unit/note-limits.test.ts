import { describe, expect, it } from 'vitest';
import { lineNesting, MAX_FORMATTED_NOTE_CHARS, MAX_NOTE_NESTING, MAX_PARAGRAPH_DELIMITERS, noteFormat } from '../../src/core/model/note-limits';

describe('noteFormat', () => {
  it('formats ordinary notes, quotes, lists, emphasis and thematic breaks', () => {
    for (const note of ['**Figure** is *off*.', '> quoted\n> > twice', '- one\n  - two\n    - three', '1. a\n2. b', '***bold italic***', '---', '* * * * * * * * * * * * * * * *', '_'.repeat(40)]) {
      expect(noteFormat(note), note).toEqual({ kind: 'markdown' });
    }
  });

  it('shows as text a note of 1,700 nested quote markers, with and without spaces', () => {
    for (const note of ['>'.repeat(1700) + ' x', '> '.repeat(1700) + 'x']) {
      const format = noteFormat(note);
      expect(format.kind).toBe('text');
      if (format.kind === 'text') expect(format.reason).toMatch(/nested too deeply/);
    }
  });

  it('shows as text nested list markers, indented lists and long emphasis runs', () => {
    const indented = Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n');
    for (const note of ['- '.repeat(1700) + 'x', '1. '.repeat(200) + 'x', indented, '*'.repeat(1700) + 'x' + '*'.repeat(1700), '['.repeat(500) + 'x']) {
      expect(noteFormat(note).kind, note.slice(0, 30)).toBe('text');
    }
  });

  it('keeps nesting up to the limit and refuses one level more', () => {
    expect(noteFormat('> '.repeat(MAX_NOTE_NESTING) + 'x').kind).toBe('markdown');
    expect(noteFormat('> '.repeat(MAX_NOTE_NESTING + 1) + 'x').kind).toBe('text');
    expect(lineNesting('    - x')).toBe(3);
  });

  it('shows as text a paragraph of more emphasis marks than can be matched quickly, and formats the same marks spread over paragraphs', () => {
    const pair = '*a _';
    expect(noteFormat(pair.repeat(MAX_PARAGRAPH_DELIMITERS / 2))).toEqual({ kind: 'markdown' });
    expect(noteFormat(pair.repeat(MAX_PARAGRAPH_DELIMITERS / 2 + 1))).toEqual({ kind: 'text', reason: 'This note has more emphasis marks than can be formatted quickly, so it is shown as plain text.' });
    const spread = Array.from({ length: 4 }, () => pair.repeat(MAX_PARAGRAPH_DELIMITERS / 4)).join('\n\n');
    expect(noteFormat(spread)).toEqual({ kind: 'markdown' });
  });

  it('shows as text a note longer than the formatting limit', () => {
    expect(noteFormat('a'.repeat(MAX_FORMATTED_NOTE_CHARS)).kind).toBe('markdown');
    const format = noteFormat('a'.repeat(MAX_FORMATTED_NOTE_CHARS + 1));
    expect(format.kind).toBe('text');
    if (format.kind === 'text') expect(format.reason).toMatch(/longer than 20,000 characters/);
  });
});
