import { describe, expect, it } from 'vitest';
import { checkImportSize, MAX_IMPORT_BYTES, MAX_JSON_DEPTH, MAX_NOTE_LENGTH } from '../../src/core/exchange/import-limits';
import { parseImport, parseImportText } from '../../src/core/exchange/parse-import';
import { toW3CAnnotation, toW3CCollection, type W3CAnnotation } from '../../src/core/exchange/w3c';
import { article, everyKind, NOW } from '../fixtures/imports/annotations';

const options = { now: NOW };

/** The error a file's text gives; fails the test if it was accepted. */
function refusal(text: string): string {
  const result = parseImportText(text, options);
  if (result.ok) throw new Error(`expected a refusal, got ${result.value.items.length} annotations`);
  return result.error;
}

/** Our export of every kind, with `change` applied to the JSON of annotation `index` (0-based). */
function exportWith(index: number, change: (a: W3CAnnotation & Record<string, unknown>) => void): string {
  const collection = toW3CCollection(article, everyKind(), NOW);
  const items = collection.first?.items ?? [];
  change(items[index] as W3CAnnotation & Record<string, unknown>);
  return JSON.stringify(collection, null, 2);
}

const ID_3 = 'urn:uuid:00000000-0000-4000-8000-000000000003';

describe('A file that is not JSON', () => {
  it('is refused naming the line and column of the first error', () => {
    const error = refusal('{\n  "type": "AnnotationCollection",\n  total: 3\n}');
    expect(error).toMatch(/^The file is not valid JSON at line 3, column 3 \(.+\)\. Choose an annotations export/);
  });

  it('is refused when it is a web page, an empty file or cut off', () => {
    expect(refusal('<!doctype html><html><body>Not found</body></html>')).toMatch(/^The file is not valid JSON at line 1, column 1/);
    expect(refusal('')).toBe('The file is empty. Choose an annotations export (a .json or .jsonld file).');
    expect(refusal('  \n ')).toMatch(/^The file is empty/);
    expect(refusal(serialize().slice(0, 500))).toMatch(/ends in the middle of the data.*export it again/);
  });

  it('is read when it starts with a byte-order mark', () => {
    expect(parseImportText(`\uFEFF${serialize()}`, options).ok).toBe(true);
  });
});

function serialize(): string {
  return JSON.stringify(toW3CCollection(article, everyKind(), NOW));
}

describe('JSON of another shape', () => {
  it('names what it found and the formats that are read', () => {
    expect(refusal('{"name": "My bookmarks", "items": []}')).toMatch(/^The file is JSON, but not annotations: its top level has “name”, “items”\. Marginalia reads W3C Web Annotations/);
    expect(refusal('{"type": "Person", "name": "Ana"}')).toMatch(/not annotations: its type is “Person”/);
    expect(refusal('"a string"')).toMatch(/^The file holds a single string value, not annotations/);
    expect(refusal('42')).toMatch(/single number value/);
    expect(refusal('null')).toMatch(/single null value/);
    expect(refusal('{}')).toMatch(/it is an empty object/);
  });

  it('names the annotation that is not an annotation', () => {
    expect(refusal('[{"type":"Annotation","id":"a","target":"urn:x"}, 7]')).toMatch(/^Annotation 2 is not an object, so it is not an annotation\. Nothing was imported\.$/);
    expect(refusal('[{"id":"urn:x:1","type":"Person","target":"urn:x"}]')).toMatch(/^Annotation 1 \(id “urn:x:1”\) is a “Person”, not an Annotation/);
  });

  it('refuses a collection whose pages are elsewhere', () => {
    expect(refusal('{"type":"AnnotationCollection","total":10,"first":"https://example.org/page1"}')).toMatch(/annotations are not in the file: its first page is elsewhere/);
    expect(refusal('{"type":"AnnotationPage","items":[],"next":"https://example.org/page2"}')).toMatch(/continue on a page that is not in the file/);
  });
});

