import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HTML_PAYLOADS, MARKDOWN_PAYLOADS, URL_PAYLOADS } from '../fixtures/xss-payloads';
import { shippedAnnotatable } from '../support/shipped-article';
import { annotationItems, useBrowser } from './support/app';
import { editor, eventually, openEditor } from './support/reader';

const app = useBrowser();
const PASSAGE = 'particularly around the city of Aleppo';

/** Everything that would show an injection ran: a flag set by the payloads, dialogs, requests off this machine. */
async function watch(page: Page) {
  const seen = { dialogs: [] as string[], offsite: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const host = new URL(r.url()).hostname;
    if (!['127.0.0.1', 'localhost'].includes(host) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) seen.offsite.push(r.url());
  });
  return seen;
}

/** Nothing ran and nothing that could run was added to the page. */
async function expectNothingRan(page: Page, seen: { dialogs: string[]; offsite: string[] }) {
  const dom = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss ?? null,
    handlers: Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
    scripts: Array.from(document.querySelectorAll('script')).filter((s) => !s.src).length,
    frames: document.querySelectorAll('iframe, object, embed, frame').length,
    dangerousLinks: Array.from(document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]'))
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('xlink:href') ?? '')
      .filter((v) => /^\s*(javascript|data|vbscript):/i.test(v)),
    images: document.querySelectorAll('img').length,
  }));
  expect(dom).toEqual({ flag: null, handlers: [], scripts: 0, frames: 0, dangerousLinks: [], images: 0 });
  expect(seen.dialogs).toEqual([]);
  expect(seen.offsite).toEqual([]);
}

/** The panel's visible text, white space folded. */
async function panelText(page: Page): Promise<string> {
  return ((await page.getByRole('complementary', { name: 'Annotations' }).textContent()) ?? '').replace(/\s+/g, ' ');
}

const fold = (s: string) => s.replace(/\s+/g, ' ');

/** Every payload appears, as the text it is, in the panel (notes render lazily, so this waits). */
async function expectShownAsText(page: Page, payloads: readonly string[]) {
  await eventually(async () => {
    const text = await panelText(page);
    return payloads.filter((p) => !text.includes(fold(p)));
  }).toEqual([]);
}

describe('The injection detector', () => {
  it('does notice a payload that runs (so that its silence below means something)', async () => {
    const { page } = await app.open();
    const seen = await watch(page);
    // The CSP stops this handler from running; the detector must still see the element it left.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.__xss=1">'));
    await expect(expectNothingRan(page, seen)).rejects.toThrow(/handlers/);
  });
});

