import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseConfig } from '../../server/config';
import { checkKey, REFUSED_NO_KEY, REFUSED_WRONG_KEY } from '../../server/team-keys';

describe('the sync server settings', () => {
  it('reads port, keys, data folder and Redis from the environment', () => {
    const parsed = parseConfig({ PORT: '4321', MARGINALIA_SYNC_KEYS: 'team-key-one, read:reader-key-1', MARGINALIA_SYNC_DATA: '/srv/sync', MARGINALIA_SYNC_REDIS: 'redis://10.0.0.5:6380/2' });
    expect(parsed).toEqual({
      ok: true,
      value: { port: 4321, keys: [{ key: 'team-key-one', readOnly: false }, { key: 'reader-key-1', readOnly: true }], dataDir: '/srv/sync', redis: { host: '10.0.0.5', port: 6380, db: 2 } },
    });
  });

  it('defaults to port 1234, ./sync-data and no Redis', () => {
    const parsed = parseConfig({ MARGINALIA_SYNC_KEYS: 'team-key-one' });
    expect(parsed.ok && parsed.value).toEqual({ port: DEFAULT_PORT, keys: [{ key: 'team-key-one', readOnly: false }], dataDir: './sync-data', redis: null });
  });

  it('refuses to start without keys, with short keys, a bad port or a bad Redis address, without printing a key', () => {
    expect(parseConfig({})).toMatchObject({ ok: false, error: expect.stringContaining('MARGINALIA_SYNC_KEYS') });
    const short = parseConfig({ MARGINALIA_SYNC_KEYS: 'abc' });
    expect(short).toMatchObject({ ok: false, error: expect.stringContaining('at least 8') });
    expect(!short.ok && short.error).not.toContain('abc');
    expect(parseConfig({ PORT: 'eighty', MARGINALIA_SYNC_KEYS: 'team-key-one' })).toMatchObject({ ok: false, error: expect.stringContaining('PORT') });
    expect(parseConfig({ MARGINALIA_SYNC_KEYS: 'team-key-one', MARGINALIA_SYNC_REDIS: 'http://x' })).toMatchObject({ ok: false, error: expect.stringContaining('redis://') });
  });
});

describe('team keys', () => {
  const keys = [
    { key: 'team-key-one', readOnly: false },
    { key: 'reader-key-1', readOnly: true },
  ];

  it('accept a team key read-write and a read: key read-only', () => {
    expect(checkKey(keys, 'team-key-one')).toEqual({ ok: true, readOnly: false });
    expect(checkKey(keys, 'reader-key-1')).toEqual({ ok: true, readOnly: true });
  });

  it('refuse a wrong, a prefixed or a missing key with the reason', () => {
    expect(checkKey(keys, 'team-key-two')).toEqual({ ok: false, reason: REFUSED_WRONG_KEY });
    expect(checkKey(keys, 'read:reader-key-1')).toEqual({ ok: false, reason: REFUSED_WRONG_KEY });
    expect(checkKey(keys, 'team-key-one ')).toEqual({ ok: false, reason: REFUSED_WRONG_KEY });
    expect(checkKey(keys, '')).toEqual({ ok: false, reason: REFUSED_NO_KEY });
    expect(checkKey(keys, null)).toEqual({ ok: false, reason: REFUSED_NO_KEY });
  });
});
