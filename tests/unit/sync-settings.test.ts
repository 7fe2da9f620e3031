import { describe, expect, it } from 'vitest';
import { checkServerAddress } from '../../src/state/server-address';
import { deviceId, loadSavedSync, saveSync, type SavedSync } from '../../src/state/sync-settings';

/** localStorage as a plain map, or one that refuses writes (private modes, a full quota). */
function memoryStorage(refuseWrites = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => {
      if (refuseWrites) throw new DOMException('quota', 'QuotaExceededError');
      items.set(k, v);
    },
  };
}

const saved: SavedSync = { settings: { url: 'wss://sync.example.org', key: 'team-key-123', name: 'Ana' }, active: true, readOnly: false };

describe('the server address check', () => {
  it('accepts ws:// and wss:// addresses with a host and a port', () => {
    expect(checkServerAddress('ws://127.0.0.1:1234')).toBeNull();
    expect(checkServerAddress('  wss://sync.example.org/team ')).toBeNull();
  });

  it('says what is wrong with anything else', () => {
    expect(checkServerAddress('')).toMatch(/not an address/);
    expect(checkServerAddress('sync.example.org')).toMatch(/not an address/);
    expect(checkServerAddress('https://sync.example.org')).toBe('The server address starts with ws:// or wss://.');
    expect(checkServerAddress('wss://team:secret@sync.example.org')).toBe('Put the team key in its own box, not in the address.');
  });
});

describe('the saved sync settings', () => {
  it('come back as they were saved', () => {
    const storage = memoryStorage();
    expect(loadSavedSync(storage)).toBeNull();
    saveSync(saved, storage);
    expect(loadSavedSync(storage)).toEqual(saved);
  });

  it('read as none when the stored value is damaged, and keep only known fields', () => {
    const storage = memoryStorage();
    storage.setItem('marginalia.sync', '{not json');
    expect(loadSavedSync(storage)).toBeNull();
    storage.setItem('marginalia.sync', JSON.stringify({ settings: { url: 'ws://a', key: 1, name: '' } }));
    expect(loadSavedSync(storage)).toBeNull();
    storage.setItem('marginalia.sync', JSON.stringify({ settings: { ...saved.settings, extra: 'x' }, active: 'yes', readOnly: 'maybe' }));
    expect(loadSavedSync(storage)).toEqual({ settings: saved.settings, active: false, readOnly: null });
  });

  it('are only lost for the next visit when the browser refuses storage', () => {
    expect(() => saveSync(saved, memoryStorage(true))).not.toThrow();
    expect(() => saveSync(saved, null)).not.toThrow();
    expect(loadSavedSync(null)).toBeNull();
  });
});

describe('the device id', () => {
  it('is made once and kept', () => {
    const storage = memoryStorage();
    let made = 0;
    const random = () => `device-${++made}`;
    expect(deviceId(storage, random)).toBe('device-1');
    expect(deviceId(storage, random)).toBe('device-1');
    expect(made).toBe(1);
  });

  it('is still given when it cannot be stored', () => {
    expect(deviceId(memoryStorage(true), () => 'fresh')).toBe('fresh');
    expect(deviceId()).toMatch(/^[0-9a-f]{16}$/);
  });
});