describe('An empty file of annotations', () => {
  it('is refused: an empty collection, page, list or Hypothesis export', () => {
    expect(refusal(JSON.stringify(toW3CCollection(article, [], NOW)))).toBe('The file is an empty annotation collection: it holds no annotations to import.');
    expect(refusal('{"type":"AnnotationPage","items":[]}')).toMatch(/holds no annotations: its page of items is empty/);
    expect(refusal('[]')).toMatch(/empty list: there are no annotations to import/);
    expect(refusal('{"export_date":"2026-01-01T00:00:00Z","client_version":"1","annotations":[]}')).toBe('The Hypothesis export holds no annotations.');
  });
});

describe('A file over the size limit', () => {
  it('is refused from its size alone, before it is read', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES).ok).toBe(true);
    const over = checkImportSize(MAX_IMPORT_BYTES + 1);
    expect(over).toEqual({ ok: false, error: 'The file is just over 20 MB; files over 20 MB are not read. Split the export into smaller files, or choose the right file.' });
    expect(checkImportSize(64.25 * 1024 * 1024)).toEqual({ ok: false, error: expect.stringMatching(/^The file is 64\.3 MB; files over 20 MB/) });
  });

  it('is refused when its text is longer than the limit too', () => {
    expect(refusal(' '.repeat(MAX_IMPORT_BYTES + 1))).toMatch(/files over 20 MB are not read/);
  });
});

describe('Deeply nested JSON', () => {
  it('is refused before it is parsed into objects, naming the line', () => {
    const deep = `{\n"type": "AnnotationPage",\n"items": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(refusal(deep)).toBe(
      `The file nests lists and objects more than ${MAX_JSON_DEPTH} levels deep (line 3, column ${10 + MAX_JSON_DEPTH - 1}). No annotations file does that; it is damaged or not an annotations file.`,
    );
  });

  it('does not count brackets inside strings', () => {
    const text = exportWith(0, (a) => {
      a.body = [{ type: 'TextualBody', purpose: 'commenting', value: `${'['.repeat(500)} \\" ${'{'.repeat(500)}` }];
    });
    expect(parseImportText(text, options).ok).toBe(true);
  });
});

describe('Ids used twice in one file', () => {
  it('are refused naming both annotations and the id', () => {
    const text = exportWith(3, (a) => {
      a.id = ID_3;
    });
    expect(refusal(text)).toBe(`Annotations 3 and 4 have the same id (“${ID_3}”); an id must be unique in a file. Remove or rename one and import again. Nothing was imported.`);
  });
});

describe('Offsets', () => {
  const withPosition = (start: unknown, end: unknown) =>
    exportWith(2, (a) => {
      (a.target.selector as unknown[])[1] = { type: 'TextPositionSelector', start, end };
    });

  it('refuses negative offsets', () => {
    expect(refusal(withPosition(-5, 10))).toBe(
      `Annotation 3 (id “${ID_3}”): “target.selector[1].start” must be 0 or more: a negative offset points before the start of the text. Nothing was imported.`,
    );
  });

  it('refuses reversed and empty ranges', () => {
    expect(refusal(withPosition(90, 30))).toBe(`Annotation 3 (id “${ID_3}”): “target.selector[1].end” is 30, before the start (90): the offsets are reversed. Nothing was imported.`);
    expect(refusal(withPosition(30, 30))).toMatch(/“target\.selector\[1\]\.end” equals the start \(30\): the selection holds no text/);
  });

  it('refuses offsets that are not whole numbers', () => {
    expect(refusal(withPosition(1.5, 10))).toMatch(/“target\.selector\[1\]\.start” must be a whole number/);
    expect(refusal(withPosition('3', 10))).toMatch(/“target\.selector\[1\]\.start” must be a whole number/);
    expect(refusal(withPosition(0, 98765).replace('98765', '1e400'))).toMatch(/“target\.selector\[1\]\.end” must be a whole number/);
  });

  it('refuses an empty quote', () => {
    const text = exportWith(0, (a) => {
      (a.target.selector[0] as { exact: string }).exact = '';
    });
    expect(refusal(text)).toMatch(/“target\.selector\[0\]\.exact” is empty: a quote must hold the annotated text/);
  });
});

