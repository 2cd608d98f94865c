// The content script's work on one page: a quick look, then (only on likely
// war coverage) the whole text to the background, the spans it returns turned
// into marks, and the page watched for text that arrives later or for a
// single-page-app navigation that replaces the article.

import { ask, TO_BACKGROUND, type AnalyzeRequest, type MarkedReport, type MarkSpan, type PagePart, type OffReason, type PageState, type PageStateReply, type ToBackground } from '../lib/messages';
import { type CardKind, KIND_OF_TYPE, type Lang } from '../lib/types';
import { Batcher, DEFAULT_BATCH } from './watch/batcher';
import { createCards, type Cards } from './card/cards';
import { collectText, outermostRoots } from './read/collect';
import { HighlightMarker, highlightRegistry, type Marker } from './mark/highlighter';
import { MarkWrapper } from './mark/mark-wrapper';
import type { MarkStyles } from '../lib/marks/marks-css';
import { declaredLanguageAllows, looksLikeWarText, SAMPLE_CHARS } from './look/war-text';
import { addedLooksLikeWar, pageLooksLikeWar, sampleText } from './look/page-sample';
import { findArticle, type Article } from './look/article';
import { createRevealer } from './mark/reveal';
import { summarizeMarks } from './mark/summary';
import { rangeForSpan, type TextMap } from './read/text-map';
import { watchNavigation, watchPage, type PageChanges, type PageWatch } from './watch/watch';
import { createSlice } from './read/yield';

export interface SorotPageDeps {
  doc: Document;
  /** Posts a message to the background and resolves with its raw reply (checked here, by lib/messages). */
  send(message: ToBackground): Promise<unknown>;
  /** Defaults to CSS highlights, or the wrapping fallback without them. */
  marker?: Marker;
  /** Mark whatever the verdict, with no quick look first (a site on the user's "always" list). */
  force?: boolean;
  /** Kinds the user wants marked; a kind set to false is not marked. All kinds by default. */
  kinds?: Readonly<Record<CardKind, boolean>>;
  /** False once the extension is gone (reloaded, updated, removed): the page then takes its marks down. */
  alive?: () => boolean;
  /** The interface language the cards speak, read when a card opens. English by default. */
  language?: () => Lang;
}

export interface SorotPage {
  /** Settles when the first pass (quick look, and marking if any) is done. */
  ready: Promise<void>;
  /** Current state, for tests and the popup. */
  readonly state: PageState;
  /** What the popup is told when the background knows nothing of the page. */
  pageState(): PageStateReply;
  readonly marker: Marker;
  /** The user asked to mark this page although it was not judged war coverage. */
  markAnyway(): Promise<void>;
  /** Scrolls to the `occurrence`-th mention (wrapping) of an entity and flashes it; false when none is marked here. */
  reveal(id: string | null, text: string, occurrence: number): boolean;
  /** Moves to the next mark and opens its card (the next-mark command); false when nothing is marked. */
  nextMark(): boolean;
  stop(): void;
}

/**
 * Pages with more elements than this are left alone unless the reader asks:
 * the highlight styles make the browser compute a style for every element
 * (about 4 µs each, measured on a page of 205,000), and a page this size
 * would freeze for a fifth of a second or more while it does.
 */
export const MAX_PAGE_ELEMENTS = 50_000;

/** While a big page is being marked, the background (badge, popup) hears the count this often. */
const REPORT_EVERY_MS = 250;

/** CSS highlights where the browser has them, else the wrapping fallback; either in the user's `styles`. */
export function createMarker(doc: Document, styles?: MarkStyles): Marker {
  const registry = doc.defaultView ? highlightRegistry(doc.defaultView) : null;
  return registry ? new HighlightMarker(doc, registry, styles) : new MarkWrapper(doc, styles);
}

