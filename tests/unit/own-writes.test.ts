import { describe, expect, it } from 'vitest';
import { isOwnEcho, ownWrite } from '../../src/state/own-writes';

/** A write that commits when told to: `commit()` reports the change (as Dexie does), then settles. */
function controlledWrite(connection: object, table: string, echo = true) {
  let finish!: () => void;
  const settled = new Promise<void>((resolve) => (finish = resolve));
  const write = ownWrite(connection, table, () => settled);
  return {
    write,
    commit: () => {
      const own = echo ? isOwnEcho(connection, table) : null;
      finish();
      return own;
    },
  };
}

describe('ownWrite and isOwnEcho', () => {
  it('takes the change reported while a write of ours commits as its echo, once', async () => {
    const tab = {};
    const save = controlledWrite(tab, 'annotations');
    expect(save.commit()).toBe(true);
    await save.write;
    expect(isOwnEcho(tab, 'annotations')).toBe(false);
  });

  it('misses nothing when another tab’s change arrives first: our echo then counts as a change', async () => {
    const tab = {};
    const save = controlledWrite(tab, 'annotations');
    expect(isOwnEcho(tab, 'annotations')).toBe(true); // the other tab's change, taken for ours
    expect(save.commit()).toBe(false); // our echo: refetched, which brings in both
    await save.write;
  });

  it('keeps tables and connections apart', async () => {
    const tab = {};
    const otherTab = {};
    const save = controlledWrite(tab, 'annotations');
    expect(isOwnEcho(tab, 'articles')).toBe(false);
    expect(isOwnEcho(otherTab, 'annotations')).toBe(false);
    expect(save.commit()).toBe(true);
    await save.write;
  });

  it('drops the token of a write that committed nothing, so it swallows no later change', async () => {
    const tab = {};
    const failing = ownWrite(tab, 'annotations', () => Promise.reject(new Error('QuotaExceededError')));
    await expect(failing).rejects.toThrow('QuotaExceededError');
    expect(isOwnEcho(tab, 'annotations')).toBe(false);
  });
});
