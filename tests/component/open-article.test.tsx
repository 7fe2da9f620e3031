import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { articleText } from '../../src/core/model/article';
import { annotateStored, articleFromText, libraryServices, renderAppAt, resetAddress, storeArticle } from './library-helpers';
import { panel } from './shipped-article';

afterEach(resetAddress);

const PASTED = 'Council approves the new bridge\n\nThe city council voted 7 to 2 on Tuesday to fund the bridge.\n\nConstruction starts in May, the mayor said.';

async function openDialog(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: 'Open article' }));
  return screen.findByRole('dialog', { name: 'Open article' });
}

describe('Open article: pasted text', () => {
  it('fills Title from the first line, lets it be edited, and opens the article at its own address', async () => {
    const { user, services } = await renderAppAt('');
    const dialog = await openDialog(user);
    const text = within(dialog).getByRole('textbox', { name: 'Article text' });
    // The dialog moves focus in its mount effect, which can run after it is in the DOM (a lazy dialog).
    await waitFor(() => expect(text).toHaveFocus());
    await user.click(text);
    await user.paste(PASTED);
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title).toHaveValue('Council approves the new bridge'));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Found 2 paragraphs');
    await user.clear(title);
    await user.type(title, 'Bridge vote');
    await user.type(within(dialog).getByRole('textbox', { name: 'Source' }), 'City Gazette');
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Bridge vote' });
    expect(screen.queryByRole('dialog', { name: 'Open article' })).not.toBeInTheDocument();
    const expected = articleFromText(PASTED, 'Bridge vote', 'City Gazette');
    expect(window.location.hash).toBe(`#/a/${expected.id}`);
    expect(heading.closest('article')?.textContent).toBe(articleText(expected));
    expect(screen.getByText('City Gazette')).toBeInTheDocument();
    const stored = await services.db.articles.get(expected.id);
    expect(stored).toMatchObject({ title: 'Bridge vote', source: { name: 'City Gazette' }, added: '2026-05-01T12:00:00.000Z' });
  });

  it('opens with Ctrl+Enter from the text box, and Escape closes the dialog without opening anything', async () => {
    const { user } = await renderAppAt('');
    let dialog = await openDialog(user);
    await user.keyboard('{Escape}');
    expect(dialog).not.toBeInTheDocument();
    dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('textbox', { name: 'Article text' }));
    await user.paste(PASTED);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Council approves the new bridge' })).toBeInTheDocument();
  });

  it('finds the same article, with its annotations, when the same text is opened again', async () => {
    const services = libraryServices();
    const article = await storeArticle(services, articleFromText(PASTED, 'My bridge story'));
    await annotateStored(services, article, 'voted 7 to 2', { note: 'Check the minutes' });
    const { user } = await renderAppAt('', services);
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('textbox', { name: 'Article text' }));
    // The same words with other line endings and trailing spaces.
    await user.paste(PASTED.replace(/\n/g, '  \r\n'));
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('Already in your library as “My bridge story” with 1 annotation'));
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My bridge story' })).toBeInTheDocument();
    expect(await within(panel()).findByText('Check the minutes')).toBeInTheDocument();
    expect(await services.db.articles.count()).toBe(1);
  });
});

