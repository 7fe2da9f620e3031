import { describe, expect, it } from 'vitest';
import { toHtmlReport } from '../../src/core/exchange/html-report';
import { escapeHtml } from '../../src/core/exchange/html-report';
import { annotationOn, article } from './support/fact-checks';

const now = new Date('2026-05-01T12:00:00.000Z');
const ASKED = 'The United States has asked Russia to stop conducting airstrikes against the al-Nusra Front terrorists in Syria';
/** Stands in for the app's sanitizing renderer (which needs a DOM): marks what it was given. */
const renderNote = (md: string) => `<p data-rendered>${escapeHtml(md)}</p>`;
const base = { now, publisher: { type: 'Organization' as const, name: 'Desk & Daily', url: 'https://daily.example.org/' }, renderNote, claimReviewJson: null };

describe('HTML report', () => {
  const check = annotationOn(ASKED, {
    verdict: 'false',
    note: 'Only Lavrov says so.',
    claim: { summary: 'The US asked Russia to stop', claimant: 'Press TV', scope: 'attribution' },
    evidence: [{ url: 'https://www.reuters.com/x', title: 'Reuters', stance: 'refutes' }],
  });
  const note = annotationOn('televised speech', { note: 'worth a look' });
  const html = toHtmlReport({ ...article, source: { name: 'Press TV', url: 'https://www.globalresearch.ca/x' } }, [note, check], base);

  it('is one self-contained page: styles inside, no script to run, nothing to load', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(html).not.toMatch(/<link|<img|<iframe|@import|url\(/);
    expect(html).toContain("default-src 'none'");
  });

  it('has the title, the source with its address, the publisher, the scorecard and each claim under its fragment', () => {
    expect(html).toContain(`<h1>${escapeHtml(article.title)}</h1>`);
    expect(html).toContain('<a href="https://www.globalresearch.ca/x">');
    expect(html).toContain('Desk &#38; Daily');
    expect(html).toMatch(/<table>.*False<\/th><td>1<\/td>/s);
    expect(html).toContain('<article class="claim" id="claim-1">');
    expect(html).toContain('aria-hidden="true">✗</span> False');
    expect(html).toContain(`<blockquote class="passage">${ASKED}</blockquote>`);
    expect(html).toContain('<strong>Claimant:</strong> Press TV <span class="muted">(organisation)</span>');
    expect(html).toContain('<a href="https://www.reuters.com/x">Reuters</a> <span class="stance stance-refutes">refutes</span>');
    expect(html).toContain('<p data-rendered>Only Lavrov says so.</p>');
    expect(html).toContain('id="note-1"');
  });

  it("keeps the reader's own quotes apart from the passage: only the passage is blockquote.passage, and a quote in the explanation is styled plainer", () => {
    const quoting = annotationOn(ASKED, { verdict: 'false', note: '> what Lavrov said' });
    const page = toHtmlReport(article, [quoting], { ...base, renderNote: () => '<blockquote><p>what Lavrov said</p></blockquote>' });
    expect(page.match(/<blockquote class="passage">/g)).toHaveLength(1);
    expect(page).toContain('<div class="explanation"><blockquote><p>what Lavrov said</p></blockquote></div>');
    expect(page).toMatch(/\.explanation blockquote\{[^}]*font-style:normal/);
    // No bare `blockquote{…}` rule that would style both alike.
    expect(page).not.toMatch(/(^|[}\n>])blockquote\{/m);
  });

  it('escapes every string it writes itself, and embeds the ClaimReview block only when given', () => {
    const hostile = annotationOn(ASKED, { verdict: 'false', claim: { claimant: '<img src=x onerror=alert(1)>' }, tags: ['</style><script>alert(1)</script>'] });
    const page = toHtmlReport({ ...article, title: '<script>alert(1)</script>' }, [hostile], base);
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('application/ld+json');
    const withMarkup = toHtmlReport(article, [hostile], { ...base, claimReviewJson: '{"@context":"https://schema.org"}' });
    expect(withMarkup).toContain('<script type="application/ld+json">{"@context":"https://schema.org"}</script>');
  });

  it('counts and numbers only claims: Opinion and Loaded language are said apart, under Wording and opinion', () => {
    const loaded = annotationOn('Takfiri terrorist group', { verdict: 'loaded-language', note: 'a charged word' });
    const recruited = annotationOn('Since March, al-Nusra Front has recruited 3,000 new militants', { verdict: 'unverified' });
    const page = toHtmlReport(article, [recruited, loaded, check], base);
    expect(page).toMatch(/<tbody>.*False<\/th><td>1<\/td>.*Unverified<\/th><td>1<\/td><\/tr><\/tbody><tfoot><tr><th scope="row">All<\/th><td>2<\/td>/s);
    expect(page).not.toMatch(/Loaded language<\/th>/);
    expect(page).toContain('Not counted as claims: Loaded language 1 (they judge wording or opinion, not facts).');
    // Document order: the False claim (first paragraph) is 1, the Unverified one (tenth) is 2; the loaded word between them takes no number.
    expect(page.indexOf('id="claim-1"')).toBeLessThan(page.indexOf('<blockquote class="passage">The United States'));
    expect(page).toMatch(/id="claim-2"><h3>[^]*?Unverified<\/h3><blockquote class="passage">Since March/);
    expect(page).not.toContain('id="claim-3"');
    expect(page).toMatch(/<h2>Wording and opinion<\/h2><article class="mark" id="mark-1">[^]*?Loaded language<\/h3><blockquote class="passage">Takfiri terrorist group/);
    expect(toHtmlReport(article, [loaded], base)).toMatch(/No claim has been rated yet\.<\/p><p class="muted">Not counted as claims: Loaded language 1/);
  });

  it('says so when nothing is rated', () => {
    expect(toHtmlReport(article, [], base)).toContain('No claim has been rated yet.');
  });
});
