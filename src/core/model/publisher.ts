import { checkEvidenceUrl } from './evidence-url';

/** Whether the publisher of the fact-checks is a newsroom (Organization) or a person. */
export type PublisherType = 'Organization' | 'Person';

/**
 * Who publishes the fact-checks: the `author` of every ClaimReview and the byline of every
 * report. Set once in this browser; addresses are absolute http(s) URLs when present.
 */
export interface PublisherProfile {
  type: PublisherType;
  name: string;
  /** The publisher's home page. */
  url?: string;
  /** Address of the publisher's logo (an organisation) or portrait (a person). */
  logo?: string;
}

/** The publisher before the reader has said anything: no name, so ClaimReview cannot be published yet. */
export const EMPTY_PUBLISHER: PublisherProfile = { type: 'Organization', name: '' };

export type ProfileCheck = { ok: true; value: PublisherProfile } | { ok: false; errors: Partial<Record<'name' | 'url' | 'logo', string>> };

/**
 * The profile as typed in the form, trimmed and checked: a name is required; the home page and
 * logo, when given, must be http(s) addresses. Returns the cleaned profile or one message per field.
 */
export function checkPublisher(input: PublisherProfile): ProfileCheck {
  const errors: Partial<Record<'name' | 'url' | 'logo', string>> = {};
  const name = input.name.replace(/\s+/g, ' ').trim();
  if (name === '') errors.name = 'Enter the name of the newsroom or person who publishes the fact-checks.';
  const out: PublisherProfile = { type: input.type === 'Person' ? 'Person' : 'Organization', name };
  for (const field of ['url', 'logo'] as const) {
    const text = input[field]?.trim() ?? '';
    if (text === '') continue;
    const check = checkEvidenceUrl(text);
    if (check.ok) out[field] = check.value;
    else errors[field] = check.error.replace('of a source', field === 'url' ? 'of the home page' : 'of the logo');
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: out };
}

/**
 * The address a report will be published at, checked: an absolute http(s) URL, without a
 * fragment (each claim adds its own). Returns the normalised address or a message.
 */
export function checkReportUrl(input: string): { ok: true; value: string } | { ok: false; error: string } {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Enter the address where the report will be published, starting with https://.' };
  const check = checkEvidenceUrl(text);
  if (!check.ok) return { ok: false, error: check.error.replace('can be sources', 'can be report addresses').replace('of a source', 'of the report') };
  const hash = check.value.indexOf('#');
  return { ok: true, value: hash === -1 ? check.value : check.value.slice(0, hash) };
}

/** Reads a stored profile back, or null when it is not one (never throws). */
export function readPublisher(value: unknown): PublisherProfile | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.name !== 'string') return null;
  const profile: PublisherProfile = { type: v.type === 'Person' ? 'Person' : 'Organization', name: v.name };
  if (typeof v.url === 'string') profile.url = v.url;
  if (typeof v.logo === 'string') profile.logo = v.logo;
  return profile;
}
