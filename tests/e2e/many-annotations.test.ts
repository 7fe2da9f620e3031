import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Annotation } from '../../src/core/model/annotation';
import { articleText, type Article } from '../../src/core/model/article';
import { EMPTY_CONTENT, newAnnotation } from '../../src/core/model/new-annotation';
import { useBrowser } from './support/app';
import { eventually } from './support/reader';
import { storeAndReload } from './support/stored-records';
import { annotatableText } from '../../src/core/model/annotatable-text';

const app = useBrowser();
const COUNT = 10_000;
const WORDS = ['harbour', 'ledger', 'orchard', 'meridian', 'lantern', 'quarry', 'tundra', 'citadel'];

/** A long article (about 600 KB) of numbered sentences, and one annotation on each of the first 10,000. */
function longArticle(): { article: Article; annotations: Annotation[] } {
  const sentences = Array.from({ length: COUNT + 200 }, (_, n) => `Sentence ${n} tells of the ${WORDS[n % 8]} and the ${WORDS[(n * 3) % 8]}.`);
  const blocks: Article['blocks'] = [];
  for (let i = 0; i < sentences.length; i += 17) blocks.push({ kind: 'paragraph', text: sentences.slice(i, i + 17).join(' ') });
  const article: Article = { id: 'e2e-long', iri: 'urn:marginalia:e2e:long', title: 'A long article with ten thousand annotations', blocks };
  const text = articleText(article);
  const on = annotatableText(article);
  const annotations = sentences.slice(0, COUNT).map((sentence, n) => {
    const start = text.indexOf(`${sentence} `) >= 0 ? text.indexOf(`${sentence} `) : text.indexOf(sentence);
    const made = newAnnotation(on, { start, end: start + sentence.length }, { ...EMPTY_CONTENT, note: n % 3 === 0 ? `note ${n}` : '' }, `urn:uuid:e2e-${n}`, new Date('2026-01-02T03:04:05Z'));
    if (!made) throw new Error(`no annotation on sentence ${n}`);
    return made;
  });
  return { article, annotations };
}

/** The texts of every range registered as a custom highlight, the active overlay left out. */
function registeredTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (name !== 'mg-active') for (const range of highlight) out.push(range.toString());
    }
    return out;
  });
}

