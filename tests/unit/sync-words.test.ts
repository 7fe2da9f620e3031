import { describe, expect, it } from 'vitest';
import type { LostFieldChange } from '../../src/sync/annotation-doc';
import { isSessionRunning, lostChangeText, syncStatusText } from '../../src/ui/sync/sync-words';

const lost = (change: Omit<LostFieldChange, 'device'>): string => lostChangeText({ device: 'device-b', ...change });

describe('the Sync status words', () => {
  it('say each state as UI-CONTRACT.md names it', () => {
    expect(syncStatusText({ kind: 'off' })).toBe('Not connected');
    expect(syncStatusText({ kind: 'connecting' })).toBe('Connecting…');
    expect(syncStatusText({ kind: 'synced' })).toBe('Synced');
    expect(syncStatusText({ kind: 'offline', waiting: 0 })).toBe('Offline');
    expect(syncStatusText({ kind: 'offline', waiting: 1 })).toBe('Offline, 1 change waiting');
    expect(syncStatusText({ kind: 'offline', waiting: 12 })).toBe('Offline, 12 changes waiting');
    expect(syncStatusText({ kind: 'refused', reason: 'wrong team key', readOnly: false })).toBe('Refused: wrong team key');
  });

  it('offer Disconnect while a session runs or keeps trying, and Connect once it is off or a wrong key ended it', () => {
    expect(isSessionRunning({ kind: 'off' })).toBe(false);
    expect(isSessionRunning({ kind: 'refused', reason: 'wrong team key', readOnly: false })).toBe(false);
    expect(isSessionRunning({ kind: 'refused', reason: 'read-only key', readOnly: true })).toBe(true);
    expect(isSessionRunning({ kind: 'connecting' })).toBe(true);
    expect(isSessionRunning({ kind: 'offline', waiting: 3 })).toBe(true);
    expect(isSessionRunning({ kind: 'synced' })).toBe(true);
  });
});

describe('a lost concurrent change, on its card', () => {
  it('names who made it and what they set', () => {
    expect(lost({ field: 'verdict', value: 'misleading', by: 'Ben' })).toBe('Ben also set Misleading');
    expect(lost({ field: 'verdict', value: null, by: 'Ben' })).toBe('Ben also set no verdict');
    expect(lost({ field: 'tags', value: ['sourcing', 'numbers'], by: 'Ben' })).toBe('Ben also set the tags sourcing, numbers');
    expect(lost({ field: 'evidence', value: [{ url: 'https://a' }], by: 'Ben' })).toBe('Ben also set 1 other source');
    expect(lost({ field: 'claim', value: { summary: '3,000 recruits' }, by: 'Ben' })).toBe('Ben also set the claim “3,000 recruits”');
    expect(lost({ field: 'target', value: {}, by: 'Ben' })).toBe('Ben also set another passage');
  });

  it('says Another device when the change has no name', () => {
    expect(lost({ field: 'tags', value: [], by: null })).toBe('Another device also set no tags');
    expect(lost({ field: 'tags', value: [], by: '  ' })).toBe('Another device also set no tags');
  });
});
