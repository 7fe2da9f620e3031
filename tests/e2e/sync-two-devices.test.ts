import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { READ_KEY, startSyncServer, tempDataDir, WRITE_KEY, type SyncServer } from '../integration/support/sync-server';
import { annotationItems, useBrowser } from './support/app';
import { annotate, card, eventually, highlight } from './support/reader';
import { connect, syncStatus } from './support/sync';

const app = useBrowser();
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const CLAIM = 'Since March, al-Nusra Front has recruited 3,000 new militants';
const PASTED = 'Council approves the new bridge\n\nThe city council voted 7 to 2 on Tuesday to fund the bridge.\n\nConstruction starts in May, the mayor said.';
const RENAMED = 'Washington asked Moscow to spare al-Nusra, says Press TV';
const ASKED = 'The United States has asked Russia to stop conducting airstrikes';

async function server(dataDir: string, port?: number): Promise<SyncServer> {
  const started = await startSyncServer(port === undefined ? { dataDir } : { dataDir, port });
  cleanups.push(() => started.stop());
  return started;
}

/** A device: a browser profile of its own, on the shipped article. */
async function device(): Promise<Page> {
  const { context, page, errors } = await app.open();
  cleanups.push(async () => {
    expect(errors).toEqual([]);
    await context.close();
  });
  return page;
}

/** A server on a fresh data folder, and two devices on the shipped article (not yet connected). */
async function serverAndTwoDevices(): Promise<{ dataDir: string; first: SyncServer; ana: Page; ben: Page }> {
  const data = tempDataDir();
  cleanups.push(data.remove);
  const first = await server(data.dir);
  return { dataDir: data.dir, first, ana: await device(), ben: await device() };
}

