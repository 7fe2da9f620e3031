import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Layer rules of ARCHITECTURE.md: each layer imports only the layers below it
 * (core <- storage <- state <- ui). A violation fails `npm run lint`.
 */
const layer = (name, forbidden, message) => ({
  files: [`src/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [{ group: forbidden, message }],
      },
    ],
  },
});

const UP = (...layers) => layers.flatMap((l) => [`**/${l}/*`, `**/${l}/**`]);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The compiler-oriented rules flag ref-mirroring of the latest callback, a pattern used on purpose.
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer('core', [...UP('storage', 'state', 'ui'), 'react', 'react-dom', 'dexie', '@tanstack/*', 'zustand'], 'core is pure TypeScript: no storage, state, UI, React or Dexie.'),
  layer('storage', [...UP('state', 'ui'), 'react', 'react-dom', '@tanstack/*', 'zustand'], 'storage may import only core.'),
  layer('state', UP('ui'), 'state may not import ui.'),
  layer('ui', [...UP('storage'), 'dexie'], 'ui reads and writes through state hooks, never storage.'),
  {
    files: ['**/*.{js,mjs}', 'bench/**', 'tests/e2e/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
  {
    // No React in the end-to-end tests: `useBrowser()` is a vitest fixture, not a React hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
