import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/results/**', 'tests/fixtures/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Security rules of the project: no HTML from strings, no dynamic code.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never build HTML from strings: use Preact or textContent.' },
        { property: 'outerHTML', message: 'Never build HTML from strings.' },
        { property: 'insertAdjacentHTML', message: 'Never build HTML from strings.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The replica Console and test code may build markup from their own constants.
    files: ['tests/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