describe('Sync between two devices through the real server', () => {
  it('sends nothing and loads no sync code before Connect; after it, one WebSocket to the address given', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const { url } = await server(data.dir);
    const context = await app.browser().newContext({ viewport: { width: 1280, height: 900 } });
    cleanups.push(() => context.close());
    const page = await context.newPage();
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.goto(app.baseUrl);
    await page.locator('article[data-interactive] h1').waitFor();
    await highlight(page, ASKED);
    await page.waitForTimeout(1_000);
    expect(sockets).toEqual([]);
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    // Not even sync's store or its status words: the first page carries only the Sync button (issue #18).
    expect((await loaded()).filter((name) => /start-device|LiveSyncStatus|LiveCardLines|SyncDialog/.test(name))).toEqual([]);

    await connect(page, url, WRITE_KEY, 'Ana');
    await syncStatus(page).filter({ hasText: 'Synced' }).waitFor();
    expect(sockets.length).toBeGreaterThanOrEqual(1);
    expect(sockets.every((socket) => socket.startsWith(url))).toBe(true);
    // …and the pattern above names chunks that do load once sync is in use.
    const after = await loaded();
    for (const chunk of [/start-device/, /LiveSyncStatus/, /SyncDialog/]) expect(after.some((name) => chunk.test(name)), String(chunk)).toBe(true);
  });


  it('carries a fact-check with its author, then an edit and a delete back', async () => {
    const { first: { url }, ana, ben } = await serverAndTwoDevices();
    expect(await syncStatus(ana).textContent()).toBe('Not connected');

    await connect(ana, url, WRITE_KEY, 'Ana');
    await connect(ben, url, WRITE_KEY, 'Ben');
    await eventually(() => syncStatus(ana).textContent()).toBe('Synced');
    await eventually(() => syncStatus(ben).textContent()).toBe('Synced');

    await annotate(ana, CLAIM, { button: 'Fact-check', verdict: 'Unverified', note: 'One source only.' });
    const onBen = card(ben, CLAIM);
    await eventually(() => onBen.count()).toBe(1);
    expect(await onBen.innerText()).toContain('Unverified');
    expect(await onBen.innerText()).toContain('by Ana');
    // Her own card names nobody.
    expect(await card(ana, CLAIM).innerText()).not.toContain('by Ana');

    // Ben edits the note; the edit reaches Ana. He deletes it; it goes from Ana's panel.
    await onBen.getByRole('button', { name: 'Edit' }).click();
    const editor = ben.getByRole('dialog', { name: 'Edit annotation' });
    await editor.getByRole('textbox', { name: 'Note' }).fill('One source only; AP relays it.');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });
    await eventually(() => card(ana, CLAIM).innerText()).toContain('AP relays it');
    await card(ben, CLAIM).getByRole('button', { name: 'Delete' }).click();
    await eventually(() => card(ana, CLAIM).count()).toBe(0);
    await eventually(() => syncStatus(ben).textContent()).toBe('Synced');
  });

  it('keeps both devices working while the server is down, and merges what both did once it is back', async () => {
    const { dataDir, first, ana, ben } = await serverAndTwoDevices();
    await connect(ana, first.url, WRITE_KEY, 'Ana');
    await connect(ben, first.url, WRITE_KEY, 'Ben');
    await eventually(() => syncStatus(ben).textContent()).toBe('Synced');

    await first.stop();
    await eventually(() => syncStatus(ana).textContent()).toMatch(/^Offline/);
    await highlight(ana, CLAIM);
    await highlight(ben, ASKED);
    await eventually(() => syncStatus(ana).textContent()).toMatch(/^Offline, \d+ changes? waiting$/);

    // The same data, the same port: both reconnect by themselves, with no reload.
    await server(dataDir, first.port);
    await eventually(() => card(ana, ASKED).count()).toBe(1);
    await eventually(() => card(ben, CLAIM).count()).toBe(1);
    await eventually(() => syncStatus(ana).textContent()).toBe('Synced');
    expect(await annotationItems(ana).count()).toBe(2);
    expect(await annotationItems(ben).count()).toBe(2);
  });

  it('says Refused for a wrong key and keeps a read-only reader’s own notes local, marked Not shared', async () => {
    const { first: { url }, ana, ben } = await serverAndTwoDevices();

    await connect(ben, url, 'not-the-key', 'Ben');
    await eventually(() => syncStatus(ben).textContent()).toMatch(/^Refused: /);
    // A refusal ends the session: the dialog offers Connect again, for the right key.
    await ben.getByRole('button', { name: 'Sync', exact: true }).click();
    await ben.getByRole('dialog', { name: 'Sync' }).getByRole('button', { name: 'Connect' }).waitFor();
    await ben.keyboard.press('Escape');

    await connect(ana, url, WRITE_KEY, 'Ana');
    await highlight(ana, CLAIM);
    await connect(ben, url, READ_KEY, 'Ben');
    await eventually(() => syncStatus(ben).textContent()).toMatch(/^Refused: read-only key/);
    await eventually(() => card(ben, CLAIM).count()).toBe(1);
    await highlight(ben, ASKED);
    await eventually(() => card(ben, ASKED).innerText()).toContain('Not shared');
    // Ana never gets it.
    await ana.waitForTimeout(500);
    expect(await card(ana, ASKED).count()).toBe(0);
  });

  it('carries an article’s corrected title and address to the other device without a reload', async () => {
    const { first: { url }, ana, ben } = await serverAndTwoDevices();
    await connect(ana, url, WRITE_KEY, 'Ana');
    await connect(ben, url, WRITE_KEY, 'Ben');
    await eventually(() => syncStatus(ben).textContent()).toBe('Synced');
    const shippedTitle = await ben.title();

    await ana.getByRole('button', { name: 'Edit article details' }).click();
    const dialog = ana.getByRole('dialog', { name: 'Article details' });
    await dialog.getByLabel('Title').fill(RENAMED);
    await dialog.getByLabel('Original address').fill('https://www.presstv.ir/Detail/2015/10/10/432603');
    await dialog.getByLabel('Title').press('Enter');
    await dialog.waitFor({ state: 'detached' });

    await eventually(() => ben.title()).toBe(`${RENAMED} · Marginalia`);
    expect(await ben.locator('.kicker').textContent()).toContain(`listed as “${RENAMED}”`);
    expect(shippedTitle).not.toContain(RENAMED);
  });

  it('brings an article pasted on one device, with its annotation, into the other’s library', async () => {
    const { first: { url }, ana, ben } = await serverAndTwoDevices();
    await connect(ana, url, WRITE_KEY, 'Ana');
    await connect(ben, url, WRITE_KEY, 'Ben');

    await ana.getByRole('button', { name: 'Open article', exact: true }).click();
    const dialog = ana.getByRole('dialog', { name: 'Open article' });
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(PASTED);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await ana.locator('article h1', { hasText: 'Council approves the new bridge' }).waitFor();
    await highlight(ana, 'Construction starts in May');

    await ben.getByRole('button', { name: 'Library' }).click();
    const item = ben.getByRole('list', { name: 'Articles' }).getByRole('listitem').filter({ hasText: 'Council approves the new bridge' });
    await eventually(() => item.innerText()).toContain('1 annotation');
    await item.getByRole('link', { name: 'Council approves the new bridge' }).click();
    await ben.locator('article h1', { hasText: 'Council approves the new bridge' }).waitFor();
    await eventually(() => card(ben, 'Construction starts in May').innerText()).toContain('by Ana');
  });
});