describe('Dates that do not parse', () => {
  it.each([['yesterday'], ['2026-02-30T10:00:00Z'], ['2026-05-01T10:00:00'], ['2026-05-01'], [1767225600000]])('refuses %j, naming the field', (date) => {
    const text = exportWith(1, (a) => {
      a.modified = date as string;
    });
    expect(refusal(text)).toBe(
      'Annotation 2 (id “urn:uuid:00000000-0000-4000-8000-000000000002”): “modified” must be a date and time with a time zone, like 2026-05-01T12:00:00Z. Nothing was imported.',
    );
  });

  it('counts the other problems in the file after the first', () => {
    const text = exportWith(1, (a) => {
      a.modified = 'soon';
      a.created = 'later';
    });
    const collection = JSON.parse(text);
    collection.first.items[3].created = 'never';
    expect(refusal(JSON.stringify(collection))).toMatch(/“created” must be a date .*\(1 more problem in the file\.\) Nothing was imported\.$/);
  });
});

describe('HTML and script in every string field', () => {
  const SCRIPT = '<script>alert(1)</script><img src=x onerror="alert(2)">';

  it('is kept as the text it is, never changed or dropped, and the preview says so', () => {
    const hostile = everyKind().map((a) => ({
      ...a,
      note: `${SCRIPT} note`,
      tags: [`${SCRIPT.slice(0, 40)}`],
      target: { ...a.target, quote: { ...a.target.quote, exact: `${SCRIPT} quote`, prefix: SCRIPT, suffix: SCRIPT } },
      evidence: [{ url: 'https://example.org/', title: SCRIPT }],
      claim: { summary: SCRIPT, claimant: SCRIPT },
    }));
    const result = parseImportText(JSON.stringify(toW3CCollection({ ...article, title: SCRIPT }, hostile, NOW)), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.items.map((i) => i.annotation)).toEqual(hostile);
    expect(result.value.notices).toEqual(['4 annotations contain HTML or script markup. It is kept as plain text and never run.']);
  });
});

describe('javascript: and data: URLs in evidence links', () => {
  it.each([['javascript:alert(document.cookie)'], ['data:text/html,<script>alert(1)</script>'], ['JaVaScRiPt:alert(1)'], ['vbscript:msgbox'], ['not a url']])('refuses %s in a linking body', (url) => {
    const text = exportWith(2, (a) => {
      (a.body as { source?: string }[])[4] = { ...(a.body as object[])[4], source: url } as { source: string };
    });
    expect(refusal(text)).toMatch(new RegExp(`^Annotation 3 \\(id “${ID_3}”\\): “body\\[4\\]\\.source” links to “.+”, which cannot be a source: .+ Nothing was imported\\.$`));
  });

  it('refuses them as plain IRI bodies and external resources of other tools', () => {
    const page = (body: unknown) => JSON.stringify([{ type: 'Annotation', id: 'urn:x:1', target: { source: article.iri, selector: { type: 'TextQuoteSelector', exact: 'Syria' } }, body }]);
    expect(refusal(page('javascript:alert(1)'))).toMatch(/^Annotation 1 \(id “urn:x:1”\): “body” links to “javascript:alert\(1\)”, which cannot be a source: Only http and https links can be sources; “javascript:” links are refused\./);
    expect(refusal(page([{ id: 'data:text/html;base64,PHNjcmlwdD4=' }]))).toMatch(/“body\[0\]\.id” links to “data:text\/html;base64,PHNjcmlwdD4=”.*“data:” links are refused/);
  });
});

