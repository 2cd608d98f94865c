// Types for scripts/built-cli.mjs, which stays plain JavaScript to start fast.
export declare const BUILT_CLIS: readonly string[];
/** How a command-line tool is bundled (esbuild options). */
export declare const BUNDLE_OPTIONS: { bundle: true; platform: 'node'; format: 'esm'; target: string };
/** The path of the bundle of scripts/NAME.ts, built first if missing or stale. */
export declare function ensureBuilt(name: string): Promise<string>;
