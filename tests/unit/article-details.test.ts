import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/core/library/library-entries';
import { articleText, headlineOf } from '../../src/core/model/article';
import { detailsOf, readArticleDetails, withDetails, type ArticleDetails } from '../../src/core/model/article-details';
import { checkArticleDetails, dayOf } from '../../src/core/model/article-details-check';
import { toClaimReviewDocument } from '../../src/core/exchange/claim-review';
import { toHtmlReport } from '../../src/core/exchange/html-report';
import { toMarkdownReport } from '../../src/core/exchange/markdown';
import { toW3CCollection } from '../../src/core/exchange/w3c';
import { annotationOn, article } from './support/fact-checks';

const NOW = new Date('2026-12-04T10:00:00Z');
const REPORT = { now: NOW, publisher: null, renderNote: (markdown: string) => `<p>${markdown}</p>`, claimReviewJson: null };

const corrected: ArticleDetails = {
  title: 'US asked Russia to spare al-Nusra, Lavrov says',
  source: 'Press TV',
  address: 'https://www.presstv.ir/Detail/2016/05/27/480000',
  published: '2016-05-27',
};

describe('an article with edited details', () => {
  it('is called by its new title and keeps its text, headline, id and IRI', () => {
    const described = withDetails(article, corrected);
    expect(described.title).toBe(corrected.title);
    expect(headlineOf(described)).toBe(article.title);
    expect(articleText(described)).toBe(articleText(article));
    expect(described.blocks).toBe(article.blocks);
    expect([described.id, described.iri]).toEqual([article.id, article.iri]);
    expect(described.source).toEqual({ name: 'Press TV', republishedBy: 'Global Research', url: corrected.address });
    expect(described.published).toBe('2016-05-27');
  });

  it('keeps the first headline when edited twice, and is the article itself when nothing changed', () => {
    const twice = withDetails(withDetails(article, corrected), { ...corrected, title: 'A third name' });
    expect(headlineOf(twice)).toBe(article.title);
    expect(articleText(twice)).toBe(articleText(article));
    expect(withDetails(article, detailsOf(article))).toBe(article);
    expect(withDetails(article, null)).toBe(article);
  });

  it('drops the source when its name and address are cleared, and a republisher with the name', () => {
    expect(withDetails(article, { ...corrected, source: '', address: '' }).source).toBeUndefined();
    expect(withDetails(article, { ...corrected, source: '' }).source).toEqual({ name: '', url: corrected.address });
  });

  it('is what every export names and dates', () => {
    const described = withDetails(article, corrected);
    const annotations = [annotationOn('Fear of hitting the US-backed militants', { verdict: 'misleading', note: 'Paraphrase.' })];
    const markdown = toMarkdownReport(described, annotations, NOW);
    expect(markdown).toContain('# Fact-check report: US asked Russia to spare al-Nusra, Lavrov says');
    expect(markdown).toContain(`**Source:** Press TV, republished by Global Research — <${corrected.address}>`);
    expect(markdown).toContain('**Published:** 2016-05-27');
    const html = toHtmlReport(described, annotations, REPORT);
    expect(html).toContain('<h1>US asked Russia to spare al-Nusra, Lavrov says</h1>');
    expect(html).toContain(`href="${corrected.address}"`);
    const w3c = toW3CCollection(described, annotations, NOW);
    expect(w3c.label).toBe('Annotations on “US asked Russia to spare al-Nusra, Lavrov says”');
    const review = toClaimReviewDocument(described, annotations, { publisher: null, reportUrl: null, now: NOW })['@graph'][0];
    expect(review?.itemReviewed.appearance).toMatchObject({ headline: corrected.title, url: corrected.address, datePublished: '2016-05-27' });
  });

  it('writes a source that is only an address in the reports without an empty name', () => {
    const described = withDetails(article, { ...corrected, source: '' });
    expect(toMarkdownReport(described, [], NOW).split('\n')).toContain(`**Source:** <${corrected.address}>  `);
    expect(toHtmlReport(described, [], REPORT)).toMatch(/<dt>Source<\/dt><dd><a [^>]*>https:\/\/www\.presstv\.ir/);
  });

  it('lists the article in the library by its edited title and source, shipped or stored', () => {
    const details = new Map([
      ['shipped-one', { ...corrected, title: 'Renamed shipped' }],
      ['h-b', { ...corrected, title: 'A renamed own article', source: '' }],
    ]);
    const entries = buildLibrary(
      [{ id: 'shipped-one', title: 'Shipped', source: 'Wire' }],
      [
        { id: 'h-a', title: 'Zebra', source: 'Daily', added: '2026-01-01T00:00:00Z' },
        { id: 'h-b', title: 'Old name', source: 'Courier', added: '2026-01-01T00:00:00Z' },
      ],
      new Map(),
      details,
    );
    expect(entries.map((e) => [e.title, e.source])).toEqual([
      ['A renamed own article', undefined],
      ['Zebra', 'Daily'],
      ['Renamed shipped', 'Press TV'],
    ]);
  });
});

describe('checking what the reader typed in Article details', () => {
  const current = detailsOf(article);

  it('tidies the title and source and completes a bare address with https://', () => {
    expect(checkArticleDetails({ title: '  Two\n lines ', source: ' Press  TV ', address: 'www.presstv.ir/x', published: '' }, current)).toEqual({
      ok: true,
      value: { title: 'Two lines', source: 'Press TV', address: 'https://www.presstv.ir/x', published: '' },
    });
  });

  it('refuses an empty title, a script address and a day that does not exist, saying which field', () => {
    const result = checkArticleDetails({ title: ' ', source: '', address: 'javascript:alert(1)', published: '2016-02-30' }, current);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.title).toBe('An article needs a title.');
    expect(result.errors.address).toMatch(/Only http and https links can be an article’s address/);
    expect(result.errors.published).toMatch(/as a day/);
    expect(result.errors.source).toBeUndefined();
  });

  it('refuses a title longer than 300 characters', () => {
    const result = checkArticleDetails({ ...current, title: 'x'.repeat(301) }, current);
    expect(result.ok ? null : result.errors.title).toMatch(/at most 300 characters \(this one has 301\)/);
  });

  it('keeps the time of a date left on the same day, and a date the field cannot show', () => {
    const timed = { ...current, published: '2016-05-27T09:30:00Z' };
    expect(dayOf(timed.published)).toBe('2016-05-27');
    expect(checkArticleDetails({ ...timed, published: '2016-05-27' }, timed)).toMatchObject({ ok: true, value: { published: '2016-05-27T09:30:00Z' } });
    expect(checkArticleDetails({ ...timed, published: '2016-05-28' }, timed)).toMatchObject({ ok: true, value: { published: '2016-05-28' } });
    expect(checkArticleDetails({ ...timed, published: '' }, timed)).toMatchObject({ ok: true, value: { published: '' } });
    const vague = { ...current, published: 'May 2016' };
    expect(dayOf(vague.published)).toBe('');
    expect(checkArticleDetails({ ...vague, published: '' }, vague)).toMatchObject({ ok: true, value: { published: 'May 2016' } });
  });

  it('reads stored details back, and nothing else', () => {
    expect(readArticleDetails(corrected)).toEqual(corrected);
    expect(readArticleDetails({ ...corrected, title: ' ' })).toBeNull();
    expect(readArticleDetails({ title: 'T' })).toBeNull();
    expect(readArticleDetails('details')).toBeNull();
  });
});
