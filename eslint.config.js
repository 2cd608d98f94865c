// ESLint flat config. Three jobs: the recommended JS and TypeScript rules (not
// the type-checked set: `tsc --noEmit` already type-checks, and this stays
// fast), the import boundaries between the folders (below), and bans that
// keep page text shown only as text. Sorot reads text
// from arbitrary news pages and writes it back into the page and the popup;
// any API that parses a string as HTML or code would turn that text into
// markup or script, so none may be used, even with text we wrote ourselves.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'];

const HTML_PROPERTIES = ['innerHTML', 'outerHTML'];
const HTML_PROPERTY_NAME = `/^(${HTML_PROPERTIES.join('|')})$/`;

/** Property accesses that parse or write markup, banned everywhere. */
const MARKUP_CALLS = [
  { property: 'insertAdjacentHTML', message: 'Parses a string as HTML: build nodes and set textContent instead.' },
  { property: 'setHTMLUnsafe', message: 'Parses a string as HTML: build nodes and set textContent instead.' },
  { property: 'createContextualFragment', message: 'Parses a string as HTML: build nodes and set textContent instead.' },
  { object: 'document', property: 'write', message: 'document.write parses markup; build nodes instead.' },
  { object: 'document', property: 'writeln', message: 'document.writeln parses markup; build nodes instead.' },
];

/**
 * Banned outside tests: reading or writing innerHTML/outerHTML, and
 * DOMParser.parseFromString (inert while parsed, but its nodes run their
 * handlers once moved into the page). Tests may use parseFromString to build
 * a fixture from markup, instead of assigning innerHTML.
 */
const MARKUP_IN_CODE = [
  ...HTML_PROPERTIES.map((property) => ({
    property,
    message: `${property} turns strings into markup; use textContent or build nodes.`,
  })),
  { property: 'parseFromString', message: 'Parses a string as markup; build nodes and set textContent instead.' },
];

/** Syntax bans that hold in every file, tests included. */
const SYNTAX_BANS = [
  {
    // `el.innerHTML = s`, `el.outerHTML += s`, `el['innerHTML'] = s`.
    selector: `AssignmentExpression > MemberExpression.left[property.name=${HTML_PROPERTY_NAME}]`,
    message: 'Assigning innerHTML/outerHTML parses a string as HTML; build nodes and set textContent.',
  },
  {
    selector: `AssignmentExpression > MemberExpression.left[property.value=${HTML_PROPERTY_NAME}]`,
    message: 'Assigning innerHTML/outerHTML parses a string as HTML; build nodes and set textContent.',
  },
  {
    // `Object.assign(el, { innerHTML: s })` and the like.
    selector: `Property[key.name=${HTML_PROPERTY_NAME}]`,
    message: 'An innerHTML/outerHTML key ends up assigned as markup; build nodes and set textContent.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML renders a string as HTML; render text children instead.',
  },
];

/**
 * An import pattern for paths into one of `folders` at the repository root,
 * spelt relatively (`../../page/x`) or through WXT's root aliases (`@/page/x`).
 * No folder under lib/, components/ or scripts/ shares these names, so a
 * relative path that reaches one has left its own folder.
 */
function intoFolders(folders, message) {
  const names = folders.join('|');
  return { regex: `^(?:(?:\\.\\.?/)+|[@~]{1,2}/)(?:${names})(?:/|$)`, message };
}

/**
 * lib/ is the pure base: the CLI, the tests, the benchmark and the background
 * run it in Node or a worker, so it imports nothing above it and no browser
 * or extension API.
 */
const LIB_IMPORTS = [
  intoFolders(['page', 'components', 'entrypoints', 'store'], 'lib/ is the pure base: it imports nothing from page/, components/, entrypoints/ or store/.'),
  { regex: '^(?:wxt|#imports|webextension-polyfill|@wxt-dev|preact)(?:/|$)', message: 'lib/ uses no extension or UI framework: pass what it needs in.' },
];

/** Browser globals lib/ code may not read (tests may build a DOM to feed it). */
const BROWSER_GLOBALS = [
  'window', 'self', 'document', 'navigator', 'location', 'chrome', 'browser', 'localStorage', 'sessionStorage',
  'indexedDB', 'fetch', 'XMLHttpRequest', 'getComputedStyle', 'requestAnimationFrame', 'requestIdleCallback',
  'MutationObserver', 'customElements', 'CSS', 'Highlight', 'DOMParser',
].map((name) => ({ name, message: `lib/ runs outside the browser: ${name} belongs in page/, components/ or entrypoints/.` }));

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-artifacts/**', 'tests/fixtures/**'],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      // TypeScript checks names, so no-undef is off and no environment is
      // declared. no-eval and no-implied-eval find `setTimeout`, `window.eval`
      // and the like through declared globals only, so declare those.
      globals: Object.fromEntries(
        ['window', 'self', 'globalThis', 'global', 'setTimeout', 'setInterval', 'execScript'].map((name) => [
          name,
          'readonly',
        ]),
      ),
    },
    rules: {
      // Code from strings: eval, new Function / Function(), and setTimeout,
      // setInterval or execScript given a string.
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      'no-script-url': 'error',
      'no-restricted-properties': ['error', ...MARKUP_CALLS, ...MARKUP_IN_CODE],
      'no-restricted-syntax': ['error', ...SYNTAX_BANS],
      // `_name` marks a parameter or binding that is there for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests compare rendered markup, so they may READ innerHTML/outerHTML
    // (`expect(el.innerHTML).toBe(...)`). They still may not assign it: a
    // fixture is built with DOM calls, or parsed with DOMParser and its nodes
    // appended, so no test leans on the pattern the code is forbidden. This
    // block re-lists no-restricted-properties without MARKUP_IN_CODE (a later
    // setting of a rule replaces an earlier one); the assignment bans in
    // no-restricted-syntax above still apply.
    files: TEST_FILES,
    rules: {
      'no-restricted-properties': ['error', ...MARKUP_CALLS],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: LIB_IMPORTS }] },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS] },
  },
  {
    // The popup and options pages are UI over lib/ and the platform port; the
    // content script's DOM code is not theirs to reach into.
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [intoFolders(['page', 'entrypoints'], 'components/ never imports page/ or entrypoints/: shared pieces belong in lib/.')] }] },
  },
  {
    // The command-line scripts ship no test code: what they share with the
    // tests lives in scripts/lib/ (or lib/), and tests import it from there.
    files: ['scripts/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            intoFolders(['tests'], 'scripts/ imports no test code: move what it needs into scripts/lib/ or lib/.'),
            { regex: '(?:^|/)(?:testing/|[^/]+\\.test(?:\\.tsx?)?$)', message: 'scripts/ imports no test code: move what it needs into scripts/lib/ or lib/.' },
            { regex: '^(?:vitest|@testing-library|fast-check)(?:/|$)', message: 'scripts/ imports no test framework.' },
          ],
        },
      ],
    },
  },
);
