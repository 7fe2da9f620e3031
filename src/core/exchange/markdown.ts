import type { Annotation, ClaimScope, EvidenceSource } from '../model/annotation';
import { compareByPosition } from '../model/annotation';
import type { Article } from '../model/article';
import { checkEvidenceUrl } from '../model/evidence-url';
import { ratesClaim, verdictById } from '../model/fact-check';
import { countVerdicts } from '../model/scorecard';
import type { PublisherProfile } from '../model/publisher';

/**
 * Escapes text so Markdown shows it as written: no emphasis, links, images, HTML, entities,
 * tables or code can come out of a quote, a tag or a title. Line-start markers (headings,
 * block quotes, list items, rules) are escaped where they would start a block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/g, '\\$&')
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+/, '')
        .replace(/^([#>+=-])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/** Container markers at the start of a line: block quotes and list items, which may hold a block of their own. */
const CONTAINERS = /^(?:[ \t]{0,3}(?:>[ \t]?|[-+*][ \t]+|\d{1,9}[.)][ \t]+))*/;
/** What would start a block of the report's own kind: an ATX heading, a setext underline or rule, a code fence. */
const BLOCK_START = /^[ \t]{0,3}(?:#|=+[ \t]*$|(?:[-*_][ \t]*){3,}$|-+[ \t]*$|```|~~~)/;

/**
 * A note's Markdown made safe to place inside the report: it keeps its emphasis, links, lists
 * and quotes, but cannot forge the report's structure or carry HTML. Headings, setext
 * underlines, rules and code fences (which could swallow the rest of the report) are escaped at
 * the start of any line, also inside a quote or a list item; `<` is escaped everywhere, so raw
 * HTML shows as text in any renderer.
 */
export function escapeNoteMarkdown(note: string): string {
  return note
    .replace(/\r\n?/g, '\n')
    .replace(/</g, '\\<')
    .split('\n')
    .map((line) => {
      const prefix = CONTAINERS.exec(line)?.[0] ?? '';
      const rest = line.slice(prefix.length);
      return BLOCK_START.test(rest) ? `${prefix}${rest.replace(/^([ \t]*)(\S)/, '$1\\$2')}` : line;
    })
    .join('\n');
}

/** An http(s) link as a Markdown destination; parentheses are percent-encoded so they cannot end it early. */
function linkTarget(url: string): string | null {
  const check = checkEvidenceUrl(url);
  return check.ok ? check.value.replace(/\(/g, '%28').replace(/\)/g, '%29') : null;
}

/** A link with `label` as its (escaped) text, or the escaped URL as plain text when it is not a web link. */
function link(label: string, url: string): string {
  const target = linkTarget(url);
  return target ? `[${escapeMarkdown(label)}](${target})` : escapeMarkdown(url);
}

const SCOPE_TEXT: Record<ClaimScope, string> = {
  attribution: 'attribution (whether the claimant said it)',
  substance: 'substance (whether it is true)',
};

/** `2026-05-01 12:00 UTC`: a date a reader can scan, the same in every locale. */
function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function sourceLine(source: EvidenceSource): string {
  const title = source.title?.trim();
  const target = linkTarget(source.url);
  // An untitled source shows its address, as an autolink: readable in the raw file too.
  const shown = title ? link(title, source.url) : target ? `<${target}>` : escapeMarkdown(source.url);
  const stance = source.stance ? ` (${source.stance})` : '';
  return `- ${shown}${stance}`;
}

function blockQuote(text: string): string {
  return escapeMarkdown(text.trim())
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

function heading(annotation: Annotation, n: number): string {
  const verdict = annotation.verdict ? verdictById(annotation.verdict) : undefined;
  if (verdict) return `### ${n}. ${verdict.glyph} ${verdict.label}`;
  return `### ${n}. ${annotation.note.trim() !== '' ? 'Note' : 'Highlight'}`;
}

function section(annotation: Annotation, n: number): string {
  const parts = [heading(annotation, n), blockQuote(annotation.target.quote.exact)];
  const claim = annotation.claim;
  const claimLines: string[] = [];
  if (claim?.summary) claimLines.push(`**Claim:** ${escapeMarkdown(claim.summary)}`);
  if (claim?.claimant) claimLines.push(`**Claimant:** ${escapeMarkdown(claim.claimant)}`);
  if (claim?.scope) claimLines.push(`**Judges:** the ${SCOPE_TEXT[claim.scope]}`);
  // Two trailing spaces: a line break inside one paragraph.
  if (claimLines.length > 0) parts.push(claimLines.join('  \n'));
  // The note is the reader's own Markdown, kept as written except what would forge the report's structure.
  if (annotation.note.trim() !== '') parts.push(`**${annotation.verdict ? 'Explanation' : 'Note'}:**`, escapeNoteMarkdown(annotation.note.trim()));
  if (annotation.tags.length > 0) parts.push(`**Tags:** ${annotation.tags.map(escapeMarkdown).join(', ')}`);
  if (annotation.evidence.length > 0) parts.push('**Sources:**', annotation.evidence.map(sourceLine).join('\n'));
  return parts.join('\n\n');
}

function summary(annotations: readonly Annotation[]): string {
  const all = countVerdicts(annotations).filter((c) => c.count > 0);
  // Opinion and Loaded language judge wording, not facts: said apart, never counted as claims (as the Scorecard does).
  const counts = all.filter((c) => ratesClaim(c.verdict));
  const others = all.filter((c) => !ratesClaim(c.verdict));
  const claims = counts.reduce((n, c) => n + c.count, 0);
  const lines = [`${annotations.length} ${annotations.length === 1 ? 'annotation' : 'annotations'}, ${claims} of them ${claims === 1 ? 'a claim checked' : 'claims checked'}.`];
  if (counts.length > 0) lines.push(['| Verdict | Claims |', '| --- | ---: |', ...counts.map((c) => `| ${c.verdict.glyph} ${c.verdict.label} | ${c.count} |`)].join('\n'));
  if (others.length > 0) lines.push(`Not counted as claims: ${others.map((c) => `${c.verdict.glyph} ${c.verdict.label} ${c.count}`).join(', ')} (they judge wording or opinion, not facts).`);
  return lines.join('\n\n');
}

/**
 * A fact-check report of the article in Markdown: its title and source, a summary of verdicts,
 * then every annotated passage in document order, quoted, with its verdict, claim, explanation,
 * tags and sources. Text from the article and the reader (quotes, titles, tags, claim details)
 * is escaped; the note, which is Markdown by design, keeps its formatting but not headings,
 * rules, fences or HTML (escapeNoteMarkdown).
 */
export function toMarkdownReport(
  article: Pick<Article, 'title' | 'iri' | 'source' | 'published'>,
  annotations: readonly Annotation[],
  now: Date,
  /** Who checks, from Publishing details: named under the source, as the HTML report does. */
  publisher: PublisherProfile | null = null,
): string {
  // A heading is one line: a title with a line break in it would end it early.
  const header = [`# Fact-check report: ${escapeMarkdown(article.title.replace(/\s+/g, ' ').trim())}`];
  const meta: string[] = [];
  if (article.source) {
    const by = escapeMarkdown(article.source.name) + (article.source.republishedBy ? `, republished by ${escapeMarkdown(article.source.republishedBy)}` : '');
    const url = article.source.url ? linkTarget(article.source.url) : null;
    // A source may be only an address (the reader gave one in Article details but no name).
    const parts = [by, url ? `<${url}>` : ''].filter(Boolean);
    if (parts.length > 0) meta.push(`**Source:** ${parts.join(' — ')}`);
  }
  if (article.published) meta.push(`**Published:** ${escapeMarkdown(article.published)}`);
  const checker = publisher?.name.replace(/\s+/g, ' ').trim();
  if (checker) meta.push(`**Checked by:** ${publisher?.url && linkTarget(publisher.url) ? link(checker, publisher.url) : escapeMarkdown(checker)}`);
  // The article's own address, when it has one the source line does not already give; an
  // internal `urn:` id means nothing to a reader (the W3C export carries it for machines).
  const address = linkTarget(article.iri);
  if (address && address !== (article.source?.url ? linkTarget(article.source.url) : null)) meta.push(`**Article:** <${address}>`);
  meta.push(`**Report generated:** ${formatUtc(now)}`);
  header.push(meta.join('  \n'));
  header.push('## Summary', summary(annotations));
  const sorted = [...annotations].sort(compareByPosition);
  const body = sorted.length === 0 ? ['## Annotations', 'No passage of this article has been annotated yet.'] : ['## Annotations', sorted.map((a, i) => section(a, i + 1)).join('\n\n---\n\n')];
  return `${[...header, ...body].join('\n\n')}\n`;
}
