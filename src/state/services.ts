import { createContext, useContext } from 'react';
import type { MarginaliaDb } from '../storage/db';
import { openStorage, requestPersistence, type Persistence, type StorageMode } from '../storage/open-storage';

/** What the state layer needs from outside: storage, a clock and an id source (passed in so tests are stable). */
export interface Services {
  db: MarginaliaDb;
  now: () => Date;
  newId: () => string;
  /** Loads an article's JSON by id (the shipped ones live in public/articles/). */
  fetchArticle: (id: string) => Promise<unknown>;
  /**
   * Loads the manifest of shipped articles (public/articles/index.json). Without it the library
   * lists only stored articles, and any id not stored is fetched as a shipped one.
   */
  fetchManifest?: () => Promise<unknown>;
  /** Whether annotations are stored in the browser or, when it refused, only in memory. */
  storageMode: StorageMode;
  /** Asks the browser to keep our storage; resolves to what it answered. */
  requestPersistence: () => Promise<Persistence>;
}

/** A random `urn:uuid:` id; uses getRandomValues, which (unlike randomUUID) works outside secure contexts. */
export function randomUrnUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Loads a shipped article's JSON (public/articles/<id>.json); throws with a message for the reader. */
export async function fetchShippedArticle(id: string): Promise<unknown> {
  const response = await fetch(`${import.meta.env.BASE_URL}articles/${encodeURIComponent(id)}.json`);
  if (!response.ok) throw new Error(`The article “${id}” could not be loaded (HTTP ${response.status}).`);
  return response.json();
}

async function fetchShippedManifest(): Promise<unknown> {
  const response = await fetch(`${import.meta.env.BASE_URL}articles/index.json`);
  if (!response.ok) throw new Error(`The list of shipped articles could not be loaded (HTTP ${response.status}).`);
  return response.json();
}

/**
 * The services the running app uses, once storage is open (in memory if the browser refuses
 * IndexedDB); `onBlocked` is told when another tab keeps the database from opening.
 */
export async function createAppServices(onBlocked?: () => void): Promise<Services> {
  const { db, mode } = await openStorage(undefined, undefined, onBlocked);
  return { db, storageMode: mode, now: () => new Date(), newId: randomUrnUuid, fetchArticle: fetchShippedArticle, fetchManifest: fetchShippedManifest, requestPersistence };
}

export const ServicesContext = createContext<Services | null>(null);

/** The services of the nearest provider; a missing provider is a programming error. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a ServicesContext provider (see ui/app/AppProviders).');
  return services;
}
