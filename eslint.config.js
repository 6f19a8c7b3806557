import js from '@eslint/js'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import react from 'eslint-plugin-react'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['node_modules', 'build', 'public/build', '.cache', '.data', 'app/generated', 'coverage'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-duplicates': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['app/**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      'react/prop-types': 'off',
    },
  },
  {
    // Browser bundles must never pull in server-only modules.
    files: ['app/**/*.tsx', 'app/**/*.ts'],
    ignores: [
      'app/**/*.server.ts',
      'app/**/*.test.ts',
      'app/routes/**',
      'app/root.tsx',
      'app/entry.server.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['*.server', '**/*.server'],
              message: 'Server-only module: import it from a route or another *.server.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Forms are read within bounds, in one place (docs/security.md: hostile bodies).
    files: ['app/**/*.ts', 'app/**/*.tsx'],
    ignores: ['app/modules/security/form-data.server*.ts', 'app/utils/csv.server.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='formData']",
          message:
            'Read forms with readForm (modules/security/form-data.server.ts): it bounds what a body may hold.',
        },
        {
          selector: "ImportSpecifier[imported.name='unstable_parseMultipartFormData']",
          message: 'Read uploads with readUpload (modules/security/form-data.server.ts).',
        },
        {
          selector: 'ImportDeclaration[source.value=/^csv-stringify/]',
          message: 'Write CSV with toCsv (utils/csv.server.ts): it escapes formulas.',
        },
      ],
    },
  },
)