describe('Open article: files', () => {
  it('opens a Markdown file chosen in the file input, with headings, lists and emphasis', async () => {
    const { user } = await renderAppAt('');
    const dialog = await openDialog(user);
    const md = '# Budget notes\n\nThe budget *doubled* in two years.\n\n## Items\n\n- roads\n- schools\n';
    await user.upload(within(dialog).getByLabelText('Article file'), new File([md], 'budget.md', { type: 'text/markdown' }));
    expect(within(dialog).getByText('budget.md')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue('Budget notes'));
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Budget notes' });
    const articleEl = heading.closest('article') as HTMLElement;
    expect(within(articleEl).getByRole('heading', { level: 2, name: 'Items' })).toBeInTheDocument();
    expect(within(articleEl).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['roads', 'schools']);
    expect(articleEl.querySelector('em')?.textContent).toBe('doubled');
    expect(articleEl.textContent).toBe('Budget notes\n\nThe budget doubled in two years.\n\nItems\n\nroads\n\nschools');
  });

  it('opens a dropped HTML file, sanitized: title and source from the page, no script, style, frame or remote image', async () => {
    const { user } = await renderAppAt('');
    const dialog = await openDialog(user);
    const html = `<html><head><title>Ignored | Wire</title><meta property="og:title" content="Port strike ends"><meta property="og:site_name" content="Wire Service">
      <script>window.__opened = true</script><style>article{display:none}</style></head>
      <body><h1>Port strike ends</h1><p>Dockers <a href="https://wire.example/a">returned</a> on Monday <img src="https://evil.example/x.gif" onerror="window.__opened=1">.</p>
      <iframe src="https://evil.example"></iframe><p><a href="javascript:alert(1)">Talks</a> lasted a week.</p></body></html>`;
    fireEvent.drop(dialog.querySelector('form') as HTMLFormElement, { dataTransfer: { files: [new File([html], 'strike.html', { type: 'text/html' })], types: ['Files'] } });
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue('Port strike ends'));
    expect(within(dialog).getByRole('textbox', { name: 'Source' })).toHaveValue('Wire Service');
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    const articleEl = (await screen.findByRole('heading', { level: 1, name: 'Port strike ends' })).closest('article') as HTMLElement;
    expect(articleEl.textContent).toBe('Port strike ends\n\nDockers returned on Monday .\n\nTalks lasted a week.');
    expect(articleEl.querySelectorAll('script, style, iframe, img, svg')).toHaveLength(0);
    const links = Array.from(articleEl.querySelectorAll('a'));
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('rel')])).toEqual([['https://wire.example/a', 'noopener noreferrer nofollow']]);
    expect((window as { __opened?: unknown }).__opened).toBeUndefined();
  });

  it('opens a file dropped anywhere on the page in the dialog', async () => {
    await renderAppAt('');
    await screen.findByRole('button', { name: 'Open article' });
    const event = new Event('drop', { bubbles: true, cancelable: true });
    Object.assign(event, { dataTransfer: { files: [new File(['A title\n\nSome text.'], 'note.txt', { type: 'text/plain' })], types: ['Files'] } });
    window.dispatchEvent(event);
    const dialog = await screen.findByRole('dialog', { name: 'Open article' });
    expect(event.defaultPrevented).toBe(true);
    expect(within(dialog).getByText('note.txt')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue('A title'));
  });
});

describe('Open article: errors say what to do', () => {
  it('asks for text or a file when there is nothing to open', async () => {
    const { user } = await renderAppAt('');
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('There is nothing to open yet. Paste the article’s text, or choose or drop a .txt, .md or .html file.');
  });

  it('refuses a file of another kind, an empty file, and a page with no text', async () => {
    const { user } = await renderAppAt('');
    const dialog = await openDialog(user);
    const input = within(dialog).getByLabelText('Article file');
    const alert = () => within(dialog).findByRole('alert');

    // The input's accept list hides it in a file chooser; a dropped one still gets a clear answer.
    fireEvent.drop(dialog.querySelector('form') as HTMLFormElement, { dataTransfer: { files: [new File(['\x89PNG'], 'photo.png', { type: 'image/png' })], types: ['Files'] } });
    expect(await alert()).toHaveTextContent('“photo.png” is not a text, Markdown or HTML file. Choose a .txt, .md or .html file, or paste the article’s text.');

    await user.upload(input, new File([''], 'empty.txt', { type: 'text/plain' }));
    expect(await alert()).toHaveTextContent('The file “empty.txt” has no text in it.');

    await user.upload(input, new File(['<html><body><script>app()</script><div id="root"></div></body></html>'], 'app.html', { type: 'text/html' }));
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent(/“app\.html” has no text to read.*paste it instead/));
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('has no text to read');
    expect(window.location.hash).toBe('');
  });

  it('refuses an emptied title', async () => {
    const { user } = await renderAppAt('');
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('textbox', { name: 'Article text' }));
    await user.paste(PASTED);
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title).toHaveValue('Council approves the new bridge'));
    await user.clear(title);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Give the article a title: it is shown as its heading.');
  });

  it('keeps the dialog and the text when storage refuses the article', async () => {
    const services = libraryServices();
    services.db.articles.hook('creating', () => {
      throw new Error('QuotaExceededError');
    });
    const { user } = await renderAppAt('', services);
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('textbox', { name: 'Article text' }));
    await user.paste(PASTED);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/could not be saved in this browser.*QuotaExceededError.*try Open again/);
    expect(within(dialog).getByRole('textbox', { name: 'Article text' })).toHaveValue(PASTED);
  });
});
