import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { plugin as layers } from './lint/layers.js';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node 20 globals the plain-JS scripts and benches use (TypeScript files are checked by tsc).
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'URLSearchParams', 'fetch', 'Buffer', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'AbortController', 'performance', 'TextEncoder', 'TextDecoder', 'structuredClone'].map((name) => [name, 'readonly']),
      ),
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The layers (core, text, shells) and the web's entry points into the core: lint/layers.js.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { bonemet: layers },
    rules: { 'bonemet/layers': 'error', 'bonemet/layers-allowed': 'warn' },
  },
);
