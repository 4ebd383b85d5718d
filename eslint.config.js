// Lint rules, including the boundaries of the house style: the core imports nothing from
// the DOM-side or extension code, the extension contexts never import each other, and no
// code writes HTML from strings.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noHtmlSinks = ['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
  property,
  message: 'Build DOM nodes (textContent): page strings are untrusted.',
}));

const contexts = ['content', 'background', 'popup', 'options'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-test/**',
      'dist-cli/**',
      'dist-bench/**',
      'dist-firefox/**',
      '.scratch/**',
      'out/**',
      '**/node_modules/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-properties': ['error', ...noHtmlSinks] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/article/**',
                '**/content/**',
                '**/background/**',
                '**/popup/**',
                '**/options/**',
                '**/shared/**',
                '**/cli/**',
              ],
              message: 'src/core is pure: it imports only core code and pure libraries.',
            },
            {
              group: ['webextension-polyfill', 'jsdom', 'node:*'],
              message: 'src/core runs anywhere: no extension, DOM or Node APIs.',
            },
          ],
        },
      ],
    },
  },
  ...contexts.map((ctx) => ({
    files: [`src/${ctx}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The service worker may import the content script's built path (crxjs ?script).
              group: [...contexts.filter((c) => c !== ctx).map((c) => `**/${c}/**`), '!**/content/*?script*'],
              message: 'Extension contexts talk through src/shared/messages.ts, never by importing each other.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, chrome: 'readonly' } },
  },
  {
    // The test pages' own scripts run in the browser.
    files: ['tests/fixtures/pages/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
