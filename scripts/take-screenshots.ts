// Takes the screenshots in docs/ from the built app (`npm run build` first): the main states at
// desktop and phone sizes, light and dark. Run with `npm run screenshots`; SCREENSHOTS_DIR=/tmp/x
// writes them elsewhere (a before/after comparison without touching docs/).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browser';
import { serveDist } from '../tests/e2e/support/static-server';

const OUT = process.env.SCREENSHOTS_DIR ?? 'docs';

async function select(page: Page, exact: string): Promise<void> {
  await page.evaluate((exact) => {
    const article = document.querySelector('article') as Element;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(exact);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + exact.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`not found: ${exact}`);
  }, exact);
  await page.getByRole('toolbar', { name: 'Annotate selection' }).waitFor();
}

async function factCheck(page: Page, exact: string, verdict: string, note: string, source?: string): Promise<void> {
  await select(page, exact);
  await page.keyboard.press('f');
  const dialog = page.getByRole('dialog', { name: 'Edit annotation' });
  await dialog.getByRole('radio', { name: verdict, exact: true }).check();
  await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
  if (source) {
    await dialog.getByRole('textbox', { name: 'Source URL' }).fill(source);
    await dialog.getByRole('button', { name: 'Add source' }).click();
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function seed(page: Page): Promise<void> {
  await factCheck(page, 'The United States has asked Russia to stop conducting airstrikes against the al-Nusra Front terrorists in Syria', 'Unverified', 'Attributed to **Lavrov** alone; no US confirmation in the piece.');
  await factCheck(page, 'over 400,000 people have been killed', 'Mostly accurate', 'De Mistura gave this *estimate* in April 2016; it was not an official UN count.', 'https://www.un.org/');
  await factCheck(page, 'Daesh Takfiri terrorist group', 'Loaded language', '“Takfiri” is a pejorative label.');
  await select(page, 'particularly around the city of Aleppo');
  await page.keyboard.press('h');
}

const server = await serveDist();
const browser = await launchChromium();
mkdirSync(OUT, { recursive: true });
try {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('article[data-interactive] h1').waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await seed(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').nth(1).getByRole('button').first().click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${OUT}/screenshot-reader${scheme === 'dark' ? '-dark' : ''}.png` });
    if (scheme === 'light') {
      await select(page, 'Since March, al-Nusra Front has recruited 3,000 new militants');
      await page.screenshot({ path: `${OUT}/screenshot-toolbar.png` });
      await page.keyboard.press('f');
      await page.getByRole('dialog', { name: 'Edit annotation' }).waitFor();
      await page.screenshot({ path: `${OUT}/screenshot-editor.png` });
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Scorecard' }).click();
      await page.getByRole('dialog', { name: 'Scorecard' }).waitFor();
      await page.screenshot({ path: `${OUT}/screenshot-scorecard.png` });
      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      await page.screenshot({ path: `${OUT}/screenshot-shortcuts.png` });
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Library' }).click();
      await page.getByRole('list', { name: 'Articles' }).waitFor();
      await page.screenshot({ path: `${OUT}/screenshot-library.png` });
    }
    await context.close();
  }
  for (const scheme of ['light', 'dark'] as const) {
    const suffix = scheme === 'dark' ? '-dark' : '';
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(server.url);
    await page.locator('article[data-interactive] h1').waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await seed(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${OUT}/screenshot-phone-top${suffix}.png` });
    // A tap on a fact-checked passage opens its card in a sheet where the reader is.
    const claim = await page.evaluate(() => {
      const mark = Array.from(document.querySelectorAll('article p')).find((p) => p.textContent?.includes('over 400,000 people have been killed')) as HTMLElement;
      mark.scrollIntoView({ block: 'center' });
      const node = Array.from(mark.childNodes).find((n) => n.textContent?.includes('over 400,000')) as Text;
      const range = document.createRange();
      const at = (node.textContent ?? '').indexOf('over 400,000');
      range.setStart(node, at);
      range.setEnd(node, at + 4);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.touchscreen.tap(claim.x, claim.y);
    await page.getByRole('region', { name: 'Selected annotation' }).waitFor();
    await page.screenshot({ path: `${OUT}/screenshot-phone-sheet${suffix}.png` });
    await page.getByRole('region', { name: 'Selected annotation' }).getByRole('button', { name: 'Close' }).click();
    await select(page, 'Syria has been gripped by a foreign-backed militancy since March 2011');
    await page.screenshot({ path: `${OUT}/screenshot-phone${suffix}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('complementary', { name: 'Annotations' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/screenshot-phone-panel${suffix}.png` });
    await phone.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots written to ${OUT}/`);
