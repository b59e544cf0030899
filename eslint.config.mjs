// ESLint flat config: Next's rules (React, hooks, import, a11y, @next/next), typescript-eslint,
// eslint-config-prettier (layout is Prettier's job), and the project's dependency rules.
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'

/**
 * Dependencies point one way: app/ → collections/ → lib/. lib/ is the bottom layer (its
 * vocabulary in lib/domain); scripts/ and tests/ do not import each other. Paths are resolved
 * (the `@/` alias and relative imports alike), so any spelling of a forbidden import fails.
 */
const layers = [
  {
    target: './lib',
    from: ['./collections', './payload.config.ts', './app'],
    message:
      'lib/ is the bottom layer: move what it needs into lib/ (domain vocabulary: lib/domain) or pass it in.',
  },
  { target: './collections', from: './app', message: 'collections/ must not import app/.' },
  {
    target: './scripts',
    from: './tests',
    message: 'scripts/ must not import tests/: share code through lib/.',
  },
  {
    target: './tests',
    from: './scripts',
    message: 'tests/ must not import scripts/: share code through lib/.',
  },
]

const config = [
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'],
    rules: {
      'import/no-restricted-paths': ['error', { zones: layers }],
      'import/no-duplicates': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Casts through never / unknown switch type checking off; the generated types
      // (payload-types.ts) and narrowing do the job.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSNeverKeyword',
          message: 'No `as never`: use the generated types or narrow the value.',
        },
        {
          selector: 'TSAsExpression > TSAsExpression > TSUnknownKeyword',
          message: 'No `as unknown as`: use the generated types or narrow the value.',
        },
      ],
    },
  },
  {
    // Tests build data the generated types forbid on purpose (access and validation tests)
    // and read JSON answers: casts and `any` are theirs to use.
    files: ['tests/**'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    ignores: [
      'app/(payload)/**',
      'payload-types.ts',
      'migrations/**',
      '.data/**',
      'media/**',
      'schema.graphql',
      'dist/**',
    ],
  },
]

export default config