/** A painted passage well inside the viewport, with the point to click it. */
function paintedPassageInView(page: Page): Promise<{ text: string; x: number; y: number } | null> {
  return page.evaluate(() => {
    for (const [name, highlight] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (name === 'mg-active') continue;
      for (const range of highlight) {
        const rect = range.getClientRects()[0];
        if (rect && rect.top > 150 && rect.bottom < window.innerHeight - 150 && rect.width > 40) return { text: range.toString(), x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  });
}

const numberOf = (sentence: string) => Number(/^Sentence (\d+)/.exec(sentence)?.[1] ?? NaN);

describe('A long article with 10,000 annotations', () => {
  it('registers only the passages near the viewport, follows the scroll, and a click activates the passage’s card', async () => {
    const { article, annotations } = longArticle();
    const { page, errors } = await app.open();
    await storeAndReload(page, { articles: [article], annotations });
    await page.goto(`${app.baseUrl}/#/a/${article.id}`);
    await page.getByRole('heading', { level: 1, name: article.title }).waitFor();
    await eventually(async () => (await registeredTexts(page)).length).toBeGreaterThan(0);
    // The panel renders the cards near the screen, each saying where it stands among all of them.
    const cards = page.locator('.card-list > li');
    await eventually(() => cards.count()).toBeGreaterThan(0);
    // (The first 120 are rendered whole until the virtual list's code has loaded.)
    await eventually(() => cards.count()).toBeLessThan(100);
    expect(await cards.first().getAttribute('aria-setsize')).toBe(String(COUNT));
    expect(await cards.first().getAttribute('aria-posinset')).toBe('1');

    // At the top: a window of passages, all from the start of the article.
    const atTop = await registeredTexts(page);
    expect(atTop.length).toBeLessThan(COUNT / 10);
    expect(Math.max(...atTop.map(numberOf))).toBeLessThan(COUNT / 10);

    // Halfway down: the window has moved with the page.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await eventually(async () => Math.min(...(await registeredTexts(page)).map(numberOf))).toBeGreaterThan(COUNT / 5);
    const halfway = await registeredTexts(page);
    expect(halfway.length).toBeLessThan(COUNT / 10);

    // A click on a painted passage in view activates its card (found through the interval index).
    const target = await paintedPassageInView(page);
    expect(target).not.toBeNull();
    if (!target) return;
    await page.mouse.click(target.x, target.y);
    const activeCard = page.locator('.card-list > li[aria-current="true"]');
    await eventually(() => activeCard.locator('.card-quote').innerText()).toContain(target.text);
    expect(await activeCard.count()).toBe(1);
    // Its card, thousands down the list, was rendered and scrolled into the panel's view.
    expect(Number(await activeCard.getAttribute('aria-posinset'))).toBeGreaterThan(COUNT / 5);
    await eventually(() => activeCard.evaluate((card) => {
      const box = card.getBoundingClientRect();
      const panel = (card.closest('.panel') as HTMLElement).getBoundingClientRect();
      return box.top >= panel.top - 1 && box.bottom <= panel.bottom + 1;
    })).toBe(true);

    // Scrolled to its end, the panel shows the last card.
    await page.locator('.panel').evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
    await eventually(() => page.locator(`.card-list > li[aria-posinset="${COUNT}"]`).count()).toBe(1);
    expect(await cards.count()).toBeLessThan(100);

    // Halfway down the panel, the rendered cards follow each other and fill what is visible.
    await page.locator('.panel').evaluate((panel) => panel.scrollTo(0, panel.scrollHeight / 2));
    await eventually(() => cards.first().getAttribute('aria-posinset').then(Number)).toBeGreaterThan(COUNT / 4);
    await eventually(() => page.evaluate(() => {
      const panel = (document.querySelector('.panel') as HTMLElement).getBoundingClientRect();
      const shown = Array.from(document.querySelectorAll('.card-list > li'));
      const positions = shown.map((li) => Number(li.getAttribute('aria-posinset')));
      const contiguous = positions.every((p, i) => i === 0 || p === (positions[i - 1] as number) + 1);
      const top = (shown[0] as Element).getBoundingClientRect().top;
      const bottom = (shown[shown.length - 1] as Element).getBoundingClientRect().bottom;
      return contiguous && top <= panel.top && bottom >= panel.bottom;
    })).toBe(true);
    expect(errors).toEqual([]);
  });

  it('brings a card made active while the list’s code was still loading into the panel', async () => {
    const { article, annotations } = longArticle();
    // No service worker, so that the page's own request for the list's code can be held back.
    const context = await app.browser().newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/VirtualCardList-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(app.baseUrl);
      await page.locator('article[data-interactive] h1').waitFor();
      await storeAndReload(page, { articles: [article], annotations });
      await page.goto(`${app.baseUrl}/#/a/${article.id}`);
      await page.getByRole('heading', { level: 1, name: article.title }).waitFor();
      // The stand-in list: the first cards, rendered whole.
      await eventually(() => page.locator('.card-list > li').count()).toBe(120);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await eventually(() => paintedPassageInView(page)).not.toBeNull();
      const target = await paintedPassageInView(page);
      if (!target) throw new Error('no painted passage in view');
      await page.mouse.click(target.x, target.y);
      release();
      const activeCard = page.locator('.card-list > li[aria-current="true"]');
      await eventually(() => activeCard.count()).toBe(1);
      expect(await activeCard.locator('.card-quote').innerText()).toContain(target.text);
      expect(Number(await activeCard.getAttribute('aria-posinset'))).toBeGreaterThan(COUNT / 5);
    } finally {
      release();
      await context.close();
    }
  });

  it('puts the margin map’s marks beside their passages, sharing one where claims lie too close, and counting all of them', async () => {
    const { article, annotations } = longArticle();
    const verdicts = ['false', 'misleading', 'accurate', 'unverified'] as const;
    // Every fifth annotation is a fact-check: 2,000 of them.
    const checked = annotations.map((a, n) => (n % 5 === 0 ? { ...a, verdict: verdicts[(n / 5) % 4] as Annotation['verdict'] } : a));
    const { page, errors } = await app.open();
    await storeAndReload(page, { articles: [article], annotations: checked });
    await page.goto(`${app.baseUrl}/#/a/${article.id}`);
    await page.getByRole('heading', { level: 1, name: article.title }).waitFor();
    const map = page.getByRole('navigation', { name: 'Fact-check map' });
    const marks = map.getByRole('button');
    await eventually(() => marks.count()).toBeGreaterThan(0);
    const labels = await marks.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    const counted = labels.map((label) => Number(/^(\d+) fact-checks here/.exec(label)?.[1] ?? (label ? 1 : 0)));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(COUNT / 5);
    expect(labels.length).toBeLessThanOrEqual(COUNT / 5);
    expect(labels[0]).toMatch(/“Sentence 0 /);
    // The first mark sits beside the line of the first claim, not somewhere along a scrollbar.
    const line = await page.evaluate(() => {
      const p = document.querySelector('article p') as HTMLElement;
      const node = p.firstChild as Text;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 1);
      const rect = range.getBoundingClientRect();
      return rect.top + rect.height / 2;
    });
    const mark = await marks.first().boundingBox();
    expect(Math.abs((mark?.y ?? 0) + (mark?.height ?? 0) / 2 - line)).toBeLessThan(24);
    await page.screenshot({ path: '/tmp/margin-map-2000.png' });

    // One tab stop; the arrow keys walk the marks, and a mark activates its first claim's card.
    await marks.first().focus();
    await page.keyboard.press('ArrowDown');
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toBe(labels[1]);
    await page.keyboard.press('Enter');
    const active = page.locator('.card-list > li[aria-current="true"]');
    await eventually(() => active.count()).toBe(1);
    expect(await active.getAttribute('class')).toContain('card--fact-check');
    expect(errors).toEqual([]);
  });
});
