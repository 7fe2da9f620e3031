/**
 * The benchmarks' annotations: seeded (the same seeded generator as the at-scale workload), so
 * every run of every benchmark measures the same data.
 */
import shipped from '../public/articles/press-tv-washington-asked-moscow-nusra.json';
import type { Annotation, EvidenceSource } from '../src/core/model/annotation';
import type { Article } from '../src/core/model/article';
import { parseArticle } from '../src/core/model/parse-article';
import { VERDICTS } from '../src/core/model/fact-check';
import { newAnnotation, type AnnotatableText } from '../src/core/model/new-annotation';
import { random } from './browser/workload';

/** The seed and the clock every benchmark's workload is made with. */
export const WORKLOAD_SEED = 20_260_501;
export const WORKLOAD_NOW = new Date('2026-05-01T12:00:00.000Z');

/** The shipped article, parsed as the app parses it (a fresh copy each call). */
export function shippedArticle(): Article {
  const parsed = parseArticle(structuredClone(shipped));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** `count` annotations of the shipped article, the same on every run for a seed: 40% highlights, 30% notes, 25% fact-checks with evidence, tags and a claim, 5% orphans. */
export function generateAnnotations(on: AnnotatableText, count: number, seed: number, now: Date): Annotation[] {
  const { text } = on;
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const words = ['source', 'figure', 'quote', 'context', 'date', 'claim', 'framing', 'attribution', 'casualties', 'timeline'];
  const out: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    const start = Math.floor(next() * (text.length - 200));
    const span = { start, end: start + 5 + Math.floor(next() * 120) };
    const kind = next();
    const note = kind < 0.4 ? '' : Array.from({ length: 5 + Math.floor(next() * 60) }, () => pick(words)).join(' ');
    const factCheck = kind >= 0.7 && kind < 0.95;
    const evidence: EvidenceSource[] = factCheck ? Array.from({ length: 1 + Math.floor(next() * 3) }, (_, k) => ({ url: `https://example.org/source/${i}/${k}`, title: `Source ${k} on ${pick(words)}`, stance: pick(['supports', 'refutes', 'context'] as const) })) : [];
    const content = {
      note,
      verdict: factCheck ? pick(VERDICTS).id : null,
      tags: kind >= 0.4 ? Array.from(new Set(Array.from({ length: Math.floor(next() * 4) }, () => pick(words)))) : [],
      evidence,
      ...(factCheck ? { claim: { summary: `Claim ${i}`, claimant: 'Press TV', scope: 'substance' as const } } : {}),
    };
    const id = `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const made = newAnnotation(on, span, content, id, new Date(now.getTime() - Math.floor(next() * 1e10)));
    if (!made) throw new Error(`span ${span.start}-${span.end} is outside the text`);
    if (kind >= 0.95) made.target = { ...made.target, quote: { ...made.target.quote, exact: `edited away ${i}` } };
    out.push(made);
  }
  return out;
}
