/**
 * Exchange benchmark: 10,000 annotations of mixed kinds (seeded, so every run measures the same
 * data) exported to W3C JSON-LD text, then read back (parse, validate, map) and planned as an
 * import. Each figure is the median of RUNS runs after a warm-up, printed next to a baseline
 * measured in the same run on the same records (plain JSON.stringify / JSON.parse), since the
 * machines are noisy and the ratio says more than the milliseconds.
 */
import { performance } from 'node:perf_hooks';
import { CodePointMap } from '../src/core/anchoring/code-points';
import { parseImportText } from '../src/core/exchange/parse-import';
import { planImport, quoteLocator, type CurrentArticle } from '../src/core/exchange/plan-import';
import { serializeW3CCollection } from '../src/core/exchange/w3c';
import { articleText } from '../src/core/model/article';
import { generateAnnotations, shippedArticle, WORKLOAD_NOW, WORKLOAD_SEED } from './annotation-workload';
import { annotatableText } from '../src/core/model/annotatable-text';

const COUNT = 10_000;
const RUNS = 7;
const SEED = WORKLOAD_SEED;
const NOW = WORKLOAD_NOW;

const article = shippedArticle();
const text = articleText(article);
const map = new CodePointMap(text);
const on = annotatableText(article);
const current: CurrentArticle = { articleId: article.id, iris: [article.iri], locate: quoteLocator(text, map) };

/** Median milliseconds of `run` over RUNS runs, after one warm-up run. */
function median(run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const annotations = generateAnnotations(on, COUNT, SEED, NOW);
const exported = serializeW3CCollection(article, annotations, NOW);
// Compact, as the export writes each annotation since issue #5.
const plainRecords = JSON.stringify(annotations);

const importOnce = () => {
  const result = parseImportText(exported, { now: NOW });
  if (!result.ok) throw new Error(result.error);
  return planImport(result.value, new Map(), current);
};
const check = importOnce();
if (check.toWrite.length !== COUNT) throw new Error(`the import planned ${check.toWrite.length} of ${COUNT} annotations`);

const figures = [
  { what: 'export to W3C JSON-LD text (serializeW3CCollection)', ms: median(() => serializeW3CCollection(article, annotations, NOW)), baseline: 'JSON.stringify of the records', baseMs: median(() => JSON.stringify(annotations)) },
  { what: 'import: parse, validate, map and plan (parseImportText + planImport)', ms: median(importOnce), baseline: 'JSON.parse of the records', baseMs: median(() => JSON.parse(plainRecords)) },
];

const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log(`Exchange, ${COUNT.toLocaleString('en')} annotations (seed ${SEED}); export file ${(exported.length / 1024 / 1024).toFixed(1)} MB; median of ${RUNS} runs, Node ${process.version}`);
for (const f of figures) {
  console.log(`  ${f.what.padEnd(72)} ${ms(f.ms).padStart(10)}   baseline ${f.baseline}: ${ms(f.baseMs)}   ratio ×${(f.ms / f.baseMs).toFixed(1)}`);
}
console.log(`  per annotation: export ${((figures[0]?.ms ?? 0) * 1000 / COUNT).toFixed(1)} µs, import ${((figures[1]?.ms ?? 0) * 1000 / COUNT).toFixed(1)} µs`);
