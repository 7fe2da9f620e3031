import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvRows } from '../../src/core/exchange/csv-rows';
import { toCsvText } from '../../src/ui/exchange/csv-text';
import { annotationOn } from './support/fact-checks';

const ASKED = 'The United States has asked Russia to stop conducting airstrikes against the al-Nusra Front terrorists in Syria';

/** Reads the CSV as a spreadsheet would: BOM dropped, RFC 4180 quoting undone. */
function read(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV export', () => {
  it('has a header row and one row per annotation in document order, every field in its column', () => {
    const later = annotationOn('televised speech', { note: 'A *note*, with "quotes"\nand a second line.', tags: ['speech', 'Lavrov'] });
    const check = annotationOn(ASKED, {
      verdict: 'false',
      claim: { claimant: 'Sergey Lavrov' },
      evidence: [{ url: 'https://www.reuters.com/x', title: 'Reuters', stance: 'refutes' }, { url: 'https://www.state.gov/' }],
    });
    const rows = read(toCsvText(csvRows([later, { ...check, author: { name: 'Zoë Müller' } }])));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const [first, second] = check.target.position.start < later.target.position.start ? [rows[1], rows[2]] : [rows[2], rows[1]];
    expect(first).toEqual([ASKED, 'False', '', '', 'https://www.reuters.com/x (Reuters, refutes)\nhttps://www.state.gov/', 'Sergey Lavrov', 'Zoë Müller', check.created, check.modified, `${check.target.position.start}-${check.target.position.end}`]);
    expect(second?.[2]).toBe('A *note*, with "quotes"\nand a second line.');
    expect(second?.[3]).toBe('speech, Lavrov');
  });

  it('ends records with CRLF, quotes what needs it and doubles quotes inside (RFC 4180)', () => {
    const text = toCsvText([['a', 'b'], ['say "hi"', 'x,y']]);
    expect(text).toBe('\ufeffa,b\r\n"say ""hi""","x,y"\r\n');
  });

  it('escapes a cell that a spreadsheet would run as a formula, even one with a line break after it', () => {
    const hostile = ['=HYPERLINK("http://evil.test","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '=1\nsecond line'];
    const rows = read(toCsvText([hostile]));
    expect(rows[0]).toEqual(hostile.map((cell) => `'${cell}`));
    expect(read(toCsvText([['a-1', 'plain', '']]))[0]).toEqual(['a-1', 'plain', '']);
  });

  it('is the header alone when there is nothing to export', () => {
    expect(read(toCsvText(csvRows([])))).toEqual([[...CSV_COLUMNS]]);
  });
});
