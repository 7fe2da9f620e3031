/**
 * The layer zones of ARCHITECTURE.md as eslint-plugin-import-x `no-restricted-paths` zones:
 * ui -> state -> sync -> storage -> core, one way. Unlike `no-restricted-imports`, this rule
 * resolves every module a file names (static `import`, `export … from`, dynamic `import()`,
 * a folder's index) to a file and checks where that file is, so no spelling of a path slips by.
 *
 * `src` and `modules` are paths relative to `basePath` (the repository root for the real config;
 * a fixture tree in tests/unit/boundaries-lint.test.ts).
 */
export function layerZones({ src = 'src', modules = 'node_modules' } = {}) {
  const at = (...dirs) => dirs.map((d) => `${src}/${d}`);
  const pkg = (...names) => names.map((n) => `${modules}/${n}`);
  const main = `${src}/main.tsx`;
  const react = pkg('react', 'react-dom', '@tanstack', 'zustand');
  const syncPackages = pkg('yjs', 'y-dexie', 'y-protocols', '@hocuspocus');
  return [
    {
      target: at('core'),
      from: [...at('storage', 'sync', 'state', 'ui'), main, ...react, ...pkg('dexie'), ...syncPackages],
      message: 'core is pure TypeScript: nothing of the app, no React, Dexie or Yjs.',
    },
    {
      target: at('storage'),
      from: [...at('sync', 'state', 'ui'), main, ...react, ...syncPackages],
      message: 'storage may import only core.',
    },
    {
      target: at('sync'),
      from: [...at('state', 'ui'), main, ...react],
      message: 'sync may import only storage and core.',
    },
    {
      target: at('state'),
      from: [...at('ui'), main],
      message: 'state may import sync, storage and core, never ui.',
    },
    {
      target: at('ui'),
      from: [...at('storage', 'sync'), ...pkg('dexie'), ...syncPackages],
      message: 'ui reads and writes through state hooks, never sync or storage.',
    },
    // Inside ui: the chrome both pages share lives in ui/shell, so the pages never import each other's.
    {
      target: at('ui/shell'),
      from: at('ui/app', 'ui/library'),
      message: 'ui/shell is the chrome both pages use: it imports neither page.',
    },
    {
      target: at('ui/library'),
      from: at('ui/app'),
      message: 'the library page takes shared chrome from ui/shell, not from ui/app.',
    },
  ];
}
