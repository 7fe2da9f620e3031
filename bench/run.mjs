#!/usr/bin/env node
/**
 * Runs every benchmark in bench/ (files named *.bench.ts, in name order) with tsx, one at a
 * time, and prints their figures. Benchmarks print; they never assert a time. Pass words to run
 * only the files whose names contain one of them: `npm run bench -- exchange`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

if (files.length === 0) {
  console.log(filters.length > 0 ? `No benchmark in bench/ matches ${filters.join(', ')}.` : 'No benchmarks in bench/ (files named *.bench.ts).');
  process.exit(filters.length > 0 ? 1 : 0);
}

// The local tsx binary avoids npx's start-up and its warnings; npx is the fallback.
const localTsx = join(root, 'node_modules', '.bin', 'tsx');
const [command, prefix] = existsSync(localTsx) ? [localTsx, []] : ['npx', ['tsx']];

let failed = 0;
for (const file of files) {
  console.log(`\n▶ bench/${file}`);
  const result = spawnSync(command, [...prefix, join(here, file)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`✗ bench/${file} failed (${result.error?.message ?? `exit code ${result.status}`})`);
  }
}
console.log(`\n${files.length - failed} of ${files.length} benchmark files ran.`);
process.exit(failed > 0 ? 1 : 0);
