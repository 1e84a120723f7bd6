import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX } from 'eslint-plugin-import-x';
import { layerZones } from './eslint.layers.js';

const classicZod = { name: 'zod', message: "Use zod/mini: import * as z from 'zod/mini'." };
// wouter's hash hook puts the query before the `#` (`?page=2#/customers`), which would break every
// saved link: the app's location is routes/hash-location's, the query inside the hash.
const wouterHash = {
  name: 'wouter/use-hash-location',
  message: 'Use routes/hash-location (the query stays inside the hash) and routes/navigation.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The layers of docs/architecture.md: app → features → shared code, one way. A feature reaches
    // another only through its `public.ts`; nothing below src/app imports it; no import circles.
    // Tests and their harnesses may reach in, as tests do.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/*-test-harness.tsx', 'src/test/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx'] })],
      // Read TypeScript dependencies too, or no-cycle sees no edges between our files.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones(import.meta.dirname) }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // public/: plain scripts index.html loads as they are, outside the build.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Tests may assert presence with `!`; Playwright fixtures need `{}` patterns and a `use` callback.
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts', 'demo-store/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Schemas are zod/mini: one classic import anywhere brings classic zod (~50 KB) back.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [classicZod, wouterHash] }] },
  },
  {
    // The API layer and the demo store know nothing of React.
    files: ['src/api/**/*.ts', 'demo-store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [classicZod], patterns: ['react', 'react-*', '@mui/*', '@tanstack/react-*'] },
      ],
    },
  },
);
