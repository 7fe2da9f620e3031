import { VERDICTS, type UnderlineStyle, type Verdict } from '../../core/model/fact-check';
import { LENGTH_TIERS } from '../reader/paint-style';

/** A colour at an opacity per colour scheme: how a mark is filled behind the text. */
export interface MarkFill {
  colour: string;
  alpha: { light: number; dark: number };
}

/**
 * The two marks that are not verdicts. The plain highlight is the strongest yellow wash, so that
 * Missing context (the same Okabe-Ito yellow, fainter, with its dotted underline) never reads as it.
 */
export const PLAIN_MARKS: Readonly<Record<'highlight' | 'note', MarkFill & { line?: string }>> = {
  highlight: { colour: '#F0E442', alpha: { light: 0.55, dark: 0.34 } },
  note: { colour: '#56B4E9', alpha: { light: 0.3, dark: 0.3 }, line: 'var(--v-opinion)' },
};

/** The fill of a verdict's painted passage. */
export function verdictFill(verdict: Verdict): MarkFill {
  return { colour: verdict.colour, alpha: verdict.fill };
}

/** `rgb(r g b / a)` of a `#rrggbb` colour. */
export function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`;
}

/** The CSS text-decoration of an underline style, or null for none. */
const DECORATION: Readonly<Record<UnderlineStyle, { style: string; width: string } | null>> = {
  solid: { style: 'solid', width: '2px' },
  thin: { style: 'solid', width: '1px' },
  dotted: { style: 'dotted', width: '2px' },
  dashed: { style: 'dashed', width: '2px' },
  wavy: { style: 'wavy', width: '1.5px' },
  none: null,
};

/**
 * A wavy line under a fallback-painter box: a border cannot be wavy, so a row of small arcs
 * drawn by a gradient along the box's bottom edge stands in for it (not `double`, which the key
 * to the underlines does not show).
 */
function waveBackground(ink: string): string {
  return `radial-gradient(circle at 3px 0, transparent 2.2px, ${ink} 2.2px 3.4px, transparent 3.4px) left bottom / 6px 3.5px repeat-x`;
}

const tierNames = (style: string) => LENGTH_TIERS.map((t) => `::highlight(${style}${t.suffix})`).join(',\n');

/** The custom properties of the plain marks and of each verdict, for one colour scheme. */
function schemeProperties(scheme: 'light' | 'dark'): string {
  const lines = [
    `--mark-highlight: ${rgba(PLAIN_MARKS.highlight.colour, PLAIN_MARKS.highlight.alpha[scheme])};`,
    `--mark-note: ${rgba(PLAIN_MARKS.note.colour, PLAIN_MARKS.note.alpha[scheme])};`,
  ];
  if (scheme === 'light') lines.push(`--mark-note-edge: ${PLAIN_MARKS.note.colour};`);
  for (const v of VERDICTS) {
    if (scheme === 'light') lines.push(`--v-${v.id}: ${v.colour};`);
    lines.push(`--v-${v.id}-ink: ${v.ink[scheme]};`, `--v-${v.id}-mark: ${rgba(v.colour, v.fill[scheme])};`);
  }
  return lines.join('\n  ');
}

/** The rules that paint and colour one verdict: highlight, fallback box, and the class every verdict-coloured element carries. */
function verdictRules(v: Verdict): string {
  const ink = `var(--v-${v.id}-ink)`;
  const mark = `var(--v-${v.id}-mark)`;
  const line = DECORATION[v.underline];
  const box =
    v.underline === 'wavy'
      ? `background: ${waveBackground(ink)}, ${mark};`
      : line
        ? `background: ${mark}; border-bottom: ${line.width === '1.5px' ? '2px' : line.width} ${line.style} ${ink};`
        : `background: ${mark};`;
  return [
    `.verdict-${v.id} { --verdict-ink: ${ink}; --verdict-fill: var(--v-${v.id}); --verdict-mark: ${mark}; }`,
    `${tierNames(`mg-v-${v.id}`)} {\n  background-color: ${mark};${line ? `\n  text-decoration: underline ${line.style} ${ink} ${line.width};` : ''}\n}`,
    `.mg-box.mg-v-${v.id} { ${box} }`,
  ].join('\n');
}

/**
 * The style sheet of every verdict and plain mark, derived from the vocabulary (core/model/
 * fact-check.ts) and PLAIN_MARKS: custom properties per colour scheme, the `::highlight()` rules
 * of each length tier, the fallback painter's boxes, and the `.verdict-<id>` class that cards,
 * badges, chips, the legend, the margin map and the chart read `--verdict-ink`, `--verdict-fill`
 * and `--verdict-mark` from.
 */
export function verdictStyleSheet(): string {
  const note = PLAIN_MARKS.note;
  return [
    `:root {\n  ${schemeProperties('light')}\n}`,
    `@media (prefers-color-scheme: dark) {\n  :root {\n  ${schemeProperties('dark')}\n  }\n}`,
    `${tierNames('mg-highlight')} {\n  background-color: var(--mark-highlight);\n}`,
    `${tierNames('mg-note')} {\n  background-color: var(--mark-note);\n  text-decoration: underline solid ${note.line} 1px;\n}`,
    '.mg-box.mg-note { background: var(--mark-note); }',
    ...VERDICTS.map(verdictRules),
    // After the rules it overrides: in forced colours the plain marks take the system's highlight colours.
    `@media (forced-colors: active) {\n${tierNames('mg-highlight')},\n${tierNames('mg-note')},\n::highlight(mg-active) {\n  background-color: Highlight;\n  color: HighlightText;\n}\n}`,
  ].join('\n');
}

let installed = false;

/**
 * Adds the verdict style sheet to the document once, as a constructed style sheet (CSSOM, so the
 * CSP's style-src needs no exception). Does nothing where constructed sheets are not supported
 * (jsdom in component tests) or where there is no document (the build's prerender).
 */
export function installVerdictStyles(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): void {
  if (installed || !doc || typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype) || !('adoptedStyleSheets' in doc)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(verdictStyleSheet());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  installed = true;
}
