import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ICON_SIZES } from './scripts/icon-sizes';

const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));

// Chrome MV3 and Firefox from one config; see README "Architecture".
// Permissions stay at `storage`: the content script is declared in
// entrypoints/content.ts (all http/https pages, every frame, at document_idle)
// and needs no host permission; nothing is fetched and no remote code runs.
const GLOSSARY = resolve(import.meta.dirname, 'assets', 'glossary.json');

export default defineConfig({
  srcDir: '.',
  // `npm run size` builds with source maps elsewhere, so .output stays what ships.
  outDir: process.env.SOROT_SOURCEMAP_OUT ?? '.output',
  hooks: {
    // The glossary ships as a packaged file the background fetches on first
    // need (entrypoints/background/glossary-source.ts), not inside
    // background.js. A build before `npm run glossary` has none: the
    // extension then marks nothing, as before.
    'build:publicAssets': (_wxt, files) => {
      if (existsSync(GLOSSARY)) files.push({ absoluteSrc: GLOSSARY, relativeDest: 'glossary.json' });
    },
    // So `browser.runtime.getURL('/glossary.json')` type-checks.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('glossary.json');
    },
  },
  vite: () => ({
    plugins: [preact()],
    // Terser's second pass packs the content script 1.6% smaller than the
    // default minifier (327 bytes gzip of its 20 KB budget, issue 13), with
    // none of its unsafe transforms.
    build: { sourcemap: Boolean(process.env.SOROT_SOURCEMAP_OUT), minify: 'terser', terserOptions: { compress: { passes: 2 } } },
    // True only in the browser tests' build (see entrypoints/background/test-hold.ts).
    define: { __SOROT_TEST_HOOKS__: JSON.stringify(process.env.SOROT_TEST_HOOKS === '1') },
  }),
  // The sources zip addons.mozilla.org asks for, for a reviewer to rebuild
  // from: what `npm ci && npm run build:firefox` needs, with no test pages,
  // screenshots or test suites, and not the generated CLI bundles in .cache/
  // (WXT already leaves out node_modules, dotfiles, *.test.* and .output).
  zip: { excludeSources: ['.cache/**', 'tests/**', 'test-artifacts/**', 'docs/**', '**/*.log', 'vitest.config.ts'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // public/icon/<size>.png, rendered from assets/icon.svg by `npm run icons`.
    icons: ICONS,
    // The toolbar button carries the badge (number of marks on the page).
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    // Keyboard: the background forwards these to the page in the active tab.
    commands: {
      'toggle-marks': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandToggleMarks__' },
      'next-mark': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNextMark__' },
    },
    // Firefox needs a stable add-on id; Chromium would warn about the key.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'sorot@sorot.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } } : {}),
  }),
});
