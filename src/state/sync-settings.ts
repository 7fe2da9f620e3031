import type { SyncSettings } from '../sync/session';

/** What this device remembers about sync between visits (in localStorage: it is per device). */
export interface SavedSync {
  settings: SyncSettings;
  /** Whether the reader left sync on: the next visit connects again by itself. */
  active: boolean;
  /** The key's scope the last time the server told it; null before it has. */
  readOnly: boolean | null;
}

const SYNC_KEY = 'marginalia.sync';
const DEVICE_KEY = 'marginalia.device';

/** The saved sync settings, or null when there are none (or they cannot be read). */
export function loadSavedSync(storage: Storage | null = safeLocalStorage()): SavedSync | null {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(SYNC_KEY) ?? 'null');
    if (!raw || typeof raw !== 'object') return null;
    const { settings, active, readOnly } = raw as Partial<SavedSync>;
    if (!settings || typeof settings.url !== 'string' || typeof settings.key !== 'string' || typeof settings.name !== 'string') return null;
    return {
      settings: { url: settings.url, key: settings.key, name: settings.name },
      active: active === true,
      readOnly: typeof readOnly === 'boolean' ? readOnly : null,
    };
  } catch {
    return null;
  }
}

/** Saves the settings; a browser that refuses storage only loses them for the next visit. */
export function saveSync(saved: SavedSync, storage: Storage | null = safeLocalStorage()): void {
  try {
    storage?.setItem(SYNC_KEY, JSON.stringify(saved));
  } catch {
    // Private modes may refuse localStorage; the session still runs.
  }
}

/** A stable id of this browser profile: each device's writes are kept apart in the documents. */
export function deviceId(storage: Storage | null = safeLocalStorage(), random: () => string = randomId): string {
  try {
    const known = storage?.getItem(DEVICE_KEY);
    if (known) return known;
    const id = random();
    storage?.setItem(DEVICE_KEY, id);
    return id;
  } catch {
    return random();
  }
}

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
