// Prints one line, `N passed, M failed`, summed from the JSON reports the test runs wrote to
// test-results/ (vitest's json reporter). A missing report counts as one failure: a stage
// that never ran must not look green.
import { existsSync, readFileSync } from 'node:fs';

const STAGES = ['unit', 'component', 'integration', 'e2e'];
let passed = 0;
let failed = 0;
for (const stage of STAGES) {
  const file = `test-results/${stage}.json`;
  if (!existsSync(file)) {
    console.error(`${stage}: no report (${file}); the stage did not run to the end.`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const stagePassed = report.numPassedTests ?? 0;
  const stageFailed = (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.error(`${stage}: ${stagePassed} passed, ${stageFailed} failed or skipped`);
  passed += stagePassed;
  failed += stageFailed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
