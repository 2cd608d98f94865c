// Cards on the page: hovering a mark for a moment, tapping it, or moving to
// it with the next-mark command opens its card beside it. The card stays
// while the pointer is on the mark or the card, and closes on Escape, on
// moving away (after a short grace), or when the page scrolls.
//
// Three stages, each a named function below: hit-test (which mark is under
// the pointer, or after the last one shown), render (the mark's card, fetched
// once, filled in the reader's language) and place (beside the mark, inside
// the window). createCards() wires them to the page's events.
//
// Marks are CSS highlights, which get no events: the pointer is turned into a
// caret position by the browser and looked up in a HitIndex, at most once a
// frame. The index is rebuilt only when the marks changed and the pointer
// next moves, so marking a page costs nothing more until the reader points.
import type { RegionMap } from '../../lib/geo/region-map';
import type { Card } from '../../lib/glossary/types';
import { placeCard } from './card-placement';
import { cardStrings, type CardStrings } from './card-strings';
import { createCardHost, fillCard, type CardHost, type CardSubject } from './card-view';
import type { Marker } from '../mark/highlighter';
import { borrowLive, compareStarts } from '../mark/ranges';
import { buildHitIndex, type HitIndex } from './hit-index';
import type { Lang } from '../../lib/types';

export const HOVER_MS = 150;
const GRACE_MS = 300;
/** After the next-mark command scrolls to a mark, scrolling moves the card instead of closing it. */
const SCROLL_SETTLE_MS = 1200;
const CACHE_LIMIT = 500;

export interface CardsDeps {
  doc: Document;
  marker: Marker;
  /** The card of a mark from the background (null: the glossary has none). */
  fetchCard(id: string, text: string): Promise<Card | null>;
  /** The offline map for place cards (null: none to be had). */
  fetchMap(): Promise<RegionMap | null>;
  /** The interface language now (the user may change it while the page is open). */
  language(): Lang;
  /** Scrolls a mark into view and flashes it. */
  reveal(range: AbstractRange): void;
}

export interface Cards {
  /** The marks changed: the index is rebuilt when next needed. */
  invalidate(): void;
  /** Moves to the mark after the last one shown and opens its card; false when there is none. */
  next(): boolean;
  close(): void;
  stop(): void;
}

interface PageMark extends CardSubject {
  range: AbstractRange;
}

/** Every mark with its range, for the hit index. */
function marksOf(marker: Marker): Array<{ range: AbstractRange; mark: PageMark }> {
  return marker.withRanges().map(({ kind, id, text, range }) => ({ range, mark: { kind, id, text, range } }));
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const within = (rect: DOMRect, x: number, y: number) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

// ---- hit-test ----

/** The mark under the point, checked against its glyphs (a caret snaps to the nearest character). */
function markAt(doc: Document, index: HitIndex<PageMark>, x: number, y: number): PageMark | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  // The pointer on the right half of a mark's last letter puts the caret after it.
  const mark = index.at(caret.node, caret.offset) ?? (caret.offset > 0 ? index.at(caret.node, caret.offset - 1) : null);
  if (!mark) return null;
  return borrowLive(mark.range, (live) => [...live.getClientRects()].some((rect) => within(rect, x, y))) ? mark : null;
}

/** The first mark after `last` in document order (binary search), wrapping; the first when there is no `last`. */
function markAfter(marks: readonly PageMark[], last: AbstractRange | null): PageMark {
  let lo = 0;
  let hi = marks.length;
  while (last && lo < hi) {
    const mid = (lo + hi) >> 1;
    let after = false;
    try {
      after = compareStarts((marks[mid] as PageMark).range, last) > 0;
    } catch {
      after = true; // a range left the document: start over from the top
    }
    if (after) hi = mid;
    else lo = mid + 1;
  }
  return marks[lo % marks.length] as PageMark;
}

// ---- render ----

/** Cards fetched from the background once per entity (and forgotten wholesale past CACHE_LIMIT). */
function createCardCache(fetchCard: CardsDeps['fetchCard']): (mark: PageMark) => Promise<Card | null> {
  const cache = new Map<string, Promise<Card | null>>();
  return (mark) => {
    if (mark.id === null) return Promise.resolve(null);
    let card = cache.get(mark.id);
    if (!card) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      card = fetchCard(mark.id, mark.text).catch(() => null);
      cache.set(mark.id, card);
    }
    return card;
  };
}

/** The offline map a place card shows: asked once, with the first place card (alongside its card, so it adds no wait), then kept. */
function createMapCache(fetchMap: CardsDeps['fetchMap']): (mark: PageMark) => Promise<RegionMap | null> {
  let regionMap: Promise<RegionMap | null> | null = null;
  return (mark) => (mark.kind === 'place' ? (regionMap ??= fetchMap().catch(() => null)) : Promise.resolve(null));
}

/** Fills the card for `mark` in `lang`, making the language's strings once. */
function render(ui: CardHost, mark: PageMark, entry: Card | null, map: RegionMap | null, lang: Lang, strings: Map<Lang, CardStrings>): void {
  let s = strings.get(lang);
  if (!s) strings.set(lang, (s = cardStrings(lang)));
  fillCard(ui.card, mark, entry, lang, s, map);
}

// ---- place ----

