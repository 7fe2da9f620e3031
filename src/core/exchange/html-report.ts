import type { Annotation, ClaimScope, EvidenceSource } from '../model/annotation';
import type { Article } from '../model/article';
import { guessClaimantType } from '../model/claim';
import { checkEvidenceUrl } from '../model/evidence-url';
import { ratesClaim, VERDICTS, verdictById } from '../model/fact-check';
import type { PublisherProfile } from '../model/publisher';
import { countVerdicts } from '../model/scorecard';
import { isRatedClaim, numberedClaims } from './report-claims';
import { exportOrder } from './w3c';
import { REPORT_STYLES } from './html-report-styles';

/** What the HTML report needs besides the article and its annotations. */
export interface HtmlReportOptions {
  now: Date;
  publisher: PublisherProfile | null;
  /**
   * A note's Markdown as sanitized HTML: the app's own renderer (marked, then DOMPurify), passed
   * in because sanitizing needs a DOM, which core does not have.
   */
  renderNote: (markdown: string) => string;
  /** The ClaimReview JSON-LD text, already escaped for HTML (stringifyForHtml); null when it cannot be published yet. */
  claimReviewJson: string | null;
}

/**
 * Policy of the report page: nothing may load or run (styles are inline; the JSON-LD block is
 * data, which no policy blocks). A second lock behind the sanitizer if a note ever slipped.
 */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

const SCOPE_TEXT: Record<ClaimScope, string> = {
  attribution: 'the attribution (whether the claimant said it)',
  substance: 'the substance (whether it is true)',
};

