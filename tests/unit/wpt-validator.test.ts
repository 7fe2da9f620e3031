import { describe, expect, it } from 'vitest';
import {
  ANNOTATION_TESTS,
  checkAnnotationMusts,
  checkCollection,
  checkPageMusts,
  missingAssertionFiles,
  SKIPPED_ASSERTIONS,
  wptAssertions,
} from '../support/wpt-validator';

/**
 * The validator must be able to fail, or a passing export proves nothing. These feed it
 * annotations broken in one way each and expect the wpt assertion that covers that rule.
 */

/** A minimal valid annotation in the shape of W3C model example 2 (one body, one target). */
const valid = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'urn:uuid:0b7e0c6e-8c4e-4bb2-9a50-6f3fbb5d1c01',
  type: 'Annotation',
  created: '2026-01-02T03:04:05.000Z',
  body: { type: 'TextualBody', value: 'A note', purpose: 'commenting' },
  target: 'https://example.org/article',
};

const CONTEXT_ERROR = "ERROR: Annotation is missing @context key or 'http://www.w3.org/ns/anno.jsonld' is not a value of @context.";
const CONTEXT_ERROR_31 = "Error: 'http://www.w3.org/ns/anno.jsonld' is not an @context value.";
const BOTH_BODIES_ERROR = 'ERROR: body and bodyValue are exclusive keys; a single annotation cannot have both.';
const CREATED_ERROR = 'ERROR: Annotation has multiple created key values or a single created key value that is not of format date-time.';
const TARGET_ERROR = 'Error: Annotation is missing target  key.';
const TARGET_ERROR_31 = "Error: There was no 'target' property";

function without<T extends object>(value: T, key: keyof T): Partial<T> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

describe('the wpt fixtures', () => {
  it('lack exactly the assertion files SOURCE.md lists as missing, and nothing else', () => {
    expect(missingAssertionFiles()).toEqual([...SKIPPED_ASSERTIONS].sort());
  });

  it('yield the MUST assertions of the four annotation .test files and of pageMusts.test', () => {
    const { annotation, page } = wptAssertions();
    // 14 files of annotationMusts.test + 4 inline in 3.1-model-musts.test; the present entries of
    // bodyMusts.test and targetMusts.test are already among those 14.
    expect(annotation.map((a) => a.source)).toHaveLength(18);
    expect(annotation.map((a) => a.source)).toContain('annotations/3.1-model-musts.test#3');
    expect(page).toHaveLength(14);
    expect(ANNOTATION_TESTS).toContain('bodiesTargets/bodyMusts.test');
  });
});

describe('checkAnnotationMusts', () => {
  it('passes a minimal valid annotation', () => {
    expect(checkAnnotationMusts(valid)).toEqual([]);
  });

  it('also accepts @context as an array holding the anno context', () => {
    expect(checkAnnotationMusts({ ...valid, '@context': ['http://www.w3.org/ns/anno.jsonld', { mg: 'urn:x:' }] })).toEqual([]);
  });

  it('fails an annotation without @context', () => {
    const errors = checkAnnotationMusts(without(valid, '@context'));
    expect(errors).toContain(CONTEXT_ERROR);
    expect(errors).toContain(CONTEXT_ERROR_31);
  });

  it('fails an @context that does not hold the anno context', () => {
    expect(checkAnnotationMusts({ ...valid, '@context': 'http://schema.org/' })).toContain(CONTEXT_ERROR);
  });

  it('fails an annotation with both body and bodyValue', () => {
    expect(checkAnnotationMusts({ ...valid, bodyValue: 'A note' })).toEqual([BOTH_BODIES_ERROR]);
  });

  it('fails a created time that is not a date-time', () => {
    expect(checkAnnotationMusts({ ...valid, created: '02/01/2026 03:04' })).toEqual([CREATED_ERROR]);
    expect(checkAnnotationMusts({ ...valid, created: '2026-01-02' })).toEqual([CREATED_ERROR]);
    expect(checkAnnotationMusts({ ...valid, created: ['2026-01-02T03:04:05Z', '2026-01-03T03:04:05Z'] })).toEqual([CREATED_ERROR]);
  });

  it('fails an annotation without target', () => {
    const errors = checkAnnotationMusts(without(valid, 'target'));
    expect(errors).toContain(TARGET_ERROR);
    expect(errors).toContain(TARGET_ERROR_31);
  });

  it('fails a body that is no kind of body resource', () => {
    expect(checkAnnotationMusts({ ...valid, body: [{ type: 'TextualBody', purpose: 'commenting' }] })).toEqual([
      'ERROR: One or more Bodies of the Annotation is not one of a string of format uri, an External Web Resource, a Choice or Set, a Specific Resource.',
    ]);
  });

  it('fails an id that is not a URI and a type that is not Annotation', () => {
    const errors = checkAnnotationMusts({ ...valid, id: 'not a uri', type: 'Note' });
    expect(errors).toContain('ERROR: Annotation is missing id key or its value is not a single string of format uri.');
    expect(errors).toContain("ERROR: Annotation is missing type key or 'Annotation' is not a value of type.");
  });
});

