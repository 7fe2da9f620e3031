import { screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { serializeW3CCollection } from '../../src/core/exchange/w3c';
import type { Annotation } from '../../src/core/model/annotation';
import type { MarginaliaDb } from '../../src/storage/db';
import { article as fixtureArticle, everyKind, NOW } from '../fixtures/imports/annotations';
import { appStatus, testServices } from './render';
import { panel, renderAppWith } from './shipped-article';

const fileOf = (text: string, name = 'annotations.jsonld') => new File([text], name, { type: 'application/ld+json' });
const ourExport = (annotations: Annotation[] = everyKind()) => fileOf(serializeW3CCollection(fixtureArticle, annotations, NOW));
const fixture = (name: string) => readFileSync(`tests/fixtures/imports/${name}`, 'utf8');

const importInput = () => screen.getByLabelText('Import annotations') as HTMLInputElement;
const preview = () => screen.findByRole('dialog', { name: 'Import preview' });
/** The preview's four counts, each as its text (with its nested list of reasons or articles, if any). */
const counts = (dialog: HTMLElement) => Array.from(within(dialog).getByRole('list', { name: 'What the import will do' }).children, (li) => li.textContent);
const snapshot = async (db: MarginaliaDb) => (await db.annotations.toArray()).sort((a, b) => a.id.localeCompare(b.id));

describe('The Import button', () => {
  it('sits next to Export and opens a file chooser for .json and .jsonld files, reachable by keyboard', async () => {
    const { user } = await renderAppWith([]);
    const actions = screen.getByRole('navigation', { name: 'Article actions' });
    const button = within(actions).getByRole('button', { name: 'Import' });
    expect(within(actions).getByRole('button', { name: 'Export' }).parentElement?.nextElementSibling).toBe(button);
    const input = importInput();
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json,.jsonld,application/json,application/ld+json');
    expect(input.tabIndex).toBe(-1);
    const opened = vi.spyOn(input, 'click');
    button.focus();
    await user.keyboard('{Enter}');
    expect(opened).toHaveBeenCalledTimes(1);
  });
});

describe('Importing a file', () => {
  it('says it is reading a file that takes a while, with a progress bar, until the preview opens', async () => {
    const { user } = await renderAppWith([]);
    const file = ourExport();
    const text = await file.text();
    let release: () => void = () => undefined;
    const slow = Object.assign(file, { text: () => new Promise<string>((resolve) => (release = () => resolve(text))) });
    await user.upload(importInput(), slow);
    const reading = await screen.findByRole('status', { name: (_, el) => el.textContent?.startsWith('Reading “annotations.jsonld”…') ?? false });
    expect(within(reading).getByRole('progressbar', { name: 'Reading progress' })).toBeInTheDocument();
    release();
    await preview();
    expect(screen.queryByRole('progressbar', { name: 'Reading progress' })).not.toBeInTheDocument();
  });

  it('previews the counts, writes nothing until Import, then lists the annotations and says how many', async () => {
    const { user, services } = await renderAppWith([]);
    await user.upload(importInput(), ourExport());
    const dialog = await preview();
    expect(within(dialog).getByText('annotations.jsonld')).toBeInTheDocument();
    expect(counts(dialog)).toEqual([
      '4 new annotations',
      '0 updates of annotations stored here (the file’s version is newer)',
      '0 skipped',
      '0 for another article: kept, and shown when that article is open',
    ]);
    expect(await services.db.annotations.count()).toBe(0);
    expect(within(dialog).getByRole('button', { name: 'Import' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Import preview' })).toBeNull());
    expect(await within(panel()).findAllByRole('listitem')).toHaveLength(4);
    expect(within(panel()).getByText('Orphaned')).toBeInTheDocument();
    expect(appStatus()).toHaveTextContent('Imported 4 annotations.');
    expect(await snapshot(services.db)).toEqual(everyKind().map((a) => ({ ...a, articleId: a.target.articleId })));
  });

  it('updates an older stored version, skips a newer one, and Undo puts both back as they were', async () => {
    const [highlight, note] = everyKind() as [Annotation, Annotation];
    const services = testServices();
    const { user } = await renderAppWith([note, { ...highlight, tags: ['mine, newer'], modified: '2027-01-01T00:00:00.000Z' }], services);
    const before = await snapshot(services.db);
    const edited = { ...note, note: 'Edited on the other computer.', modified: '2026-04-01T00:00:00.000Z' };
    await user.upload(importInput(), ourExport([highlight, edited]));
    const dialog = await preview();
    expect(counts(dialog)).toEqual([
      '0 new annotations',
      '1 update of annotations stored here (the file’s version is newer)',
      '1 skipped1: the version stored here is newer',
      '0 for another article: kept, and shown when that article is open',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await within(panel()).findByText('Edited on the other computer.');
    expect(within(panel()).getByText('mine, newer')).toBeInTheDocument();
    expect(appStatus()).toHaveTextContent('Imported 1 annotation.');

    await user.click(within(appStatus()).getByRole('button', { name: 'Undo' }));
    await within(panel()).findByText(note.note.split('\n')[0] as string, { exact: false });
    expect(await snapshot(services.db)).toEqual(before);
  });

  it('keeps annotations of another article, says which article, and does not show them here', async () => {
    const { user, services } = await renderAppWith([]);
    await user.upload(importInput(), fileOf(fixture('other-tool-w3c.jsonld')));
    const dialog = await preview();
    expect(within(dialog).getByText(/W3C Web Annotations/)).toBeInTheDocument();
    expect(counts(dialog)).toEqual([
      '3 new annotations',
      '0 updates of annotations stored here (the file’s version is newer)',
      '1 skipped1: notes on a whole page, not on a passage',
      '1 for another article: kept, and shown when that article is open1: https://news.example.com/another-article (not in your library yet: open that article to see them)',
    ]);
    expect(within(dialog).getByRole('list', { name: 'Notes on this file' })).toHaveTextContent('HTML or script markup. It is kept as plain text and never run.');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(panel()).findAllByRole('listitem')).toHaveLength(3);
    expect(appStatus()).toHaveTextContent('Imported 4 annotations. 1 of them belongs to another article and is shown there.');
    expect((await services.db.annotations.where('articleId').equals('https://news.example.com/another-article').toArray()).map((a) => a.id)).toEqual([
      'https://annotations.example.org/anno/3',
    ]);
  });

  it('shows HTML and script from a file as text: no element is made from it', async () => {
    const [, note] = everyKind() as [Annotation, Annotation];
    const hostile = { ...note, note: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>', tags: ['<b>bold</b>'] };
    const { user } = await renderAppWith([]);
    await user.upload(importInput(), ourExport([hostile]));
    await user.click(within(await preview()).getByRole('button', { name: 'Import' }));
    const [card] = await within(panel()).findAllByRole('listitem');
    expect(card).toHaveTextContent('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>');
    expect(card).toHaveTextContent('<b>bold</b>');
    expect(card?.querySelector('img, script, b')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says there is nothing to import when the file changes nothing, and offers only Close', async () => {
    const { user, services } = await renderAppWith(everyKind());
    await user.upload(importInput(), ourExport());
    const dialog = await preview();
    expect(within(dialog).getByText('Nothing to import: this file would not change your annotations.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Import' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Import preview' })).toBeNull());
    expect(await services.db.annotations.count()).toBe(4);
  });

  it('writes nothing on Cancel and returns focus to the Import button', async () => {
    const { user, services } = await renderAppWith([]);
    const button = screen.getByRole('button', { name: 'Import' });
    button.focus();
    await user.upload(importInput(), ourExport());
    await user.click(within(await preview()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Import preview' })).toBeNull();
    expect(button).toHaveFocus();
    expect(await services.db.annotations.count()).toBe(0);
    expect(within(panel()).queryAllByRole('listitem')).toHaveLength(0);
  });
});

describe('A file that cannot be imported', () => {
  it.each([
    ['not JSON', '<html><body>Not found</body></html>', /“bad\.json” was not imported\. The file is not valid JSON at line 1, column 1/],
    ['JSON of another shape', '{"bookmarks": []}', /not annotations: its top level has “bookmarks”/],
    ['an empty collection', JSON.stringify({ type: 'AnnotationCollection', total: 0 }), /empty annotation collection/],
    ['deeply nested JSON', `${'['.repeat(5000)}${']'.repeat(5000)}`, /more than 32 levels deep \(line 1, column 33\)/],
    ['a javascript: evidence link', serializeW3CCollection(fixtureArticle, everyKind(), NOW).replace('https://example.net/', 'javascript:alert(1)'), /Annotation 3 .*“body\[6\]\.source” links to “javascript:alert\(1\)”/],
  ])('shows an alert naming the problem (%s) and leaves the stored annotations as they were', async (_name, text, message) => {
    const [stored] = everyKind() as [Annotation];
    const { user, services } = await renderAppWith([stored]);
    const before = await snapshot(services.db);
    await user.upload(importInput(), fileOf(text, 'bad.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('dialog', { name: 'Import preview' })).toBeNull();
    expect(await snapshot(services.db)).toEqual(before);
    expect(within(panel()).getAllByRole('listitem')).toHaveLength(1);
  });

  it('refuses a file over the size limit from its size alone, without reading it', async () => {
    const { user } = await renderAppWith([]);
    const huge = fileOf('[]', 'huge.jsonld');
    Object.defineProperty(huge, 'size', { value: 25 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    await user.upload(importInput(), huge);
    expect(await screen.findByRole('alert')).toHaveTextContent('“huge.jsonld” was not imported. The file is 25 MB; files over 20 MB are not read.');
    expect(read).not.toHaveBeenCalled();
  });

  it('writes nothing and says so when storage refuses the import halfway', async () => {
    const services = testServices();
    const { user } = await renderAppWith([everyKind()[3] as Annotation], services);
    const before = await snapshot(services.db);
    services.db.annotations.hook('creating', (_key, record) => {
      if (record.id === everyKind()[2]?.id) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.upload(importInput(), ourExport(everyKind().slice(0, 3)));
    await user.click(within(await preview()).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Nothing was imported: the browser has no room left to store annotations.'));
    expect(screen.queryByRole('dialog', { name: 'Import preview' })).toBeNull();
    expect(await snapshot(services.db)).toEqual(before);
    expect(within(panel()).getAllByRole('listitem')).toHaveLength(1);
  });
});
