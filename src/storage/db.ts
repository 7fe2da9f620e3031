import Dexie, { type EntityTable } from 'dexie';
import type { Annotation } from '../core/model/annotation';
import type { Article } from '../core/model/article';
import { writeLogMiddleware } from './write-log';

/** A stored annotation: the core record, indexed by its article for per-article reads. */
export type AnnotationRecord = Annotation & { articleId: string };

/** A stored article (one the reader opened; shipped ones stay in public/articles/), with when it was added. */
export type ArticleRecord = Article & { added: string };

/** One of the reader's settings (the publisher profile, a report's address), by key. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

export type MarginaliaDb = Dexie & {
  annotations: EntityTable<AnnotationRecord, 'id'>;
  articles: EntityTable<ArticleRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

export const DB_NAME = 'marginalia';

/** Another IndexedDB implementation to run on (the in-memory one when the browser's is unusable). */
export interface IndexedDbBackend {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/**
 * Opens (or creates) the database. Schema versions are append-only: a change adds a new
 * `version(n)` with its own upgrade function and a test against a fixture of the older shape.
 */
export function createDb(name: string = DB_NAME, backend?: IndexedDbBackend): MarginaliaDb {
  const db = (backend ? new Dexie(name, backend) : new Dexie(name)) as MarginaliaDb;
  db.use(writeLogMiddleware(db));
  db.version(1).stores({
    annotations: 'id, articleId, modified',
  });
  // Version 2 adds the library's articles; annotations are untouched, so no upgrade function.
  db.version(2).stores({
    articles: 'id, added, title',
  });
  // Version 4 adds the reader's settings (publisher profile, report addresses); nothing else changes.
  db.version(4).stores({
    settings: 'key',
  });
  return db;
}
