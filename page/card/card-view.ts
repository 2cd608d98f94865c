// The card's DOM: a `sorot-card` host (marked data-sorot-ui, so the text
// collector and the mutation watcher leave it alone) with a shadow root that
// holds the card and its styles, out of reach of the page's CSS. Everything
// shown is set as textContent: card text comes from the page and the corpus.
// What the card says is lib/cards/card-view-model.ts, shared with the popup's card.
//
// The shadow root is open, not closed: the browser tests read the card
// through it, and what it shows is on screen for the page to see anyway.
import { cardViewModel } from '../../lib/cards/card-view-model';
import { MAP_CSS } from '../../lib/geo/map-scene';
import type { RegionMap } from '../../lib/geo/region-map';
import type { Card } from '../../lib/glossary/types';
import type { CardKind, Lang } from '../../lib/types';
import { placeParts } from './card-map';
import type { CardStrings } from './card-strings';

/** The mark a card is opened for. */
export interface CardSubject {
  kind: CardKind;
  /** Card id, or null for a name known only by its shape. */
  id: string | null;
  /** The mark's text as the page writes it. */
  text: string;
}

export const CARD_TAG = 'sorot-card';
/** Longest sentence shown, in characters: the card is a glance, not the article. */
const SENTENCE_CHARS = 280;

// The map is at most 36% of the window high (its width following, auto, from
// the viewBox): a card has about half the window beside its mark, so at 200%
// zoom the whole map still shows at once when the card is scrolled to it.
const CSS = `
:host{all:initial;position:fixed;z-index:2147483647;left:0;top:0;display:block}
:host([hidden]){display:none}
.card{box-sizing:border-box;width:min(340px,calc(100vw - 16px));overflow:auto;padding:12px 14px;border-radius:8px;
 font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1f;background:#fff;
 border:1px solid #c9c9d1;box-shadow:0 6px 24px rgb(0 0 0 / .18);text-align:start;outline:none}
.card:focus-visible{outline:2px solid #2d5bd0;outline-offset:2px}
.name{font-size:16px;font-weight:650;margin:0}
.other,.kind,.count,.label,.from-corpus{color:#55555f;font-size:12.5px}
.from-corpus{margin-inline-start:6px;font-style:italic}
.kind{display:inline-block;margin:4px 0 6px;padding:1px 7px;border-radius:9px;background:#eef0f5}
p{margin:6px 0 0}
.sentence{font-style:italic}
.place{color:#55555f;font-size:12.5px}
.card .map{width:auto;max-width:min(280px,100%);max-height:36vh;margin-top:6px}
${MAP_CSS}
@media (prefers-color-scheme: dark){
 .place{color:#b3b5c0}
 .card{color:#ececf1;background:#1f2026;border-color:#464853;box-shadow:0 6px 24px rgb(0 0 0 / .5)}
 .other,.kind,.count,.label,.from-corpus{color:#b3b5c0}
 .kind{background:#2e3039}
 .card:focus-visible{outline-color:#8fb0ff}
}`;

export interface CardHost {
  host: HTMLElement;
  /** The card element inside the shadow root. */
  card: HTMLElement;
}

export function createCardHost(doc: Document): CardHost {
  const host = doc.createElement(CARD_TAG);
  host.setAttribute('data-sorot-ui', '');
  host.hidden = true;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.tabIndex = -1;
  root.append(style, card);
  return { host, card };
}

function line(doc: Document, tag: string, className: string, text: string): HTMLElement {
  const el = doc.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

/** `bahasa Inggris` starts a line as `Bahasa Inggris`. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Fills `card` for `subject`, from its glossary `entry` when there is one, in
 * `lang`; a place with a point gets its region, distance and `map`.
 */
export function fillCard(card: HTMLElement, subject: CardSubject, entry: Card | null, lang: Lang, s: CardStrings, map: RegionMap | null = null): void {
  const doc = card.ownerDocument;
  const view = cardViewModel(entry, subject, lang);
  const languageName = (code: Lang) => capitalised(s.languageName(code));
  const parts: Element[] = [line(doc, 'p', 'name', view.name)];
  if (view.other) parts.push(line(doc, 'div', 'other', `${languageName(view.other.lang)}: ${view.other.name}`));
  parts.push(line(doc, 'span', 'kind', s.kind(view.kind)));
  // Made from the corpus alone: said quietly beside the kind.
  if (view.fromCorpus) parts.push(line(doc, 'span', 'from-corpus', s.card('fromCorpus')));
  if (view.figure) {
    parts.push(line(doc, 'p', 'label', s.card('figure')), line(doc, 'div', 'figure', `${languageName('en')}: ${view.figure.en}`), line(doc, 'div', 'figure', `${languageName('id')}: ${view.figure.id}`));
  }
  if (view.gloss) parts.push(line(doc, 'p', 'gloss', view.gloss));
  parts.push(...placeParts(doc, entry, map, lang, s));
  const articles = s.card('articles', view.mentions.articles);
  parts.push(line(doc, 'p', 'count', view.mentions.total > 0 ? s.card('mentionsIn', view.mentions.total, { articles }) : s.card('notInCorpus')));
  if (view.sentence) parts.push(line(doc, 'p', 'label', s.card('sentences')), line(doc, 'p', 'sentence', `“${clip(view.sentence.text, SENTENCE_CHARS)}”`));
  card.replaceChildren(...parts);
  card.setAttribute('aria-label', `${view.name}, ${s.kind(view.kind)}`);
  card.lang = lang;
}