/** Puts the card beside the mark, inside the window; false when the mark has no box left (it left the page). */
function place(ui: CardHost, range: AbstractRange, doc: Document, view: Window): boolean {
  const rect = borrowLive(range, (live) => (live.getClientRects().length === 0 ? null : live.getBoundingClientRect()));
  if (!rect) return false;
  ui.card.style.maxHeight = '';
  const size = ui.card.getBoundingClientRect();
  const p = placeCard(rect, size, { width: doc.documentElement.clientWidth || view.innerWidth, height: view.innerHeight });
  ui.host.style.setProperty('left', `${p.left}px`, 'important');
  ui.host.style.setProperty('top', `${p.top}px`, 'important');
  ui.card.style.maxHeight = `${p.maxHeight}px`;
  return true;
}

export function createCards(deps: CardsDeps): Cards {
  const { doc } = deps;
  const view = doc.defaultView as Window & typeof globalThis;
  let index: HitIndex<PageMark> | null = null;
  let ui: CardHost | null = null;
  let shown: PageMark | null = null;
  let pending: PageMark | null = null;
  let last: AbstractRange | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let point: { x: number; y: number; onCard: boolean } | null = null;
  let settleUntil = 0;
  let opening = 0;
  let focusBefore: Element | null = null;
  const cardOf = createCardCache(deps.fetchCard);
  const mapFor = createMapCache(deps.fetchMap);
  const strings = new Map<Lang, CardStrings>();

  const indexNow = () => (index ??= buildHitIndex(marksOf(deps.marker)));

  const markUnder = (x: number, y: number) => (deps.marker.count === 0 ? null : markAt(doc, indexNow(), x, y));

  function position(): void {
    if (ui && shown && !place(ui, shown.range, doc, view)) close();
  }

  async function open(mark: PageMark, byKeyboard: boolean): Promise<void> {
    const token = ++opening;
    clearTimeout(closeTimer);
    const [entry, map] = await Promise.all([cardOf(mark), mapFor(mark)]);
    if (token !== opening || stopped) return;
    ui ??= createCardHost(doc);
    // Outside <body>: the page's layout and its body-level scripts leave it alone.
    if (!ui.host.isConnected) doc.documentElement.append(ui.host);
    render(ui, mark, entry, map, deps.language(), strings);
    shown = mark;
    last = mark.range;
    ui.host.hidden = false;
    position();
    if (byKeyboard) {
      focusBefore ??= doc.activeElement;
      ui.card.focus({ preventScroll: true });
    }
  }

  function close(): void {
    opening += 1;
    clearTimeout(closeTimer);
    clearTimeout(hoverTimer);
    pending = null;
    if (!shown) return;
    shown = null;
    if (ui) ui.host.hidden = true;
    if (focusBefore instanceof view.HTMLElement && focusBefore.isConnected) focusBefore.focus({ preventScroll: true });
    focusBefore = null;
  }

  const closeSoon = () => {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(close, GRACE_MS);
  };

  function check(): void {
    frame = 0;
    if (!point) return;
    if (point.onCard) {
      clearTimeout(closeTimer);
      return;
    }
    const mark = markUnder(point.x, point.y);
    if (mark && mark === shown) {
      clearTimeout(closeTimer);
      return;
    }
    if (mark === pending && mark) return;
    clearTimeout(hoverTimer);
    pending = mark;
    if (mark) hoverTimer = setTimeout(() => void open(mark, false), HOVER_MS);
    if (shown) closeSoon();
  }

  const onPointerMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    point = { x: e.clientX, y: e.clientY, onCard: ui !== null && e.target === ui.host };
    if (!frame) frame = view.requestAnimationFrame(check);
  };
  const onClick = (e: MouseEvent) => {
    if (ui && e.target === ui.host) return;
    const mark = markUnder(e.clientX, e.clientY);
    if (mark) void open(mark, false);
    else close();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && shown) close();
  };
  const onScroll = () => {
    if (!shown) return;
    if (Date.now() < settleUntil) position();
    else close();
  };
  const onLeave = () => {
    point = null;
    clearTimeout(hoverTimer);
    pending = null;
    if (shown) closeSoon();
  };

  let stopped = false;
  doc.addEventListener('pointermove', onPointerMove, { passive: true, capture: true });
  doc.addEventListener('click', onClick, { passive: true, capture: true });
  doc.addEventListener('keydown', onKey, true);
  doc.documentElement.addEventListener('pointerleave', onLeave, { passive: true });
  view.addEventListener('scroll', onScroll, { passive: true, capture: true });

  return {
    invalidate() {
      index = null;
      if (shown && !shown.range.toString()) close();
    },
    next() {
      const marks = indexNow().marks;
      if (marks.length === 0) return false;
      const mark = markAfter(marks, last);
      close();
      settleUntil = Date.now() + SCROLL_SETTLE_MS;
      deps.reveal(mark.range);
      void open(mark, true);
      return true;
    },
    close,
    stop() {
      stopped = true;
      close();
      if (frame) view.cancelAnimationFrame(frame);
      doc.removeEventListener('pointermove', onPointerMove, true);
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      doc.documentElement.removeEventListener('pointerleave', onLeave);
      view.removeEventListener('scroll', onScroll, true);
      ui?.host.remove();
      ui = null;
      index = null;
    },
  };
}