describe('Injection payloads through the editor', () => {
  it('notes and tags keep every HTML payload as text and run none of them', async () => {
    const { page, errors } = await app.open();
    const seen = await watch(page);
    for (const payload of HTML_PAYLOADS) {
      const dialog = await openEditor(page, PASSAGE);
      await dialog.getByRole('textbox', { name: 'Note' }).fill(payload);
      await dialog.getByRole('textbox', { name: 'Tags' }).fill(payload);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await eventually(() => annotationItems(page).count()).toBe(HTML_PAYLOADS.length);
    // Rendered Markdown arrives lazily; wait for the last note to be rendered, then look.
    await expectShownAsText(page, HTML_PAYLOADS);
    await expectNothingRan(page, seen);

    await page.reload();
    await page.locator('article[data-interactive] h1').waitFor();
    await eventually(() => annotationItems(page).count()).toBe(HTML_PAYLOADS.length);
    await expectNothingRan(page, seen);
    expect(errors).toEqual([]);
  });

  it('Markdown link and image tricks in a note render as plain labels, never as script or remote loads', async () => {
    const { page, errors } = await app.open();
    const seen = await watch(page);
    for (const payload of MARKDOWN_PAYLOADS) {
      const dialog = await openEditor(page, PASSAGE);
      await dialog.getByRole('textbox', { name: 'Note' }).fill(payload);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await eventually(() => annotationItems(page).count()).toBe(MARKDOWN_PAYLOADS.length);
    await eventually(async () => {
      const text = await panelText(page);
      return ['md link', 'md mixed case', 'md data', 'md vbscript', '[image: md image]', 'md ref'].filter((label) => !text.includes(label));
    }).toEqual([]);
    await expectNothingRan(page, seen);
    expect(errors).toEqual([]);
  });

  it('refuses every non-web source URL with a message, and shows a web URL with markup in it as a plain link', async () => {
    const { page } = await app.open();
    const seen = await watch(page);
    const dialog = await openEditor(page, PASSAGE, 'Fact-check');
    const url = dialog.getByRole('textbox', { name: 'Source URL' });
    for (const payload of URL_PAYLOADS) {
      await url.fill(payload);
      await dialog.getByRole('button', { name: 'Add source' }).click();
      expect(await url.getAttribute('aria-invalid')).toBe('true');
      expect(await dialog.getByRole('button', { name: /^Remove source/ }).count()).toBe(0);
    }
    await url.fill('https://example.org/?q=<script>window.__xss=1</script>');
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await dialog.getByRole('radio', { name: 'Unverified', exact: true }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await editor(page).waitFor({ state: 'detached' });
    const link = annotationItems(page).first().getByRole('link');
    expect(await link.getAttribute('href')).toBe('https://example.org/?q=%3Cscript%3Ewindow.__xss=1%3C/script%3E');
    await expectNothingRan(page, seen);
  });
});

describe('Injection payloads through the fact-check fields', () => {
  it('source titles, claimants and claim summaries keep every payload as text and run none', async () => {
    const { page, errors } = await app.open();
    const seen = await watch(page);
    for (const payload of HTML_PAYLOADS) {
      const dialog = await openEditor(page, PASSAGE, 'Fact-check');
      await dialog.getByRole('radio', { name: 'Misleading', exact: true }).check();
      await dialog.getByRole('textbox', { name: 'Claim summary' }).fill(payload);
      await dialog.getByRole('textbox', { name: 'Claimant' }).fill(payload);
      await dialog.getByRole('textbox', { name: 'Source URL' }).fill('https://example.org/evidence');
      await dialog.getByRole('button', { name: 'Add source' }).click();
      await dialog.getByRole('textbox', { name: /^Title/ }).fill(payload);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await eventually(() => annotationItems(page).count()).toBe(HTML_PAYLOADS.length);
    // Claimants and source titles in full; summaries are held to 75 characters, so their start.
    await expectShownAsText(page, HTML_PAYLOADS);
    await expectShownAsText(page, HTML_PAYLOADS.map((p) => p.slice(0, 40)));
    await expectNothingRan(page, seen);
    expect(errors).toEqual([]);
  });
});

describe('Injection payloads through imported files', () => {
  const text = shippedAnnotatable.text;
  const start = text.indexOf(PASSAGE);
  const position = { start: shippedAnnotatable.map.toCodePoint(start), end: shippedAnnotatable.map.toCodePoint(start + PASSAGE.length) };
  const payloads = [...HTML_PAYLOADS, ...MARKDOWN_PAYLOADS];

  /** A W3C annotation (as another tool might write it) with a payload in each of its text fields. */
  function hostileAnnotation(payload: string, i: number) {
    return {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-01T00:00:00Z',
      modified: '2026-01-01T00:00:00Z',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: payload },
        { type: 'TextualBody', purpose: 'tagging', value: payload },
        { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/evidence', 'mg:title': payload },
      ],
      target: {
        source: shippedAnnotatable.source,
        selector: [
          { type: 'TextQuoteSelector', exact: PASSAGE, prefix: payload, suffix: payload },
          { type: 'TextPositionSelector', ...position },
        ],
      },
    };
  }

  async function importFile(page: Page, name: string, content: unknown) {
    const path = join(tmpdir(), `${Date.now()}-${name}`);
    await writeFile(path, JSON.stringify(content));
    await page.getByLabel('Import annotations').setInputFiles(path);
  }

  it('a W3C file with payloads in every text field imports as text and runs nothing', async () => {
    const { page, errors } = await app.open();
    const seen = await watch(page);
    await importFile(page, 'hostile.jsonld', payloads.map(hostileAnnotation));
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await preview.waitFor();
    await expectNothingRan(page, seen);
    await preview.getByRole('button', { name: 'Import' }).click();
    await eventually(() => annotationItems(page).count()).toBe(payloads.length);
    await expectShownAsText(page, HTML_PAYLOADS);
    await expectNothingRan(page, seen);
    expect(errors).toEqual([]);
  });

  it('a file whose evidence links are javascript: or data: URLs is refused with an alert, and nothing is stored', async () => {
    const { page } = await app.open();
    const seen = await watch(page);
    const bad = hostileAnnotation('note', 1);
    bad.body[2] = { type: 'SpecificResource', purpose: 'linking', source: 'javascript:window.__xss=1', 'mg:title': 'x' };
    const worse = hostileAnnotation('note', 2);
    worse.body[2] = { type: 'SpecificResource', purpose: 'linking', source: 'data:text/html,<script>window.__xss=1</script>', 'mg:title': 'x' };
    await importFile(page, 'bad-links.jsonld', [bad, worse]);
    await eventually(async () => (await page.getByRole('alert').allTextContents()).join(' ')).toMatch(/javascript|link|URL/i);
    expect(await annotationItems(page).count()).toBe(0);
    await expectNothingRan(page, seen);
  });

  it('a Hypothesis export with payloads in text and tags imports as text and runs nothing', async () => {
    const { page, errors } = await app.open();
    const seen = await watch(page);
    await importFile(page, 'hypothesis.json', {
      export_date: '2026-01-01T00:00:00Z',
      export_userid: 'acct:tester@hypothes.is',
      client_version: '1.0',
      annotations: HTML_PAYLOADS.map((payload, i) => ({
        id: `hyp${i}`,
        created: '2026-01-01T00:00:00Z',
        updated: '2026-01-01T00:00:00Z',
        uri: shippedAnnotatable.source,
        text: payload,
        tags: [payload],
        target: [{ source: shippedAnnotatable.source, selector: [{ type: 'TextQuoteSelector', exact: PASSAGE, prefix: '', suffix: '' }] }],
      })),
    });
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await preview.waitFor();
    await preview.getByRole('button', { name: 'Import' }).click();
    await eventually(() => annotationItems(page).count()).toBe(HTML_PAYLOADS.length);
    await expectShownAsText(page, HTML_PAYLOADS);
    await expectNothingRan(page, seen);
    expect(errors).toEqual([]);
  });
});