/** Text as HTML text or attribute value: every character that means something in HTML is a reference. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An http(s) link around `label` (escaped), or the label alone when the address is not a web link. */
function link(label: string, url: string | undefined): string {
  const check = url ? checkEvidenceUrl(url) : null;
  return check?.ok ? `<a href="${escapeHtml(check.value)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

function utcDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function sourceItem(source: EvidenceSource): string {
  const title = source.title?.trim() || source.url;
  const stance = source.stance ? ` <span class="stance stance-${source.stance}">${source.stance}</span>` : '';
  return `<li>${link(title, source.url)}${stance}</li>`;
}

function header(article: Pick<Article, 'title' | 'source' | 'published'>, options: HtmlReportOptions): string {
  const rows: string[] = [];
  if (article.source) {
    const by = escapeHtml(article.source.name) + (article.source.republishedBy ? `, republished by ${escapeHtml(article.source.republishedBy)}` : '');
    const address = article.source.url && checkEvidenceUrl(article.source.url).ok ? link(article.source.url, article.source.url) : '';
    // A source may be only an address (the reader gave one in Article details but no name).
    const parts = [by, address].filter(Boolean);
    if (parts.length > 0) rows.push(`<dt>Source</dt><dd>${parts.join(' — ')}</dd>`);
  }
  if (article.published) rows.push(`<dt>Published</dt><dd>${escapeHtml(article.published)}</dd>`);
  const publisher = options.publisher?.name.trim();
  if (publisher) rows.push(`<dt>Checked by</dt><dd>${link(publisher, options.publisher?.url)}</dd>`);
  rows.push(`<dt>Report</dt><dd>${utcDate(options.now)}</dd>`);
  return `<header><p class="kicker">Fact-check report</p><h1>${escapeHtml(article.title)}</h1><dl class="meta">${rows.join('')}</dl></header>`;
}

function scorecard(annotations: readonly Annotation[]): string {
  const all = countVerdicts(annotations).filter((c) => c.count > 0);
  const counts = all.filter((c) => ratesClaim(c.verdict));
  // Opinion and Loaded language judge wording, not facts: said under the table, never counted in it (as in the app's Scorecard).
  const others = all.filter((c) => !ratesClaim(c.verdict));
  const notClaims = others.length > 0 ? `<p class="muted">Not counted as claims: ${others.map((c) => `${escapeHtml(c.verdict.label)} ${c.count}`).join(', ')} (they judge wording or opinion, not facts).</p>` : '';
  if (counts.length === 0) return `<section class="scorecard"><h2>Scorecard</h2><p>No claim has been rated yet.</p>${notClaims}</section>`;
  const rows = counts
    .map((c) => `<tr><th scope="row"><span class="glyph v-${c.verdict.id}" aria-hidden="true">${c.verdict.glyph}</span> ${escapeHtml(c.verdict.label)}</th><td>${c.count}</td></tr>`)
    .join('');
  const total = counts.reduce((n, c) => n + c.count, 0);
  return `<section class="scorecard" aria-labelledby="scorecard"><h2 id="scorecard">Scorecard</h2><table><caption>Claims per verdict</caption><thead><tr><th scope="col">Verdict</th><th scope="col">Claims</th></tr></thead><tbody>${rows}</tbody><tfoot><tr><th scope="row">All</th><td>${total}</td></tr></tfoot></table>${notClaims}</section>`;
}

function details(annotation: Annotation, source: Article['source']): string {
  const lines: string[] = [];
  const claim = annotation.claim;
  if (claim?.summary) lines.push(`<p><strong>Claim:</strong> ${escapeHtml(claim.summary)}</p>`);
  if (claim?.claimant) {
    const type = claim.claimantType ?? guessClaimantType(claim.claimant, source);
    lines.push(`<p><strong>Claimant:</strong> ${escapeHtml(claim.claimant)} <span class="muted">(${type === 'Organization' ? 'organisation' : 'person'})</span></p>`);
  }
  if (claim?.scope) lines.push(`<p><strong>Judges:</strong> ${SCOPE_TEXT[claim.scope]}</p>`);
  return lines.join('');
}

function body(annotation: Annotation, options: HtmlReportOptions, source: Article['source']): string {
  const parts = [`<blockquote class="passage">${escapeHtml(annotation.target.quote.exact.trim())}</blockquote>`, details(annotation, source)];
  if (annotation.note.trim() !== '') parts.push(`<div class="explanation">${options.renderNote(annotation.note)}</div>`);
  if (annotation.tags.length > 0) parts.push(`<p class="tags"><strong>Tags:</strong> ${annotation.tags.map(escapeHtml).join(', ')}</p>`);
  if (annotation.evidence.length > 0) parts.push(`<h4>Sources</h4><ul class="sources">${annotation.evidence.map(sourceItem).join('')}</ul>`);
  return parts.join('');
}

/**
 * The fact-check report as one self-contained HTML page: styles inside, no script, nothing
 * loaded from anywhere (a CSP says so too), readable offline and printable. Title and source,
 * the scorecard table, then each rated claim (`id="claim-N"`, the fragment its ClaimReview `url`
 * ends in) with its quote, verdict glyph and label, claim details, explanation (the note's
 * Markdown through `renderNote`), tags and sources with stance; Opinion and Loaded language
 * follow under "Wording and opinion" (they are not claims), then notes without a verdict.
 * The ClaimReview JSON-LD block is embedded when given. Every other string is escaped.
 */
export function toHtmlReport(article: Pick<Article, 'title' | 'source' | 'published'>, annotations: readonly Annotation[], options: HtmlReportOptions): string {
  const verdictHeading = (annotation: Annotation): string => {
    const verdict = annotation.verdict ? verdictById(annotation.verdict) : undefined;
    return verdict ? `<span class="glyph v-${verdict.id}" aria-hidden="true">${verdict.glyph}</span> ${escapeHtml(verdict.label)}` : '';
  };
  const claims = numberedClaims(annotations).map(
    ({ annotation, number, fragment }) => `<article class="claim" id="${fragment}"><h3><span class="number">${number}.</span> ${verdictHeading(annotation)}</h3>${body(annotation, options, article.source)}</article>`,
  );
  const ordered = [...annotations].sort(exportOrder);
  const marks = ordered
    .filter((a) => a.verdict !== null && !isRatedClaim(a))
    .map((a, i) => `<article class="mark" id="mark-${i + 1}"><h3><span class="number">${i + 1}.</span> ${verdictHeading(a)}</h3>${body(a, options, article.source)}</article>`);
  const notes = ordered
    .filter((a) => a.verdict === null)
    .map((a, i) => `<article class="note" id="note-${i + 1}"><h3><span class="number">${i + 1}.</span> ${a.note.trim() !== '' ? 'Note' : 'Highlight'}</h3>${body(a, options, article.source)}</article>`);
  const sections = [
    header(article, options),
    scorecard(annotations),
    `<section class="claims"><h2>Claims</h2>${claims.length > 0 ? claims.join('') : '<p>No claim has been rated yet.</p>'}</section>`,
  ];
  if (marks.length > 0) sections.push(`<section class="marks"><h2>Wording and opinion</h2>${marks.join('')}</section>`);
  if (notes.length > 0) sections.push(`<section class="notes"><h2>Other notes</h2>${notes.join('')}</section>`);
  const jsonLd = options.claimReviewJson ? `<script type="application/ld+json">${options.claimReviewJson}</script>` : '';
  const verdictColours = VERDICTS.map((v) => `.v-${v.id}{background:${v.colour}}`).join('');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Marginalia">',
    `<title>Fact-check: ${escapeHtml(article.title)}</title>`,
    `<style>${REPORT_STYLES}${verdictColours}</style>`,
    jsonLd,
    '</head>',
    `<body><main>${sections.join('')}</main><footer><p>Made with Marginalia on ${utcDate(options.now)}.</p></footer></body>`,
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
