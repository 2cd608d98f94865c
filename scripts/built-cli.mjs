// node scripts/built-cli.mjs NAME [ARGS...]: runs scripts/NAME.ts from a
// bundle built once with esbuild into .cache/cli/NAME.mjs, rebuilt only when
// one of the files it was built from (or this runner) is newer than it.
// Why: `tsx` transpiles the whole program at every start (0.9-4 s here); the
// bundle starts in a tenth of that. Plain JavaScript so that it starts at once.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.cache/cli');
/** How a command-line tool is bundled; `npm run bench` bundles the analyzer the same way, to time it as it ships. */
export const BUNDLE_OPTIONS = { bundle: true, platform: 'node', format: 'esm', target: 'node20' };
/** The command-line tools that start from a bundle (they read no file beside their own source). */
export const BUILT_CLIS = ['analyze'];

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Infinity; // gone: rebuild
  }
};

/** True when the bundle exists and none of its inputs changed since it was built. */
function isFresh(out, inputsFile) {
  if (!existsSync(out) || !existsSync(inputsFile)) return false;
  const builtAt = mtime(out);
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  return [fileURLToPath(import.meta.url), ...inputs.map((f) => join(ROOT, f))].every((f) => mtime(f) <= builtAt);
}

/**
 * The path of the bundle of scripts/NAME.ts, built first if it is missing or
 * stale. Written to a temporary name and renamed, so concurrent callers never
 * see half a file.
 * @param {string} name
 * @returns {Promise<string>}
 */
export async function ensureBuilt(name) {
  if (!BUILT_CLIS.includes(name)) throw new Error(`not a built CLI: ${name} (one of ${BUILT_CLIS.join(', ')})`);
  const out = join(CACHE, `${name}.mjs`);
  const inputsFile = join(CACHE, `${name}.inputs.json`);
  if (isFresh(out, inputsFile)) return out;
  const { build } = await import('esbuild');
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  const result = await build({
    entryPoints: [join(ROOT, 'scripts', `${name}.ts`)],
    outfile: tmp,
    ...BUNDLE_OPTIONS,
    metafile: true,
    logLevel: 'error',
    absWorkingDir: ROOT,
  });
  writeFileSync(`${inputsFile}.tmp-${process.pid}`, JSON.stringify(Object.keys(result.metafile.inputs)));
  renameSync(`${inputsFile}.tmp-${process.pid}`, inputsFile);
  renameSync(tmp, out);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [name, ...args] = process.argv.slice(2);
  if (!name || !BUILT_CLIS.includes(name)) {
    process.stderr.write(`usage: node scripts/built-cli.mjs NAME [ARGS...] (NAME: ${BUILT_CLIS.join(', ')})\n`);
    process.exit(2);
  }
  const built = await ensureBuilt(name);
  // The CLI reads its arguments as if it had been started itself.
  process.argv = [process.argv[0], built, ...args];
  await import(pathToFileURL(built).href);
}