describe('checkPageMusts', () => {
  const page = { id: 'urn:x:page1', type: 'AnnotationPage', startIndex: 0, items: [valid] };

  it('passes a page of annotations', () => {
    expect(checkPageMusts(page)).toEqual([]);
  });

  it('fails a page with a negative startIndex or items that are not annotations', () => {
    expect(checkPageMusts({ ...page, startIndex: -1 })).toEqual(['ERROR: Annotation Page has an invalid startIndex value.']);
    expect(checkPageMusts({ ...page, items: [{ type: 'Note' }] })).toEqual([
      'ERROR: Annotation Page is missing items key or value of items key is not an array of strings of format uri and/or objects of type Annotation.',
    ]);
  });
});

describe('checkCollection', () => {
  const collection = {
    '@context': ['http://www.w3.org/ns/anno.jsonld'],
    id: 'urn:x:collection',
    type: 'AnnotationCollection',
    total: 1,
    first: { id: 'urn:x:page1', type: 'AnnotationPage', items: [valid] },
  };

  it('passes a collection with one page and an empty collection without pages', () => {
    expect(checkCollection(collection)).toEqual([]);
    expect(checkCollection({ ...without(collection, 'first'), total: 0 })).toEqual([]);
  });

  it('names each broken collection rule', () => {
    expect(checkCollection({ ...collection, '@context': 'http://schema.org/' })).toEqual(['Collection: @context does not include http://www.w3.org/ns/anno.jsonld.']);
    expect(checkCollection({ ...collection, id: 'export 1' })).toEqual(['Collection: id is not an IRI.']);
    expect(checkCollection({ ...collection, type: 'AnnotationPage' })).toEqual(['Collection: type is not AnnotationCollection.']);
    expect(checkCollection({ ...collection, total: 2 })).toEqual(['Collection: total is 2 but the first page holds 1 items.']);
    expect(checkCollection({ ...collection, total: -1 })).toContain('Collection: total is not a non-negative integer.');
    expect(checkCollection({ ...collection, total: 0 })).toEqual(['Collection: an empty collection (total 0) has a first page.']);
    expect(checkCollection(without(collection, 'first'))).toEqual(['Collection: no embedded first AnnotationPage.']);
    expect(checkCollection([])).toEqual(['Collection: not a JSON object.']);
  });

  it('checks the first page and each of its items', () => {
    const broken = { ...collection, first: { ...collection.first, type: 'Page', items: [without(valid, 'target')] } };
    const errors = checkCollection(broken);
    expect(errors).toContain("First page: ERROR: Annotation Page is missing type key or 'AnnotationPage' is not a value of type.");
    expect(errors).toContain(`Item 1: ${TARGET_ERROR}`);
  });
});
