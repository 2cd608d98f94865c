// @vitest-environment happy-dom
import nodeConsole from 'node:console';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadSeeds, ROOT, seedPage } from '../../scripts/lib/news-pages';
import { addedLooksLikeWar, pageLooksLikeWar, paragraphSample, quickLookRoot, sampleText } from './page-sample';

const PAGES_DIR = join(ROOT, 'tests', 'fixtures', 'pages');

/** What happy-dom says when a parsed page names a frame or a stylesheet it will not load: expected here, and nothing a real browser would do for a parsed document. */
const LOADING_DISABLED = /^Failed to load (?:iframe page|external stylesheet) ".*"\. (?:Iframe page|CSS file) loading is disabled\.$/;

/**
 * A document parsed from `html` (a fixture: tests may parse markup, code may
 * not). Happy-dom's complaints that it loads no frames or stylesheets (on
 * Node's own console, not the test's) are kept out of the output, so that a
 * real error stands out; anything else it says passes through.
 */
function parse(html: string): Document {
  const others: unknown[][] = [];
  const error = vi.spyOn(nodeConsole, 'error').mockImplementation((...args: unknown[]) => {
    if (!(args.length === 1 && args[0] instanceof Error && LOADING_DISABLED.test(args[0].message))) others.push(args);
  });
  try {
    return new DOMParser().parseFromString(html, 'text/html');
  } finally {
    error.mockRestore();
    for (const args of others) nodeConsole.error(...args);
  }
}

describe('sampleText', () => {
  it.each([
    ['plain paragraphs, joined with a space', '<p>Kyiv</p><p>Odesa</p>', 'Kyiv Odesa'],
    ['script and style', '<p>Kyiv</p><script>var Putin</script><style>.Kremlin{}</style>', 'Kyiv'],
    ['form fields and buttons', '<p>Kyiv</p><textarea>Putin</textarea><select><option>Moscow</option></select><button>Kremlin</button>', 'Kyiv'],
    ['navigation and footer', '<nav><a>Ukraine</a></nav><p>Kyiv</p><footer>Russia</footer>', 'Kyiv'],
    ['code and pre', '<p>Kyiv</p><pre>Putin</pre><p><code>Kremlin</code></p>', 'Kyiv'],
    ['the hidden attribute', '<p>Kyiv</p><div hidden><p>Putin</p></div>', 'Kyiv'],
    ['svg', '<p>Kyiv</p><svg><text>Putin</text></svg>', 'Kyiv'],
    ['aria-hidden', '<p>Kyiv</p><div aria-hidden="true">Putin</div><p aria-hidden="false">Odesa</p>', 'Kyiv Odesa'],
    ['a closed menu hidden by its inline style', '<p>Kyiv</p><div style="top:75px; display: none">Russia-Ukraine war</div><ul style="visibility:hidden"><li>Putin</li></ul>', 'Kyiv'],
    ['an inline style that hides nothing', '<p style="display:block">Kyiv</p><p style="--display:none-ish">Odesa</p>', 'Kyiv Odesa'],
    ['what follows a skipped block, at any depth', '<div><p>Kyiv</p><div><nav><p>Putin</p></nav></div></div><p>Odesa</p>', 'Kyiv Odesa'],
  ])('%s', (_name, html, expected) => {
    expect(sampleText([parse(html).body], 1000).replace(/\s+/g, ' ').trim()).toBe(expected);
  });

  it('skips a root that is never prose, and reads a text node root as it is', () => {
    const doc = parse('<script>Putin Kremlin</script><p>Kyiv</p>');
    const script = doc.querySelector('script') as Element;
    const text = (doc.querySelector('p') as Element).firstChild as Node;
    expect(sampleText([script, text], 1000)).toBe('Kyiv');
  });

  it('never reads past its root, even when the root ends with a skipped block', () => {
    const doc = parse('<div id="a"><p>Kyiv</p><div><nav>Putin</nav></div></div><p>Odesa</p>');
    expect(sampleText([doc.getElementById('a') as Element], 1000).replace(/\s+/g, ' ').trim()).toBe('Kyiv');
  });

  it('stops once it has about the limit', () => {
    const doc = parse(`<p>${'a'.repeat(300)}</p>`.repeat(100));
    const sample = sampleText([doc.body], 1000);
    expect(sample.length).toBeGreaterThanOrEqual(1000);
    expect(sample.length).toBeLessThan(1400);
  });

  it('counts text only: the indentation between tags does not fill the sample', () => {
    const doc = parse(`${'<div>\n          <span>\n          </span>\n        </div>'.repeat(100)}<p>Kyiv Kremlin</p>`);
    expect(sampleText([doc.body], 1000)).toBe('Kyiv Kremlin');
  });

  it('gives up after a bounded number of nodes on a page of empty markup', () => {
    const doc = parse(`${'<span></span>'.repeat(30_000)}<p>Putin Kremlin Kyiv</p>`);
    expect(sampleText([doc.body], 1000)).not.toContain('Putin');
  });
});

