import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../src/core/model/fact-check';
import { PLAIN_MARKS, verdictStyleSheet } from '../../src/ui/common/verdict-styles';
import { LENGTH_TIERS } from '../../src/ui/reader/paint-style';
import { contrast, difference, hex, over } from './support/colour';

const ROOT = path.resolve(import.meta.dirname, '../..');
const sheet = verdictStyleSheet();

/** The paper and ink of a colour scheme, as theme.css sets them. */
function themeColour(name: string, scheme: 'light' | 'dark'): string {
  const theme = readFileSync(path.join(ROOT, 'src/ui/app/theme.css'), 'utf8');
  const dark = theme.indexOf('@media (prefers-color-scheme: dark)');
  const part = scheme === 'light' ? theme.slice(0, dark) : theme.slice(dark);
  const found = new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(part);
  if (!found?.[1]) throw new Error(`theme.css sets no --${name} for ${scheme}`);
  return found[1];
}

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cssFiles(path.join(dir, e.name)) : e.name.endsWith('.css') ? [path.join(dir, e.name)] : []));
}

describe('verdict styles from one source', () => {
  it('gives every verdict its rules: each highlight tier, the fallback box, its class and both schemes’ colours', () => {
    for (const v of VERDICTS) {
      for (const tier of LENGTH_TIERS) expect(sheet, `${v.id}${tier.suffix}`).toContain(`::highlight(mg-v-${v.id}${tier.suffix})`);
      expect(sheet).toMatch(new RegExp(`\\.mg-box\\.mg-v-${v.id} \\{ background: `));
      expect(sheet).toContain(`.verdict-${v.id} { --verdict-ink: var(--v-${v.id}-ink); --verdict-fill: var(--v-${v.id}); --verdict-mark: var(--v-${v.id}-mark); }`);
      const [light, dark] = sheet.split('@media (prefers-color-scheme: dark)') as [string, string];
      expect(light).toContain(`--v-${v.id}-ink: ${v.ink.light};`);
      expect(dark.slice(0, dark.indexOf('::highlight'))).toContain(`--v-${v.id}-ink: ${v.ink.dark};`);
    }
  });

  it('underlines as the key says: the fallback box of a wavy verdict is wavy, never a double border', () => {
    for (const v of VERDICTS) {
      const box = new RegExp(`\\.mg-box\\.mg-v-${v.id} \\{([^}]*)\\}`).exec(sheet)?.[1] ?? '';
      expect(box, v.id).not.toContain('double');
      if (v.underline === 'wavy') expect(box, v.id).toContain('radial-gradient');
      else if (v.underline === 'none') expect(box, v.id).not.toContain('border-bottom');
      else expect(box, v.id).toContain(`border-bottom: ${v.underline === 'thin' ? '1px solid' : `2px ${v.underline}`} var(--v-${v.id}-ink)`);
    }
  });

  it('is the only place verdicts are styled: no CSS file names a verdict', () => {
    for (const file of cssFiles(path.join(ROOT, 'src'))) {
      const css = readFileSync(file, 'utf8');
      for (const v of VERDICTS) expect(css.includes(`verdict-${v.id}`) || css.includes(`mg-v-${v.id}`) || css.includes(`--v-${v.id}`), `${path.relative(ROOT, file)} names ${v.id}`).toBe(false);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps text readable and every fill apart from the plain highlight (${scheme})`, () => {
      const paper = hex(themeColour('paper', scheme));
      const ink = hex(themeColour('ink', scheme));
      const plain = over(hex(PLAIN_MARKS.highlight.colour), PLAIN_MARKS.highlight.alpha[scheme], paper);
      expect(contrast(plain, ink)).toBeGreaterThanOrEqual(4.5);
      for (const v of VERDICTS) {
        const fill = over(hex(v.colour), v.fill[scheme], paper);
        expect(contrast(fill, ink), v.id).toBeGreaterThanOrEqual(4.5);
        // Missing context shares the highlight's yellow: it must stand clearly apart; the others differ in hue already.
        expect(difference(fill, plain), v.id).toBeGreaterThanOrEqual(v.id === 'missing-context' ? 0.08 : 0.05);
      }
    });
  }
});
