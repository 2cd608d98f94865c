// Renders the seed articles as realistic news pages (site header, navigation,
// headline, byline, paragraphs, related links, comments, footer), plus the
// special pages the browser tests need. Every article element carries
// `data-seed-start`: where its text starts in the seed, so a mark on the page
// can be compared with the gold offsets into the seed text.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../lib/types';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS_DIR = join(ROOT, 'seeds');

export interface Seed {
  name: string;
  text: string;
  lang: Lang;
}

export function loadSeeds(): Seed[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
      const gold = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'gold', `${name}.json`), 'utf8')) as { lang: string };
      return { name, text, lang: gold.lang === 'id' ? 'id' : 'en' };
    });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/** The seed's non-empty lines with their offsets: the first is the headline. */
export function seedLines(text: string): { start: number; line: string }[] {
  const lines: { start: number; line: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') lines.push({ start, line });
    start += line.length + 1;
  }
  return lines;
}

const SITE = {
  en: {
    name: 'The Daily Ledger',
    nav: ['Home', 'News', 'World', 'Sport', 'Business', 'Culture', 'Opinion'],
    byline: 'By Staff Reporter | 12 April 2024, 09:30',
    related: 'Related',
    comments: 'Comments',
    relatedLinks: ['Fuel prices expected to rise again this summer', 'Live: world leaders meet for climate talks', 'Markets close higher after a quiet week'],
    commentLines: ['Thanks for the clear report.', 'I hope the talks bring some peace soon.'],
    footer: '© 2024 The Daily Ledger. About us · Contact · Privacy policy · Terms of use',
  },
  id: {
    name: 'Kabar Harian',
    nav: ['Beranda', 'Berita', 'Dunia', 'Olahraga', 'Ekonomi', 'Hiburan', 'Opini'],
    byline: 'Oleh Tim Redaksi | 12 April 2024, 09.30 WIB',
    related: 'Berita Terkait',
    comments: 'Komentar',
    relatedLinks: ['Harga BBM diperkirakan naik lagi', 'Timnas menang tipis di laga persahabatan', 'Rupiah menguat pada akhir pekan'],
    commentLines: ['Terima kasih atas beritanya.', 'Semoga perdamaian segera tercapai.'],
    footer: '© 2024 Kabar Harian. Tentang kami · Kontak · Kebijakan privasi · Syarat penggunaan',
  },
} as const;

/** The article element of a seed: h1 headline and paragraphs, each with its seed offset. */
export function articleHtml(seed: Seed, byline: string = SITE[seed.lang].byline): string {
  const [headline, ...rest] = seedLines(seed.text);
  const parts = [
    headline ? `<h1 data-seed-start="${headline.start}">${escapeHtml(headline.line)}</h1>` : '',
    `<p class="byline">${escapeHtml(byline)}</p>`,
    ...rest.map(({ start, line }) => `<p data-seed-start="${start}">${escapeHtml(line)}</p>`),
  ];
  return `<article id="story">\n${parts.join('\n')}\n</article>`;
}

const STYLE = `
body{font:17px/1.6 Georgia,serif;margin:0;background:#fff;color:#1b1b1b}
header.site{background:#12355b;color:#fff;padding:12px 24px}
header.site a{color:#fff}
nav ul{list-style:none;display:flex;gap:16px;margin:8px 0 0;padding:0}
main{max-width:720px;margin:24px auto;padding:0 16px}
.byline{color:#666;font-size:14px}
aside,section.comments{border-top:1px solid #ddd;margin-top:24px;padding-top:8px}
footer{background:#eee;padding:16px 24px;font-size:13px;color:#444}
@media (prefers-color-scheme: dark){body{background:#15171a;color:#e6e6e6}footer{background:#222;color:#bbb}.byline{color:#aaa}}
`;

export function pageHtml(opts: { lang: Lang; title: string; main: string; script?: string }): string {
  const site = SITE[opts.lang];
  const nav = site.nav.map((item) => `<li><a href="#${item.toLowerCase()}">${item}</a></li>`).join('');
  const related = site.relatedLinks.map((item) => `<li><a href="#">${escapeHtml(item)}</a></li>`).join('');
  const comments = site.commentLines.map((line, i) => `<div class="comment"><b>reader${i + 1}</b><p>${escapeHtml(line)}</p></div>`).join('');
  return `<!doctype html>
<html lang="${opts.lang}">
<head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>${escapeHtml(opts.title)} - ${site.name}</title><style>${STYLE}</style></head>
<body>
<header class="site"><div class="brand">${site.name}</div><nav><ul>${nav}</ul></nav></header>
<main>
${opts.main}
<aside class="related"><h2>${site.related}</h2><ul>${related}</ul></aside>
<section class="comments"><h2>${site.comments}</h2>${comments}</section>
</main>
<footer>${escapeHtml(site.footer)}</footer>
${opts.script ? `<script>${opts.script}</script>` : ''}
</body>
</html>`;
}

export function seedPage(seed: Seed): string {
  return pageHtml({ lang: seed.lang, title: seedLines(seed.text)[0]?.line ?? seed.name, main: articleHtml(seed) });
}