describe('paragraphSample', () => {
  const long = (word: string) => `${word} ${'x'.repeat(40)}`;
  it.each<[string, string, string]>([
    ['paragraphs only, in order, joined with a space', `<h2>Putin</h2><p>${long('Kyiv')}</p><div>Moscow</div><p>${long('Odesa')}</p>`, `${long('Kyiv')} ${long('Odesa')}`],
    ['not inside a menu, a footer or a button', `<nav><p>Putin</p></nav><p>${long('Kyiv')}</p><footer><div><p>Russia</p></div></footer><p>${long('Odesa')}</p>`, `${long('Kyiv')} ${long('Odesa')}`],
    ['not inside what is hidden by attribute or inline style', `<div hidden><p>Putin</p></div><div aria-hidden="true"><p>Kremlin</p></div><div style="color:red"><div style="display: none"><p>Moscow</p></div></div><p>${long('Kyiv')}</p><p>${long('Odesa')}</p>`, `${long('Kyiv')} ${long('Odesa')}`],
    ['inside a visible styled block', `<div style="color:red" aria-hidden="false"><p>${long('Kyiv')}</p></div><p>${long('Odesa')}</p>`, `${long('Kyiv')} ${long('Odesa')}`],
    ['what there is when the paragraphs hold less than the limit', `<p>Kyiv</p><div>${long('Odesa')}${long('Lviv')}</div>`, 'Kyiv'],
  ])('%s', (_name, html, expected) => {
    expect(paragraphSample(parse(html).body, 80)).toBe(expected);
  });
});

describe('quickLookRoot', () => {
  it.each([
    ['an article', '<div>x</div><article id="a">y</article>', 'a'],
    ['main', '<main id="m">y</main>', 'm'],
    ['role=main', '<div role="main" id="r">y</div>', 'r'],
    ['nothing marked up: the body', '<div id="d">y</div>', null],
  ])('%s', (_name, html, id) => {
    const doc = parse(html);
    const root = quickLookRoot(doc);
    expect(id === null ? root === doc.body : root?.id === id).toBe(true);
  });
});

describe('pageLooksLikeWar', () => {
  it.each(loadSeeds().map((seed) => [seed.name, seed] as const))('seed page %s: yes', (_name, seed) => {
    expect(pageLooksLikeWar(parse(seedPage(seed)))).toBe(true);
  });

  // None of the saved real pages is war coverage; the quick look should stop all of them (yahoo-2, a cargo
  // ship lost over Siberia, names the Russian side ten times but no war).
  it.each(readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')))('saved page %s: no', (file) => {
    expect(pageLooksLikeWar(parse(readFileSync(join(PAGES_DIR, file), 'utf8')))).toBe(false);
  });

  // Menus and teasers above the article, in divs: what a walk from the top of the page reads first.
  const chromeAbove = `<div>${'<div><a>Harga beras naik lagi di pasar induk</a> <span>Ekonomi</span></div>'.repeat(60)}</div>`;
  it.each([
    ['yes: a short article in paragraphs below long chrome', `${chromeAbove}<p>Drone Rusia menghantam pelabuhan Odesa, Ukraina, Senin dini hari.</p>`, true],
    ['yes: prose in divs, no paragraph at all', `<div>Russian drones struck Kyiv overnight, Ukrainian officials said.</div>`, true],
    ['no: a short paragraph without war below long chrome', `${chromeAbove}<p>Harga cabai turun.</p>`, false],
    ['yes: a teaser article above the story', `<article class="teaser"><h2><a href="/x">Harga beras</a></h2></article><div class="story"><p>Russian drones struck Kyiv overnight, Ukrainian officials said.</p></div>`, true],
    ['no: a teaser article above a story without war', `<article class="teaser"><h2><a href="/x">Kyiv</a></h2></article><div class="story"><p>Harga cabai turun di pasar.</p></div>`, false],
    [
      'no: a story in paragraphs that never names the war, war links in divs beside it',
      `<main><p>${'Harga cabai turun di pasar induk setelah panen raya di Jawa Timur. '.repeat(8)}</p><div><a href="/k">Kyiv diserang drone Rusia</a></div></main>`,
      false,
    ],
    ['yes: a short paragraph without war, the story in divs', `<main><p>Foto: Reuters</p><div>Russian drones struck Kyiv overnight, Ukrainian officials said.</div></main>`, true],
  ])('%s', (_name, html, expected) => {
    expect(pageLooksLikeWar(parse(`<title>Berita</title>${html}`))).toBe(expected);
  });

  it('reads the title too', () => {
    expect(pageLooksLikeWar(parse('<title>Russia and Ukraine</title><p>Photos</p>'))).toBe(true);
    expect(pageLooksLikeWar(parse('<title>Gallery</title><p>Photos</p>'))).toBe(false);
  });
});

describe('addedLooksLikeWar', () => {
  it.each([
    ['a war paragraph', '<p>Russian drones struck Kyiv overnight.</p>', true],
    ['Russia in passing', '<p>Oil prices rose after Russia cut supply.</p>', false],
    ['war words inside a script', '<script>const Kyiv = "Putin";</script>', false],
  ])('%s -> %s', (_name, html, expected) => {
    expect(addedLooksLikeWar([...parse(html).body.childNodes])).toBe(expected);
  });
});
