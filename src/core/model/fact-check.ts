/**
 * The default verdict vocabulary (see docs/FACT-CHECK.md). Order matters: keys 1 to the vocabulary’s length pick
 * verdicts in this order, and reports list them in it.
 * Colours are the Okabe-Ito palette; colour is never the only cue, so each verdict also has a
 * glyph and an underline style.
 *
 * This table is the one source of each verdict's look: `colour` (chips, chart bars, the margin
 * map, card edges), `ink` (text and underlines, readable on the light and the dark paper),
 * `fill` (the opacity of `colour` behind a painted passage, per scheme; kept apart from the plain
 * highlight, see tests/unit/verdict-styles.test.ts), `underline` and `glyph`. The UI derives its
 * CSS from it (src/ui/common/verdict-styles.ts): a new verdict is a new row here.
 */
export const VERDICTS = [
  { id: 'accurate', label: 'Accurate', meaning: 'Supported by reliable evidence; nothing significant missing.', colour: '#009E73', ink: { light: '#00785a', dark: '#3fd3a6' }, fill: { light: 0.3, dark: 0.3 }, glyph: '✓', underline: 'solid', rating: 5 },
  { id: 'mostly-accurate', label: 'Mostly accurate', meaning: 'The core is right; a minor detail or figure is off.', colour: '#56B4E9', ink: { light: '#1f6f9c', dark: '#8fd0f5' }, fill: { light: 0.3, dark: 0.3 }, glyph: '≈', underline: 'thin', rating: 4 },
  { id: 'missing-context', label: 'Missing context', meaning: 'Literally true, but omits context that changes the impression.', colour: '#F0E442', ink: { light: '#6f6700', dark: '#f0e442' }, fill: { light: 0.15, dark: 0.12 }, glyph: '…', underline: 'dotted', rating: 3 },
  { id: 'misleading', label: 'Misleading', meaning: 'True elements framed so as to lead to a false conclusion.', colour: '#E69F00', ink: { light: '#8f5a00', dark: '#ffbf47' }, fill: { light: 0.3, dark: 0.3 }, glyph: '!', underline: 'dashed', rating: 2 },
  { id: 'false', label: 'False', meaning: 'Contradicted by reliable evidence.', colour: '#D55E00', ink: { light: '#a64400', dark: '#ff8a4d' }, fill: { light: 0.3, dark: 0.3 }, glyph: '✗', underline: 'wavy', rating: 1 },
  { id: 'unverified', label: 'Unverified', meaning: 'Checkable, but unsourced, single-source or inconclusive.', colour: '#999999', ink: { light: '#5e5e5e', dark: '#c2c2c2' }, fill: { light: 0.3, dark: 0.3 }, glyph: '?', underline: 'dotted', rating: 'text' },
  { id: 'opinion', label: 'Opinion', meaning: 'Value judgement, prediction or rhetoric; not checkable.', colour: '#0072B2', ink: { light: '#005a8c', dark: '#6cc0f0' }, fill: { light: 0.22, dark: 0.22 }, glyph: '❝', underline: 'none', rating: null },
  { id: 'loaded-language', label: 'Loaded language', meaning: 'Charged, delegitimising or pejorative wording.', colour: '#CC79A7', ink: { light: '#96406f', dark: '#e7a6ca' }, fill: { light: 0.3, dark: 0.3 }, glyph: '⚑', underline: 'wavy', rating: null },
] as const;

export type Verdict = (typeof VERDICTS)[number];
export type VerdictId = Verdict['id'];
export type UnderlineStyle = Verdict['underline'];

const BY_ID: ReadonlyMap<string, Verdict> = new Map(VERDICTS.map((v) => [v.id, v]));
const BY_LABEL: ReadonlyMap<string, Verdict> = new Map(VERDICTS.map((v) => [v.label.toLowerCase(), v]));

/** Returns the verdict with this id, or undefined for anything not in the vocabulary. */
export function verdictById(id: string): Verdict | undefined {
  return BY_ID.get(id);
}

/** Returns the verdict whose label matches (case-insensitive), or undefined. Used by importers. */
export function verdictByLabel(label: string): Verdict | undefined {
  return BY_LABEL.get(label.trim().toLowerCase());
}

/** True when `id` names a verdict of the vocabulary. */
export function isVerdictId(id: unknown): id is VerdictId {
  return typeof id === 'string' && BY_ID.has(id);
}

/** The verdict that key `n` (1 to the vocabulary’s length) selects, or undefined outside that range. */
export function verdictForKey(n: number): Verdict | undefined {
  return Number.isInteger(n) ? VERDICTS[n - 1] : undefined;
}

/**
 * True when the verdict rates a claim. Opinion (not checkable) and Loaded language (a mark on
 * wording) are judgements about a passage, not claims checked, so counts of claims leave them out.
 */
export function ratesClaim(verdict: Verdict): boolean {
  return verdict.rating !== null;
}
