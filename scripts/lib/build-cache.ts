// A build of the extension is reused while its inputs are unchanged: a test
// run, the benchmark or the demo then skips `wxt build` (10-20 s here). The
// inputs are every file git knows in the repository (tracked, or new and not
// ignored) except those no build reads: tests, docs, Markdown, the test and
// lint tools' configs. Too many files
// only costs a needless rebuild; a missed input would reuse a stale build, so
// the list leaves out only what surely is not one. The SOROT_* switches the
// build config reads count too (the browser tests build with their hooks on,
// the benchmark without). Without git, it always builds.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Files that are never an input of the extension's build. */
const NOT_INPUT = /^(?:tests|docs|test-artifacts)\/|\.md$|\.test\.tsx?$|\.timing\.ts$|^(?:vitest|vitest\.timing|eslint|knip)\.config\.[jt]s$/;

/** The environment variables the build config reads (`process.env.SOROT_...`), sorted. */
function buildSwitches(root: string): string[] {
  const config = join(root, 'wxt.config.ts');
  const source = existsSync(config) ? readFileSync(config, 'utf8') : '';
  return [...new Set(source.match(/\bprocess\.env\.SOROT_\w+/g) ?? [])].map((m) => m.slice('process.env.'.length)).sort();
}

/** A hash of the build's inputs, or null when git cannot list them. */
function buildInputsHash(root: string): string | null {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
  const hash = createHash('sha256');
  // The build's switches are inputs too: the SOROT_* variables wxt.config.ts reads (the browser tests' hooks).
  for (const name of buildSwitches(root)) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  for (const file of listed.split('\0').filter((f) => f !== '' && !NOT_INPUT.test(f)).sort()) {
    const path = join(root, file);
    // A tracked file deleted in the working tree counts as absent; a symlinked folder (a worktree's node_modules) is no input.
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) continue;
    hash.update(`${file}\0${stat ? createHash('sha256').update(readFileSync(path)).digest('hex') : '-'}\0`);
  }
  return hash.digest('hex');
}

/** Where the hash of the inputs a build came from is kept: beside the build, not inside the extension. */
const stampOf = (outDir: string) => `${outDir}.inputs`;

/**
 * What the stamp says of a build: its inputs, and when its manifest was
 * written, so a build made some other way since (`npm run build` after an
 * edit) is never taken for the one stamped.
 */
function stampFor(outDir: string, inputs: string): string | null {
  const manifest = join(outDir, 'manifest.json');
  return existsSync(manifest) ? `${inputs} ${statSync(manifest).mtimeMs}` : null;
}

/** Whether `outDir` holds a build of exactly these inputs. */
function isBuiltFrom(outDir: string, inputs: string | null): boolean {
  const stamp = stampOf(outDir);
  if (inputs === null || !existsSync(stamp)) return false;
  const expected = stampFor(outDir, inputs);
  return expected !== null && readFileSync(stamp, 'utf8') === expected;
}

/** Runs `build` unless `outDir` already holds a build of the current inputs; then records them. */
export function buildUnlessCurrent(root: string, outDir: string, build: () => void): void {
  const inputs = buildInputsHash(root);
  if (isBuiltFrom(outDir, inputs)) return;
  // A build that fails half-way must not leave the last stamp standing.
  rmSync(stampOf(outDir), { force: true });
  build();
  const stamp = inputs === null ? null : stampFor(outDir, inputs);
  if (stamp !== null) writeFileSync(stampOf(outDir), stamp);
}
