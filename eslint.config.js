// One lint setup for every folder: source, tests, scripts and the bin.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Modules that reach the process, its terminal or its children: the edge's alone.
const PROCESS_MODULES = ['process', 'node:process', 'child_process', 'node:child_process', 'tty', 'node:tty'].map(
  (name) => ({ name, message: 'Only src/cli.ts and src/io/ touch the process, its terminal and its children.' }),
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['bin/*.js', 'scripts/*.mjs', 'eslint.config.js'] } },
    },
    rules: {
      // Control characters in patterns are deliberate: osteo strips them from content.
      'no-control-regex': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Only the edge (src/io/) writes; a stray console.log in src/ is a bug.
      'no-console': 'error',
      // Exit codes are returned up to bin/osteo.js, which alone ends the process.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'Return an exit code; only bin/ ends the process.' },
      ],
    },
  },
  {
    // The process (env, argv, streams, signals, children) is the edge's: src/cli.ts and src/io/.
    // Everything else gets what it needs as a parameter, so it runs the same in a test.
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts', 'src/io/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'process',
          message: 'Only src/cli.ts and src/io/ touch the process; take what you need as a parameter.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: PROCESS_MODULES,
        },
      ],
    },
  },
  {
    // Layers: the library API and the middle (search, topics, render, check, selfcheck) never
    // reach up into the CLI's commands or its commander definitions.
    files: [
      'src/index.ts',
      'src/search/**/*.ts',
      'src/topics/**/*.ts',
      'src/render/**/*.ts',
      'src/library/**/*.ts',
      'src/check/**/*.ts',
      'src/selfcheck/**/*.ts',
      'src/browser/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // A rule set for these files replaces the one above, so it names the process modules too.
          paths: PROCESS_MODULES,
          patterns: [
            {
              group: ['**/commands/*', '**/program/*'],
              message: 'The middle layers do not import the CLI (commands/, program/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', Buffer: 'readonly' },
    },
    // The bin is CommonJS on purpose (faster start); require() is how it reads package.json.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
