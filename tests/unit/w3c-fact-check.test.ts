import { describe, expect, it } from 'vitest';
import { toW3CAnnotation, toW3CCollection } from '../../src/core/exchange/w3c';
import { VERDICTS } from '../../src/core/model/fact-check';
import { checkAnnotationMusts, checkCollection } from '../support/wpt-validator';
import { annotationOn, article } from './support/fact-checks';

/** A fact-check as the editor saves it: every field the reader can fill in. */
function fullFactCheck(verdict: (typeof VERDICTS)[number]['id']) {
  return annotationOn('Lavrov said in a televised speech on Friday', {
    verdict,
    note: 'Broadcast on **Rossiya 24**.',
    tags: ['attribution', 'broadcast'],
    claim: { summary: 'Lavrov said so on TV on Friday', claimant: 'Press TV', scope: 'attribution' },
    evidence: [
      { url: 'https://www.mid.ru/en/foreign_policy/news/', title: 'MID transcript', stance: 'supports' },
      { url: 'https://www.bbc.co.uk/news/world-middle-east-36394624', stance: 'refutes' },
      { url: 'https://en.wikipedia.org/wiki/Al-Nusra_Front' },
    ],
  });
}

describe('W3C export of fact-checks', () => {
  it('carries every verdict of the vocabulary as an assessing body, with motivation assessing, and passes the MUSTs', () => {
    for (const v of VERDICTS) {
      const w3c = toW3CAnnotation(fullFactCheck(v.id));
      expect(w3c.motivation).toBe('assessing');
      expect(w3c.body?.filter((b) => b.purpose === 'assessing')).toEqual([{ type: 'TextualBody', purpose: 'assessing', value: v.label, 'mg:verdict': v.id }]);
      expect(checkAnnotationMusts(JSON.parse(JSON.stringify(w3c)))).toEqual([]);
    }
  });

  it('writes each tag as a tagging body and each source as a linking SpecificResource with its title and stance', () => {
    const body = toW3CAnnotation(fullFactCheck('false')).body ?? [];
    expect(body.filter((b) => b.purpose === 'tagging').map((b) => b.type === 'TextualBody' && b.value)).toEqual(['attribution', 'broadcast']);
    expect(body.filter((b) => b.purpose === 'linking')).toEqual([
      { type: 'SpecificResource', purpose: 'linking', source: 'https://www.mid.ru/en/foreign_policy/news/', 'mg:title': 'MID transcript', 'mg:stance': 'supports' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://www.bbc.co.uk/news/world-middle-east-36394624', 'mg:stance': 'refutes' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://en.wikipedia.org/wiki/Al-Nusra_Front' },
    ]);
  });

  it('keeps the claim details (summary, claimant, scope)', () => {
    expect(toW3CAnnotation(fullFactCheck('accurate'))['mg:claim']).toEqual({ summary: 'Lavrov said so on TV on Friday', claimant: 'Press TV', scope: 'attribution' });
  });

  it('passes the collection MUSTs with fact-checks, notes and highlights together', () => {
    const collection = toW3CCollection(article, [fullFactCheck('misleading'), annotationOn('al-Nusra Front terrorists'), annotationOn('Since March', { note: 'When in March?' })], new Date('2026-05-01T12:00:00Z'));
    expect(checkCollection(JSON.parse(JSON.stringify(collection)))).toEqual([]);
  });
});
