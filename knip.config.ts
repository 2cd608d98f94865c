// knip: files, exports, class members and dependencies nothing uses. Run by
// `npm run knip` and, so main stays clean as changes land, by `npm run lint`.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  // knip has no WXT plugin: WXT's entrypoints, its config, the command-line
  // scripts and the gold builders of the held-out and dev sets (run by hand) are where use starts.
  // Test files are entries through knip's vitest plugin.
  entry: [
    'wxt.config.ts',
    'entrypoints/*.ts',
    'entrypoints/*/index.ts',
    'entrypoints/*/main.tsx',
    'scripts/*.ts',
    'tests/fixtures/{heldout,heldout-new,dev}/build.mjs',
  ],
  project: ['**/*.{ts,tsx,js,mjs}'],
  include: ['classMembers'],
  // A props or options type named in its own module's signatures is part of
  // that module's surface, even when callers never spell it.
  ignoreExportsUsedInFile: { interface: true, type: true },
  // Read by path, not imported: tests/browser/harness.ts injects axe.min.js into pages. Named, not
  // imported: wxt.config.ts asks Vite for `minify: 'terser'`, and Vite loads it.
  ignoreDependencies: ['axe-core', 'terser'],
};

export default config;