describe('A million-character note', () => {
  it('is refused with the limit, the length and the annotation named', () => {
    const text = exportWith(1, (a) => {
      (a.body as { value: string }[])[0] = { ...(a.body as { value: string }[])[0], value: 'x'.repeat(1_000_000) } as { value: string };
    });
    expect(refusal(text)).toBe(
      `Annotation 2 (id “urn:uuid:00000000-0000-4000-8000-000000000002”): “body[0].value” is 1,000,000 characters long; a note can hold at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters. Shorten it and import again. Nothing was imported.`,
    );
  });

  it('is read up to the limit', () => {
    const text = exportWith(1, (a) => {
      (a.body as { value: string }[])[0] = { ...(a.body as { value: string }[])[0], value: 'x'.repeat(MAX_NOTE_LENGTH) } as { value: string };
    });
    const result = parseImportText(text, options);
    expect(result.ok && result.value.items[1]?.annotation.note.length).toBe(MAX_NOTE_LENGTH);
  });
});

describe('Other hostile contents', () => {
  it('ignores __proto__ keys: nothing reaches the prototype', () => {
    const text = `[{"__proto__": {"polluted": true}, "type": "Annotation", "id": "urn:x:1", "target": {"__proto__": {"polluted": true}, "source": "${article.iri}", "selector": {"type": "TextQuoteSelector", "exact": "Syria"}}}]`;
    const result = parseImportText(text, options);
    // JSON.parse makes "__proto__" an own key; what must not happen is our mapping copying it
    // into an object's prototype (or anywhere the annotation can reach it).
    if (!result.ok) throw new Error(result.error);
    const annotation = result.value.items[0]?.annotation;
    if (!annotation) throw new Error('no annotation parsed');
    for (const part of [annotation, annotation.target, annotation.target.quote]) {
      expect(Object.getPrototypeOf(part)).toBe(Object.prototype);
      expect('polluted' in part).toBe(false);
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a missing target and an id that is not text', () => {
    expect(refusal('[{"type":"Annotation","id":"urn:x:1"}]')).toMatch(/“target” is missing: an annotation must say what it annotates/);
    expect(refusal(`[{"type":"Annotation","id":{"a":1},"target":"${article.iri}"}]`)).toMatch(/^Annotation 1: “id” must be text/);
    expect(refusal(`[{"type":"Annotation","id":"${'x'.repeat(3000)}","target":"${article.iri}"}]`)).toMatch(/“id” is longer than 2,048 characters/);
  });

  it('refuses an unknown stance and a tag of a million characters', () => {
    const stance = exportWith(2, (a) => {
      (a.body as { 'mg:stance'?: string }[])[4] = { ...(a.body as object[])[4], 'mg:stance': 'agrees' };
    });
    expect(refusal(stance)).toMatch(/“body\[4\]\.mg:stance” must be supports, refutes or context/);
    const tag = exportWith(0, (a) => {
      a.body = [{ type: 'TextualBody', purpose: 'tagging', value: 't'.repeat(1_000_000) }];
    });
    expect(refusal(tag)).toMatch(/“body\[0\]\.value” is 1,000,000 characters long/);
  });

  it('never throws, whatever JSON value it is given', () => {
    for (const value of [undefined, null, 0, '', [], {}, [null], [[]], { type: ['AnnotationCollection'], first: { items: [{}] } }, { annotations: {}, export_date: 1 }]) {
      expect(() => parseImport(value, options)).not.toThrow();
      expect(parseImport(value, options).ok).toBe(false);
    }
  });
});

describe('One annotation', () => {
  it('keeps a white-space-only note through export and import', () => {
    const [a] = everyKind();
    const spaced = { ...a!, note: '   ' };
    const result = parseImport(JSON.parse(JSON.stringify(toW3CAnnotation(spaced))), options);
    expect(result.ok && result.value.items[0]?.annotation).toEqual(spaced);
  });
});
