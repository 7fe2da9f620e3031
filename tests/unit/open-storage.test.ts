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

  it('says when another tab’s connection keeps it waiting, and opens once that tab lets go', async () => {
    // An older tab: version 1 of the database, open, with nothing that closes it on a version change.
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('open-storage-blocked', 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    let blocked = 0;
    const opening = openStorage('open-storage-blocked', undefined, () => blocked++);
    await expect.poll(() => blocked).toBe(1);
    older.close();
    const { db, mode } = await opening;
    expect(mode).toEqual({ kind: 'persistent' });
    expect(db.isOpen()).toBe(true);
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
