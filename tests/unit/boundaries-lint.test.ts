import { ESLint } from 'eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import path from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerZones } from '../../eslint/layers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/boundaries');

/** The zones of eslint/layers.js alone, applied to the fixture tree (which has every layer, sync too). */
const zonesOnly = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parser: tseslint.parser },
      plugins: { 'import-x': importX },
      settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
      rules: {
        'import-x/no-restricted-paths': ['error', { basePath: FIXTURE, zones: layerZones({ src: 'src', modules: path.relative(FIXTURE, path.join(ROOT, 'node_modules')) }) }],
      },
    },
  ],
});

/** The boundary messages for `code` written in the fixture file `file` (e.g. `ui/reader/probe.ts`). */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await zonesOnly.lintText(code, { filePath: path.join(FIXTURE, 'src', file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const fromUi = 'ui/reader/probe.ts';

describe('the layer boundaries lint', () => {
  it('refuses storage and sync in ui, however the import is spelled', async () => {
    for (const code of [
      `import { layer } from '../../storage/module';\nexport { layer };`,
      `export { layer } from '../../storage/module';`,
      `export const load = () => import('../../storage/module');`,
      `export const load = () => import('../../storage');`,
      `export const load = () => import('../../sync/module');`,
      `import type { layer } from '../../sync/module';\nexport type L = typeof layer;`,
    ]) {
      expect(await violations(fromUi, code), code).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*ui reads and writes through state hooks/)]);
    }
  });

  it('lets each layer import the ones below it', async () => {
    const allowed: Array<[string, string]> = [
      [fromUi, '../../state/module'],
      [fromUi, '../../core/module'],
      ['state/probe.ts', '../sync/module'],
      ['state/probe.ts', '../storage/module'],
      ['sync/probe.ts', '../storage/module'],
      ['sync/probe.ts', '../core/module'],
      ['storage/probe.ts', '../core/module'],
      ['ui/app/probe.ts', '../shell/module'],
      ['ui/library/probe.ts', '../shell/module'],
    ];
    for (const [file, target] of allowed) {
      expect(await violations(file, `export const load = () => import('${target}');`), `${file} -> ${target}`).toEqual([]);
    }
  });

  it('refuses every import upwards, static or dynamic', async () => {
    const refused: Array<[string, string]> = [
      ['core/probe.ts', '../state/module'],
      ['core/probe.ts', '../storage/module'],
      ['core/probe.ts', '../sync/module'],
      ['core/probe.ts', '../ui/app/module'],
      ['storage/probe.ts', '../sync/module'],
      ['storage/probe.ts', '../state/module'],
      ['sync/probe.ts', '../state/module'],
      ['sync/probe.ts', '../ui/shell/module'],
      ['state/probe.ts', '../ui/reader/module'],
      ['ui/shell/probe.ts', '../library/module'],
      ['ui/shell/probe.ts', '../app/module'],
      ['ui/library/probe.ts', '../app/module'],
    ];
    for (const [file, target] of refused) {
      for (const code of [`export { layer } from '${target}';`, `export const load = () => import('${target}');`]) {
        expect(await violations(file, code), `${file}: ${code}`).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)]);
      }
    }
  });

  it('keeps React, Dexie and Yjs out of core, also when loaded later', async () => {
    for (const name of ['react', 'dexie', 'zustand', '@tanstack/react-query', 'yjs']) {
      expect(await violations('core/probe.ts', `export const load = () => import('${name}');`), name).toEqual([expect.stringMatching(/core is pure TypeScript/)]);
    }
    expect(await violations('core/probe.ts', `export const load = () => import('zod');`)).toEqual([]);
  });

  it('is what `npm run lint` runs: a dynamic import of storage from the real ui fails the project config', async () => {
    const project = new ESLint({ cwd: ROOT });
    const [result] = await project.lintText(`export const load = () => import('../../storage/annotations');\n`, { filePath: path.join(ROOT, 'src/ui/reader/boundary-probe.ts') });
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['import-x/no-restricted-paths']);
    const [core] = await project.lintText(`export const load = () => import('../../state/keys');\n`, { filePath: path.join(ROOT, 'src/core/model/boundary-probe.ts') });
    expect(core?.messages.map((m) => m.ruleId)).toEqual(['import-x/no-restricted-paths']);
  });
});
