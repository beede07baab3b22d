// @ts-check
// ESLint over src/, scripts/ and test/ (npm run lint, zero warnings allowed): ESLint's, typescript-eslint's
// and eslint-plugin-astro's recommended rules.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'test/.tmp/', '**/*.tmp/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // The code drops a key by destructuring it away (`const { birthDate: _, ...rest } = person`):
      // the rest is what is used, the named sibling is deliberately unused.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
