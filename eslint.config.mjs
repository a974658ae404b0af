import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import importBoundaries from './eslint/import-boundaries.mjs';

/** Modules that run only in the browser though they carry no 'use client' line (docs/architecture.md). */
const BROWSER_MODULES = ['lib/progress/**', 'lib/countdowns/**', 'lib/client-api/**', 'lib/browser-data/**', 'lib/session/**', 'lib/types/**'];

const eslintConfig = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', 'node_modules/**', '.data/**', '.bench/**', '.e2e/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    plugins: { boundaries: importBoundaries },
    rules: { 'boundaries/browser-code': 'error' },
  },
  {
    files: BROWSER_MODULES,
    ignores: ['**/*.test.ts'],
    rules: { 'boundaries/browser-code': ['error', { always: true }] },
  },
  {
    files: ['lib/**'],
    rules: { 'boundaries/lib-not-app': 'error' },
  },
];

export default eslintConfig;
