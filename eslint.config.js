// Lint: typescript-eslint's recommended rules, the React hooks rules, and the layer rules of
// docs/architecture.md (eslint-plugin-boundaries): an import across a layer the wrong way fails `npm test`.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';

/**
 * The layers, each a folder; the first that matches a file names its layer. The one language list is a file, not a
 * folder: boundaries' element patterns name folders only, so it is a file category (LANGUAGES) and `layer` below
 * selects either. The Vite and Vitest configs are glue, outside the layers.
 */
const LAYERS = [
  { type: 'documents', pattern: 'src/documents' },
  { type: 'wire', pattern: 'src/core/wire' },
  { type: 'core', pattern: 'src/core' },
  { type: 'node', pattern: 'src/node' },
  { type: 'app', pattern: 'src/app' },
  { type: 'site', pattern: 'src/site' },
  { type: 'commands', pattern: 'src/commands' },
  { type: 'bench', pattern: 'src/bench' },
  { type: 'test', pattern: 'test' },
];
const LANGUAGES = { pattern: 'src/languages.ts', category: 'languages' };

/** A layer's selector: the language list by its file category, every other layer by its folder. */
const layer = (name) => (name === 'languages' ? { file: { categories: 'languages' } } : { element: { type: name } });

/** Layers that run in a browser as well as in Node, or only there: Node's own modules are not theirs to import. */
const PORTABLE = ['languages', 'wire', 'core', 'app'];

/** Who may import whom: a layer sees only those below it (see docs/architecture.md for why). */
const ALLOWED = [
  ['languages', []],
  ['wire', ['wire', 'languages']],
  ['core', ['core', 'wire', 'languages']],
  ['node', ['node', 'core', 'wire', 'languages']],
  ['app', ['app', 'wire', 'languages']],
  ['site', ['site', 'app', 'node', 'core', 'wire', 'languages']],
  ['commands', ['commands', 'site', 'node', 'core', 'wire', 'languages', 'bench']],
  ['bench', ['bench', 'commands', 'node', 'core', 'wire', 'languages']],
  ['test', ['test', 'commands', 'site', 'app', 'node', 'core', 'wire', 'languages', 'bench', 'documents']],
];

/** The name a call starts from: `describe` for describe(…), describe.skip(…) and describe.each(rows)(…). */
const calleeRoot = (node) =>
  node.type === 'Identifier'
    ? node.name
    : node.type === 'MemberExpression'
      ? calleeRoot(node.object)
      : node.type === 'CallExpression'
        ? calleeRoot(node.callee)
        : undefined;

/**
 * ESLint's max-lines-per-function, counted the same way, for every function of a test but a describe's body
 * (describe, describeInBrowser): a describe holds tests one after another, each read alone, so what a reader
 * must hold is each `it`'s body and each helper, not the group (docs/architecture.md, "Layer rules").
 */
const testFunctionLines = {
  meta: builtinRules.get('max-lines-per-function').meta,
  create(context) {
    const listeners = builtinRules.get('max-lines-per-function').create(context);
    const describeBody = (node) =>
      node.parent?.type === 'CallExpression' &&
      node.parent.arguments.includes(node) &&
      /^describe/.test(calleeRoot(node.parent.callee) ?? '');
    return Object.fromEntries(Object.entries(listeners).map(([type, listen]) => [type, (node) => describeBody(node) || listen(node)]));
  },
};

const FAST_TIER = 'the unit and component tiers make no git repository and start no program: put this test in test/integration/';

export default tseslint.config(
  { ignores: ['dist/', 'dist-ssr/', 'dist-cli/', 'coverage/', 'bench-results/', 'po/', 'xliff/', 'tmx/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'boundaries/files': [LANGUAGES],
      'boundaries/include': ['src/**/*', 'test/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      // `const { line: _line, ...rest } = x` leaves out a property; a leading _ marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // A relative import names its file exactly: resolution then tries nothing before it, which the compiled
      // commands' fingerprint counts on (src/commands/shared/bundle-inputs.mjs lists only packages' folders).
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map((node) => ({
          selector: `${node} > Literal.source[value=/^\\.{1,2}\\/(?!.*\\.(ts|tsx|mjs|js|json|md|css|svg|txt)(\\?[a-z]+)?$)/]`,
          message: 'name the file exactly, with its extension (./x.ts, ./dir/index.ts)',
        })),
      ],
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          message:
            '{{from.type}}{{from.file.categories}} may not import {{to.type}}{{to.file.categories}}{{to.module.source}} (the layer rules: docs/architecture.md)',
          policies: [
            ...ALLOWED.flatMap(([from, allow]) => allow.map((to) => ({ from: layer(from), allow: { to: layer(to) } }))),
            { allow: { to: { module: { origin: 'external' } } } },
            { from: { element: { types: { noneOf: PORTABLE } } }, allow: { to: { module: { origin: 'core' } } } },
          ],
        },
      ],
    },
  },
  {
    // Processes, git among them, are started by node/ (git, Chromium), and by the commands and benchmarks that run
    // programs as a user does (start runs the build; the benchmarks run the tools they measure and build their copies
    // with git). The site build reads git through node/ (docs/architecture.md); the portable layers import no Node
    // module at all (above).
    files: ['src/**/*.{ts,tsx,mjs}'],
    ignores: ['src/node/**', 'src/commands/**', 'src/bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['child_process', 'node:child_process'].map((name) => ({
            name,
            message: 'only node/, commands/ and bench/ start processes: run git through src/node/ (docs/architecture.md)',
          })),
        },
      ],
    },
  },
  {
    // No function a reader must hold across screens, no file read like a chapter (docs/architecture.md). Every line
    // counts, comments and blank ones too, as in the lengths the reviews report: what is on screen is what must be held.
    files: ['src/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: false, skipComments: false, IIFEs: true }],
      'max-lines': ['error', { max: 250, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    // Test files too are read whole: one behaviour a file, under 250 lines; each test and helper under 60, a
    // describe's body as long as its tests (testFunctionLines).
    files: ['test/**/*.{ts,tsx,js,mjs}'],
    plugins: { tests: { rules: { 'function-lines': testFunctionLines } } },
    rules: {
      'max-lines': ['error', { max: 250, skipBlankLines: false, skipComments: false }],
      'tests/function-lines': ['error', { max: 60, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
  {
    // The fast tier (npm run test:fast) stays fast: what makes git repositories, starts programs (a command run
    // starts git) or runs property tests belongs in test/integration/.
    files: ['test/unit/**', 'test/component/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['child_process', 'node:child_process', 'fast-check'].map((name) => ({ name, message: FAST_TIER })),
          patterns: [
            {
              group: [
                'git-project',
                'history-repo',
                'collaboration',
                'omegat',
                'omegat-fixture',
                'tools',
                'system-tools',
                'serve-program',
              ].map((f) => `**/support/${f}.ts`),
              message: FAST_TIER,
            },
            { group: ['**/support/po-fixture.ts'], importNames: ['checkWithMsgfmt', 'haveMsgfmt'], message: FAST_TIER },
            // A command run, a save or a record asks git where the project's records are: it starts git.
            {
              group: ['**/src/commands/*.ts', '**/src/node/save-translations.ts', '**/src/node/records/take-record.mjs'],
              message: FAST_TIER,
            },
            { group: ['**/support/project.ts'], importNames: ['runCommand', 'expectRefused'], message: FAST_TIER },
          ],
        },
      ],
    },
  },
);