export function startSorot(deps: SorotPageDeps): SorotPage {
  const { doc } = deps;
  const view = doc.defaultView as Window;
  const marker = deps.marker ?? createMarker(doc);
  const lang = doc.documentElement.getAttribute('lang')?.trim().toLowerCase() || null;
  const revealer = createRevealer(doc);
  const wanted = (kind: CardKind) => deps.kinds?.[kind] !== false;
  let forced = deps.force ?? false;
  let stopped = false;
  let state: PageState = 'idle';
  /** The last whole-page verdict; `state` says 'reading' until the marks it asked for are placed. */
  let verdict: 'war' | 'idle' = 'idle';
  /** While reading: the share of the marks placed. */
  let progress = 0;
  /** Elements counted on a page found too large to mark. */
  let elements = 0;
  let offReason: OffReason | undefined;
  /** Bumped on navigation and stop: work started for an older page is dropped. */
  let generation = 0;
  let watch: PageWatch | null = null;
  /** The article the page was judged by: text added outside it is left alone. */
  let article: Article | null = null;
  let wholePageDue = false;
  const changed: Node[] = [];

  // The cards listen to every pointer move: only pages with marks get them.
  let cards: Cards | null = null;
  const cardsOn = () =>
    (cards ??= createCards({
      doc,
      marker,
      fetchCard: async (id, text) => (await ask(TO_BACKGROUND, { type: 'card', id, text }, deps.send))?.card ?? null,
      fetchMap: async () => (await ask(TO_BACKGROUND, { type: 'region-map' }, deps.send)) ?? null,
      language: deps.language ?? (() => 'en'),
      reveal: (range) => revealer.reveal(range),
    }));

  // Every change to the marks goes through here, so the cards' index is dropped with them.
  const ownChange = <R>(change: () => R): R => {
    cards?.invalidate();
    return marker.mutatesDom && watch ? watch.ownChange(change) : change();
  };

  async function analyze(part: PagePart, map: TextMap): Promise<MarkSpan[] | null> {
    const request: AnalyzeRequest = { type: 'analyze', part, text: map.text, lang, url: view.location.href };
    if (forced) request.force = true;
    if (part === 'page' && article?.headline) request.headline = article.headline;
    const reply = await ask(TO_BACKGROUND, request, deps.send);
    if (!reply) return null;
    if (part === 'page' || reply.war) verdict = reply.war ? 'war' : 'idle';
    return reply.war || forced ? reply.spans : [];
  }

  /** Turns spans into marks, last first (see MarkWrapper.add), in slices; the counts are reported as they grow. */
  async function mark(map: TextMap, spans: MarkSpan[], forGeneration: number): Promise<void> {
    const sorted = spans.filter((span) => wanted(KIND_OF_TYPE[span.type])).sort((a, b) => a.start - b.start);
    const slice = createSlice();
    let i = sorted.length - 1;
    let reportedAt = performance.now();
    while (i >= 0) {
      if (forGeneration !== generation) return;
      ownChange(() => {
        // The clock is read every few marks: reading it costs about as much as a mark.
        for (let made = 0; i >= 0 && (made % 16 !== 0 || !slice.due()); i--, made++) {
          const span = sorted[i] as MarkSpan;
          const range = rangeForSpan(map, span.start, span.end, doc);
          if (range) marker.add(KIND_OF_TYPE[span.type], range, span.id);
        }
      });
      progress = (sorted.length - 1 - i) / sorted.length;
      if (i >= 0 && performance.now() - reportedAt > REPORT_EVERY_MS) {
        reportedAt = performance.now();
        await report();
        if (forGeneration !== generation) return;
      }
      if (i >= 0) await slice.next();
    }
    if (marker.count > 0) cardsOn();
    await report();
  }

  /** Tells the background what the page shows now; `fresh` when a new article replaced the one it judged. */
  async function report(fresh = false): Promise<void> {
    const { marksByType, entities } = summarizeMarks(marker.list());
    const message: MarkedReport = { type: 'marked', count: marker.count, marksByType, entities };
    if (fresh) message.fresh = true;
    await deps.send(message);
  }

  async function wholePage(forGeneration: number): Promise<void> {
    const body = doc.body;
    if (!body) return;
    // The quick look: most pages stop here, having read 2,000 characters.
    if (!forced && !pageLooksLikeWar(doc)) {
      state = 'idle';
      return;
    }
    if (!forced) {
      elements = doc.getElementsByTagName('*').length;
      if (elements > MAX_PAGE_ELEMENTS) {
        state = 'too-large';
        return;
      }
    }
    // Only the article counts from here on: the quick look may have been
    // swayed by a sidebar or a menu, the analysis and the marks may not.
    const found = (article = findArticle(doc));
    if (!forced && !looksLikeWarText(`${found.headline}\n${sampleText(found.roots, SAMPLE_CHARS)}`)) {
      state = 'idle';
      return;
    }
    state = 'reading';
    progress = 0;
    const map = await collectText(found.roots, found.isChrome);
    if (forGeneration !== generation) return;
    const spans = await analyze('page', map);
    if (spans && forGeneration === generation) await mark(map, spans, forGeneration);
    if (forGeneration === generation) state = verdict;
  }

  async function addedText(roots: Node[], forGeneration: number): Promise<void> {
    if (verdict !== 'war' && !forced) {
      // Not war coverage (yet): only a sign of war vocabulary in what arrived
      // is worth a new whole-page decision.
      if (addedLooksLikeWar(roots)) await wholePage(forGeneration);
      return;
    }
    // The article was replaced (a new one swapped in without a new address): judge the page again.
    if (article && !article.roots.every((root) => root.isConnected)) {
      await wholePage(forGeneration);
      return;
    }
    // Text outside the article (an appended next story, a sidebar that loads late) is left alone.
    const inArticle = article ? roots.filter((root) => article?.roots.some((a) => a.contains(root))) : roots;
    if (inArticle.length === 0) return;
    ownChange(() => {
      for (const root of inArticle) marker.removeWithin(root);
    });
    const map = await collectText(inArticle, article?.isChrome);
    if (forGeneration !== generation || map.text.trim() === '') return;
    const spans = await analyze('added', map);
    if (spans && forGeneration === generation) await mark(map, spans, forGeneration);
  }

  // Once the extension is reloaded or removed, messaging throws ("Extension
  // context invalidated"): stop quietly instead of throwing into the page.
  const batcher = new Batcher<PageChanges>((batches) => applyChanges(batches).catch(() => stop()), DEFAULT_BATCH);

  async function applyChanges(batches: PageChanges[]): Promise<void> {
    // Most page changes send nothing (text outside the article is left alone),
    // so a message failing cannot be the only sign that the extension is gone.
    if (deps.alive && !deps.alive()) {
      stop();
      return;
    }
    const forGeneration = generation;
    navigation.check();
    if (forGeneration !== generation) return; // the navigation handler took over
    if (batches.some((b) => b.removed)) {
      const before = marker.count;
      ownChange(() => marker.prune());
      if (marker.count !== before) await report();
    }
    if (wholePageDue) {
      wholePageDue = false;
      await wholePage(forGeneration);
      return;
    }
    changed.length = 0;
    for (const batch of batches) changed.push(...batch.added);
    const roots = outermostRoots(changed);
    if (roots.length > 0) await addedText(roots, forGeneration);
  }

  const navigation = watchNavigation(view, () => {
    // A new article under a new address: forget the old one and decide again
    // once the page has settled.
    generation += 1;
    ownChange(() => marker.clear());
    state = 'idle';
    verdict = 'idle';
    article = null;
    wholePageDue = true;
    void report(true).catch(() => undefined);
    batcher.push({ added: [], removed: false });
  });

  async function start(): Promise<void> {
    if ((!forced && !declaredLanguageAllows(lang)) || !doc.body) {
      state = 'off';
      if (doc.body) offReason = 'language';
      return;
    }
    watch = watchPage(doc.body, (changes) => batcher.push(changes));
    await wholePage(generation);
  }

  async function markAnyway(): Promise<void> {
    if (stopped || !doc.body) return;
    forced = true;
    generation += 1;
    watch ??= watchPage(doc.body, (changes) => batcher.push(changes));
    ownChange(() => marker.clear());
    await wholePage(generation);
  }

  function reveal(id: string | null, text: string, occurrence: number): boolean {
    const ranges = marker.rangesOf(id, text);
    if (ranges.length === 0) return false;
    revealer.reveal(ranges[occurrence % ranges.length] as Range);
    return true;
  }

  const ready = start().catch(() => {
    // The background went away (extension reloaded or updated): nothing to do.
    stop();
  });

  function stop(): void {
    stopped = true;
    cards?.stop();
    cards = null;
    revealer.stop();
    generation += 1;
    state = 'off';
    batcher.stop();
    navigation.stop();
    watch?.disconnect();
    watch = null;
    marker.clear();
  }

  return {
    ready,
    get state() {
      return state;
    },
    pageState: () => {
      const reply: PageStateReply = { state, url: view.location.href, marks: marker.count };
      if (state === 'reading') reply.progress = progress;
      if (batcher.busy) reply.busy = true;
      if (state === 'too-large') reply.elements = elements;
      if (state === 'off' && offReason && !stopped) reply.reason = offReason;
      return reply;
    },
    marker,
    markAnyway: () => markAnyway().catch(() => stop()),
    reveal,
    nextMark: () => !stopped && marker.count > 0 && cardsOn().next(),
    stop,
  };
}