/** A Malay article on the Indonesian site (its nearest kin), declared `ms`. */
export function malayPage(text: string): string {
  const seed: Seed = { name: 'malay', text, lang: 'id' };
  return seedPage(seed).replace('<html lang="id">', '<html lang="ms">');
}

/** A quiet page that receives a war article one second after load. */
export function livePage(seed: Seed): string {
  const article = JSON.stringify(articleHtml(seed));
  return pageHtml({
    lang: seed.lang,
    title: 'Live updates',
    main: '<p id="waiting">Updates will appear here.</p>',
    script: `setTimeout(() => { document.getElementById('waiting').insertAdjacentHTML('afterend', ${article}); window.__insertedAt = performance.now(); }, 1000);`,
  });
}

/** A short page in the seed's language that shows the seed page at `src` in a same-origin iframe of a fixed size. */
export function framedPage(seed: Seed, src: string): string {
  return pageHtml({
    lang: seed.lang,
    title: 'Embedded story',
    main: `<p id="intro">${seed.lang === 'id' ? 'Artikel dari mitra kami:' : 'A story from our partners:'}</p>
<iframe id="embedded" src="${escapeHtml(src)}" title="Embedded story" style="width:100%;height:560px;border:1px solid #999"></iframe>`,
  });
}

/** A single-page app: one article, replaced by another under a new address (pushState). */
export function spaPage(first: Seed, second: Seed): string {
  const next = JSON.stringify(articleHtml(second));
  return pageHtml({
    lang: first.lang,
    title: 'Story',
    main: articleHtml(first),
    script: `window.__swap = () => { history.pushState({}, '', '/spa/second'); document.getElementById('story').outerHTML = ${next}; window.__swappedAt = performance.now(); };`,
  });
}

/** War prose around form fields and editable text full of war words. */
export function formsPage(seed: Seed): string {
  const words = 'Zelensky Putin Kyiv Kharkiv Ukraine Russia NATO Pentagon 100.000 orang';
  return pageHtml({
    lang: seed.lang,
    title: 'Your view',
    main: `${articleHtml(seed)}
<form id="fields"><input id="f-input" value="${words}"><textarea id="f-textarea">${words}</textarea><select id="f-select"><option>${words}</option></select></form>
<div id="f-editable" contenteditable="true"><p>${words}</p></div>
<pre id="f-pre">${words}</pre>
<p id="f-notranslate" class="notranslate">${words}</p>`,
  });
}

/** About `words` words of war prose: the seed paragraphs repeated. */
export function bigPage(seeds: Seed[], words = 50_000): string {
  const paragraphs = seeds.flatMap((s) => seedLines(s.text).slice(1).map((l) => l.line));
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length] as string;
    count += p.split(/\s+/).length;
    out.push(`<p>${escapeHtml(p)}</p>`);
  }
  return pageHtml({ lang: 'en', title: 'Ukraine war: the long read', main: `<article id="story"><h1>Ukraine war: the long read</h1>${out.join('\n')}</article>` });
}

/** A short English article with no war in it: a stop where a reader of war news finds nothing to mark. */
function quietArticleHtml(): string {
  const paragraphs = [
    'The city library reopened its reading room on Saturday after six months of repairs to the roof and the heating.',
    'Visitors found new reading lamps, wider aisles and a corner for children, where volunteers read stories every morning.',
    'The librarians said the collection of local history books had been cleaned and catalogued during the closure.',
  ];
  return `<article id="story">\n<h1>The city library opens its doors again</h1>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article>`;
}

export interface TourStop {
  lang: Lang;
  title: string;
  /** The article element, with id="story". */
  html: string;
}

/** The stops of the tour page: every seed article, then an article without war. */
export function tourStops(seeds: Seed[]): TourStop[] {
  return [
    ...seeds.map((seed) => ({ lang: seed.lang, title: seedLines(seed.text)[0]?.line ?? seed.name, html: articleHtml(seed) })),
    { lang: 'en' as const, title: 'The city library opens its doors again', html: quietArticleHtml() },
  ];
}

/**
 * A single-page app that tours articles in one document: `window.__show(k)`
 * replaces the article with stop `k` under `/tour/<k>` (pushState) and sets
 * `<html lang>` to the article's, as a news site's reader app does. Loaded at
 * `/tour/<k>` it shows stop `k`: the fresh load a swapped-in article is
 * compared with. The site's frame (navigation, related links, footer) stays
 * the English one at every stop, so only the article differs.
 */
export function tourPage(stops: TourStop[], start: number): string {
  const stop = stops[start] as TourStop;
  const data = JSON.stringify(stops).replace(/</g, '\\u003c');
  const script = `const stops = ${data};
window.__show = (k) => {
  history.pushState({}, '', '/tour/' + k);
  document.documentElement.lang = stops[k].lang;
  document.title = stops[k].title;
  document.getElementById('story').outerHTML = stops[k].html;
};`;
  // pageHtml picks the frame's language from `lang`: keep the English frame, declare the article's language.
  return pageHtml({ lang: 'en', title: stop.title, main: stop.html, script }).replace('<html lang="en">', `<html lang="${stop.lang}">`);
}
