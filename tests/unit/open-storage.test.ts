import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listAnnotations, putAnnotation } from '../../src/storage/annotations';
import { openStorage } from '../../src/storage/open-storage';
import type { Annotation } from '../../src/core/model/annotation';
import { annotationFor } from './support/library-fixtures';

const annotation: Annotation = annotationFor('a', 'urn:uuid:1', 'q');

/** An IndexedDB factory that refuses to open anything, like a browser with storage disabled. */
const refusingFactory = {
  open() {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  },
} as unknown as IDBFactory;

describe('openStorage', () => {
  it('opens the browser database when it can', async () => {
    const { db, mode } = await openStorage('open-storage-ok');
    expect(mode).toEqual({ kind: 'persistent' });
    await putAnnotation(db, annotation);
    expect(await listAnnotations(db, 'a')).toEqual([annotation]);
  });

  it('falls back to memory, with the reason, when IndexedDB refuses', async () => {
    const { db, mode } = await openStorage('open-storage-refused', refusingFactory);
    expect(mode.kind).toBe('memory');
    expect(mode.kind === 'memory' && mode.reason).toMatch(/denied permission/);
    await putAnnotation(db, annotation);
    expect(await listAnnotations(db, 'a')).toEqual([annotation]);
  });

  it('falls back to memory when the browser has no IndexedDB at all', async () => {
    const { mode } = await openStorage('open-storage-missing', null);
    expect(mode).toEqual({ kind: 'memory', reason: 'this browser offers no IndexedDB' });
  });
});
