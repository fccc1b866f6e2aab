import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import pluginQuery from '@tanstack/eslint-plugin-query';

const serverOnlyModules = {
  patterns: [
    {
      group: ['@/lib/server', '@/lib/server/*', '@/lib/sandbox', '@/lib/sandbox/*'],
      message: 'Browser code must not import server modules: go through lib/queries and /api.',
    },
  ],
};

const config = [
  { ignores: ['.next/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  ...pluginQuery.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'lib/queries/**/*.{ts,tsx}', 'lib/format/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', serverOnlyModules] },
  },
];

export default config;
