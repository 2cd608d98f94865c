// One news page per kind of page chrome (served by chromium.ts): a seed war article with that chrome
// where sites put it (inside the article or around it), each piece carrying
// war names and figures that must stay unmarked. The chrome is wrapped in an
// element with `data-chrome`, so a test can tell a mark on it from a mark on
// the article without knowing how the extension finds the article.
import { articleHtml, escapeHtml, pageHtml, seedLines, type Seed } from './news-pages';

type Place = 'top' | 'inside' | 'after-article' | 'bottom';

interface ChromeKind {
  place: Place;
  html: string;
}

const links = (items: string[]) => `<ul>${items.map((item) => `<li><a href="#">${escapeHtml(item)}</a></li>`).join('')}</ul>`;

/** The kinds of chrome of issue 15, each with war names in it. */
export const CHROME_KINDS: Record<string, ChromeKind> = {
  'edition-menu': { place: 'top', html: `<div class="edition-picker">${links(['UK edition', 'Kyiv edition', 'Moscow bureau', 'Ukraine war'])}</div>` },
  'relative-times': { place: 'inside', html: '<span class="age">4m</span> <span>8 hours ago</span> <span>1 month ago</span> <span>2 jam lalu</span> <span>5 menit yang lalu</span>' },
  'comment-counter': { place: 'inside', html: '<a href="#comments">0 Comments</a> <span>12 shares</span> <span>0 komentar</span>' },
  'cookie-banner': {
    place: 'top',
    html: '<div id="cookie-consent" class="consent-banner"><p>We and our partners, among them Kyiv Media and Moscow Analytics, use cookies. Read the Terms of Service and 300 partners.</p><button>Accept</button></div>',
  },
  'subscription-promo': { place: 'inside', html: '<div class="subscribe-promo"><p>Subscribe for 1 dollar a week for the best coverage of Zelensky, Putin and NATO.</p></div>' },
  'newsletter-promo': { place: 'inside', html: '<div class="newsletter-signup"><p>Sign up for our Ukraine war briefing: Kharkiv, Odesa and Crimea every morning.</p></div>' },
  'latest-list': { place: 'bottom', html: `<section class="latest"><h2>Latest</h2>${links(['Kremlin says talks are off', 'Zaporizhzhia plant loses power again', '2,000 troops moved to Kherson'])}</section>` },
  'most-read': { place: 'bottom', html: `<section class="most-read"><h2>Most read</h2>${links(['Putin meets Xi in Moscow', 'Drones over Lviv at night', 'Pentagon sends 50 tanks'])}</section>` },
  related: { place: 'after-article', html: `<aside class="related"><h2>Related</h2>${links(['Bakhmut: a year on', 'Mariupol rebuilds its theatre'])}</aside>` },
  trending: { place: 'bottom', html: `<div class="trending-now"><h2>Trending</h2>${links(['Wagner chief in Belarus', 'Sevastopol bay attacked'])}</div>` },
  // Named only by its heading, as a strip of cards without links under a hashed class.
  'labelled-strip': { place: 'inside', html: '<div class="c-3f9"><h3>Visual Stories</h3><div class="c-3fa">Kharkiv after the winter</div><div class="c-3fa">10 tanks that went to Ukraine</div></div>' },
  'share-bar': { place: 'inside', html: '<div class="share-tools"><a href="#">Share on X</a> <a href="#">Share Zelensky story</a> <a href="#">Email to Kyiv</a></div>' },
  ad: { place: 'inside', html: '<div class="ad-slot"><p>Advertisement: fly to Kyiv or Warsaw from 99 euros with 20 kg of luggage.</p></div>' },
  'author-box': { place: 'after-article', html: '<div class="author-bio"><p>Our Moscow correspondent covered the Kremlin, Crimea and the Donbas for 10 years.</p></div>' },
  footer: { place: 'bottom', html: '<footer class="site-footer"><p>Partners: Kyiv Independent, Moscow Times. Offices in Kharkiv and Dnipro.</p></footer>' },
  'site-search': { place: 'top', html: '<form role="search" class="site-search"><label>Search Ukraine, Russia, NATO <input value="Zelensky"></label><button>Search Putin</button></form>' },
  'appended-article': {
    place: 'bottom',
    html:
      '<article class="next-story"><h1>Next story: drones over Odesa and Kherson</h1>' +
      '<p>Russian drones attacked Odesa and Kherson overnight, Ukrainian officials said on Tuesday, and air defence shot down 30 of them.</p>' +
      '<p>President Volodymyr Zelensky asked NATO for more Patriot systems after the attack on the port of Odesa.</p></article>',
  },
};

/** The seed article as a news page with one kind of chrome in it, wrapped in `data-chrome`. */
export function chromePage(seed: Seed, kind: string): string {
  const chrome = CHROME_KINDS[kind];
  if (!chrome) throw new Error(`no chrome kind ${kind}`);
  const wrapped = `<div data-chrome="${kind}">${chrome.html}</div>`;
  let article = articleHtml(seed);
  // Inside: after the byline, where sites put times, counters, share bars and promos.
  if (chrome.place === 'inside') article = article.replace('</p>\n', `</p>\n${wrapped}\n`);
  const main = `${chrome.place === 'top' ? wrapped : ''}${article}${chrome.place === 'after-article' ? wrapped : ''}${chrome.place === 'bottom' ? wrapped : ''}`;
  return pageHtml({ lang: seed.lang, title: seedLines(seed.text)[0]?.line ?? seed.name, main });
}
