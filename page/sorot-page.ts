// The content script's work on one page, in five stages a reader can follow:
// look (a quick look: is this likely war coverage, and small enough? then the
// page's article found and looked at again), read (the article's visible prose
// as text), analyze (the text to the background, spans
// back), mark (spans into marks, in slices), and watch (text that arrives
// later, or a single-page-app navigation that replaces the article, goes
// round the stages again). startSorot() holds the state they share in one
// PageRun and wires them to the page.

import { ask, ASKED_BY_PAGE, type AnalyzeRequest, type MarkedReport, type PagePart, type OffReason, type PageState, type PageStateReply, type ToBackground } from '../lib/messages';
import { unpackSpans, type MarkSpan } from '../lib/marks/packed-spans';
import { type CardKind, KIND_OF_TYPE, type Lang } from '../lib/types';
import { Batcher, DEFAULT_BATCH } from './watch/batcher';
import { createCards, type Cards } from './card/cards';
import { collectText, outermostRoots } from './read/collect';
import { HighlightMarker, hasHighlights, highlightRegistry, type Marker } from './mark/highlighter';
import { MarkWrapper } from './mark/mark-wrapper';
import type { MarkStyles } from '../lib/marks/marks-css';
import { declaredLanguageAllows, looksLikeWarText, SAMPLE_CHARS } from './look/war-text';
import { addedLooksLikeWar, pageLooksLikeWar, sampleText } from './look/page-sample';
import { findArticle, type Article } from './look/article';
import { createRevealer, type Revealer } from './mark/reveal';
import { summarizeMarks } from './mark/summary';
import { markingOrder } from './mark/viewport-first';
import { rangeForSpan, type TextMap } from './read/text-map';
import { watchNavigation, watchPage, type PageChanges, type PageWatch } from './watch/watch';
import { createSlice, type Slice } from './read/yield';

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

/**
 * At most this many marks near the viewport are placed in one go, whatever
 * the slice's clock says (a few ms): more means a page whose boxes all
 * claimed to be in view, and it is marked in slices like the rest.
 */
const VIEW_AT_ONCE = 400;

/** While a big page is being marked, the background (badge, popup) hears the count this often. */
const REPORT_EVERY_MS = 250;

/**
 * An article longer than this is read in two: its first characters (the view
 * at load, for an article read from the top) analyzed and marked ahead of the
 * rest. The whole text's round trip to the background is most of the time to
 * a big page's first marks (183 of 290 ms on the 50,000-word page, README).
 */
const LEAD_CHARS = 12_000;

/** CSS highlights where the browser has them, else the wrapping fallback; either in the user's `styles`. */
export function createMarker(doc: Document, styles?: MarkStyles): Marker {
  const view = doc.defaultView;
  return view && hasHighlights(view) ? new HighlightMarker(doc, () => highlightRegistry(view), styles) : new MarkWrapper(doc, styles);
}

/** What the stages share for one page; startSorot() owns it. */
interface PageRun {
  readonly doc: Document;
  readonly view: Window;
  readonly deps: SorotPageDeps;
  readonly marker: Marker;
  readonly revealer: Revealer;
  /** The page's declared language (`<html lang>`), lower-cased. */
  readonly lang: string | null;
  /** Mark whatever the verdict: an "always" site, or the reader's "Mark anyway". */
  forced: boolean;
  stopped: boolean;
  state: PageState;
  /** The last whole-page verdict; `state` says 'reading' until the marks it asked for are placed. */
  verdict: 'war' | 'idle';
  /** While reading: the share of the marks placed. */
  progress: number;
  /** Elements counted on a page found too large to mark. */
  elements: number;
  offReason?: OffReason;
  /** Bumped on navigation and stop: work started for an older page is dropped. */
  generation: number;
  watch: PageWatch | null;
  /** The article the page was judged by: text added outside it is left alone. */
  article: Article | null;
  /** A navigation happened: the next batch of changes reads the whole page again. */
  wholePageDue: boolean;
  /** The nodes added in one batch of changes, kept between batches so none allocates a new list. */
  readonly changed: Node[];
  /** The cards listen to every pointer move: only pages with marks get them. */
  cards: Cards | null;
}

// ---- look ----

/** The quick look, then the size check; false (with the state that says why) when the page is left alone. */
function look(run: PageRun): boolean {
  if (run.forced) return true;
  // Most pages stop here, having read 2,000 characters.
  if (!pageLooksLikeWar(run.doc)) {
    run.state = 'idle';
    return false;
  }
  run.elements = run.doc.getElementsByTagName('*').length;
  if (run.elements > MAX_PAGE_ELEMENTS) {
    run.state = 'too-large';
    return false;
  }
  return true;
}

/** The article the analysis and the marks keep to; null (state 'idle') when it does not read as war coverage. */
async function lookAtArticle(run: PageRun, slice: Slice): Promise<Article | null> {
  // Only the article counts from here on: the quick look may have been
  // swayed by a sidebar or a menu, the analysis and the marks may not.
  const found = (run.article = await findArticle(run.doc, slice));
  if (!run.forced && !looksLikeWarText(`${found.headline}\n${sampleText(found.roots, SAMPLE_CHARS)}`)) {
    run.state = 'idle';
    return null;
  }
  return found;
}

// ---- analyze ----

/** The text to the background; the spans to mark (none when the page is not war coverage), null without a reply. */
async function analyze(run: PageRun, part: PagePart, map: TextMap): Promise<MarkSpan[] | null> {
  const request: AnalyzeRequest = { type: 'analyze', part, text: map.text, lang: run.lang, url: run.view.location.href };
  if (run.forced) request.force = true;
  if (part !== 'added' && run.article?.headline) request.headline = run.article.headline;
  if (run.article?.site) request.site = run.article.site;
  const reply = await ask(ASKED_BY_PAGE, request, run.deps.send);
  if (!reply) return null;
  // A lead's verdict is a guess: the page is judged by its whole text.
  if (part === 'page' || (part === 'added' && reply.war)) run.verdict = reply.war ? 'war' : 'idle';
  return reply.war || run.forced ? unpackSpans(reply.spans, map.text.length) : [];
}

// ---- mark ----

/** What the lead of a big page marked: its text, and the spans marked (by spanKey). */
interface Lead {
  text: string;
  marked: Set<string>;
}

const spanKey = (span: MarkSpan) => `${span.start} ${span.end} ${span.type} ${span.id}`;
const wanted = (run: PageRun, span: MarkSpan) => run.deps.kinds?.[KIND_OF_TYPE[span.type]] !== false;

/**
 * The lead analyzed and marked at once, in one step and unreported (the
 * page's count and share follow the whole text's analysis), unless the page
 * moved on meanwhile. Its last node may be cut short: names there wait for
 * the whole text.
 */
async function markAhead(run: PageRun, lead: TextMap, forGeneration: number): Promise<Lead> {
  const spans = (await analyze(run, 'lead', lead)) ?? [];
  const end = lead.starts[lead.starts.length - 1] ?? 0;
  const marked = new Set<string>();
  if (forGeneration === run.generation)
    ownChange(run, () => {
      for (const span of spans) {
        const range = span.end <= end && wanted(run, span) ? rangeForSpan(lead, span.start, span.end, run.doc) : null;
        if (!range) continue;
        run.marker.add(KIND_OF_TYPE[span.type], range, span.id);
        marked.add(spanKey(span));
      }
    });
  return { text: lead.text, marked };
}

/**
 * The whole text's spans less those the lead marked. Should the whole text
 * disown one of the lead's marks (a name the rest shows to be a common word),
 * or have changed under the lead, the lead's marks go and all are made anew.
 */
function notMarkedAhead(run: PageRun, lead: Lead, map: TextMap, spans: MarkSpan[]): MarkSpan[] {
  const rest = spans.filter((span) => !lead.marked.has(spanKey(span)));
  if (spans.length - rest.length === lead.marked.size && map.text.startsWith(lead.text)) return rest;
  ownChange(run, () => run.marker.clear());
  return spans;
}

/** Every change to the marks goes through here, so the cards' index is dropped with them. */
function ownChange<R>(run: PageRun, change: () => R): R {
  run.cards?.invalidate();
  return run.marker.mutatesDom && run.watch ? run.watch.ownChange(change) : change();
}

function cardsOn(run: PageRun): Cards {
  return (run.cards ??= createCards({
    doc: run.doc,
    marker: run.marker,
    fetchCard: async (id, text) => (await ask(ASKED_BY_PAGE, { type: 'card', id, text }, run.deps.send))?.card ?? null,
    fetchMap: async () => (await ask(ASKED_BY_PAGE, { type: 'region-map' }, run.deps.send)) ?? null,
    language: run.deps.language ?? (() => 'en'),
    reveal: (range) => run.revealer.reveal(range),
  }));
}

/**
 * Turns spans into marks in slices: first those near the viewport (see
 * viewport-first.ts), shown and reported at once, then the rest; the counts
 * are reported as they grow. With CSS highlights the rest are gathered slice
 * by slice out of sight and shown in one step (Marker.batch: showing 7,000
 * marks over forty frames cost forty rebuilds of every highlighted range).
 * The wrapping fallback wraps as it goes (a Range made long before its
 * wrapping would be broken by the wrapping of its neighbours).
 */
async function mark(run: PageRun, map: TextMap, spans: MarkSpan[], forGeneration: number): Promise<void> {
  const sorted = spans.filter((span) => wanted(run, span)).sort((a, b) => a.start - b.start);
  const { order, inBand } = markingOrder(map, sorted, run.view);
  const batch = run.marker.batch?.() ?? null;
  const slice = createSlice();
  let done = 0;
  let reportedAt = performance.now();
  let viewReported = false;
  while (done < order.length) {
    if (forGeneration !== run.generation) return;
    // A slice stops at the end of the view's marks, so they are shown and reported before the rest begin.
    const end = done < inBand ? inBand : order.length;
    ownChange(run, () => {
      // The clock is read every few marks: reading it costs about as much as a mark. The view's marks
      // (a screenful or two) go up in one slice, so the reader never sees half of them.
      for (let made = 0; done < end && (done < Math.min(inBand, VIEW_AT_ONCE) || made % 16 !== 0 || !slice.due()); done++, made++) {
        const span = sorted[order[done] as number] as MarkSpan;
        const range = rangeForSpan(map, span.start, span.end, run.doc);
        if (!range) continue;
        (batch && done >= inBand ? batch : run.marker).add(KIND_OF_TYPE[span.type], range, span.id);
      }
    });
    run.progress = done / order.length;
    // The view's marks (with a lead's, those after them) are reported as soon as they are shown.
    if (done < order.length && ((!viewReported && done >= inBand) || performance.now() - reportedAt > REPORT_EVERY_MS)) {
      viewReported = true;
      reportedAt = performance.now();
      await report(run);
      if (forGeneration !== run.generation) return;
    }
    if (done < order.length) await slice.next();
  }
  if (batch) ownChange(run, () => batch.show());
  if (run.marker.count > 0) cardsOn(run);
  await report(run);
}

/** Tells the background what the page shows now; `fresh` when a new article replaced the one it judged. */
async function report(run: PageRun, fresh = false): Promise<void> {
  const { marksByType, entities } = summarizeMarks(run.marker.list());
  const message: MarkedReport = { type: 'marked', count: run.marker.count, marksByType, entities };
  if (fresh) message.fresh = true;
  await run.deps.send(message);
}

// ---- the stages in order: the whole page, or what was added to it ----

/** look -> read -> analyze -> mark, over the page's article. */
async function wholePage(run: PageRun, forGeneration: number): Promise<void> {
  if (!run.doc.body || !look(run)) return;
  // Reading from the moment the quick look passed: the finder takes several tasks, and a popup opened meanwhile
  // must not hear 'idle' ("not war coverage") of a page about to be marked.
  run.state = 'reading';
  run.progress = 0;
  // One slice from the finder through the reading: each yields when it is spent, so their work never adds up to one long task.
  const slice = createSlice();
  const article = await lookAtArticle(run, slice);
  if (!article || forGeneration !== run.generation) return;
  const lead = await collectText(article.roots, article.isChrome, slice, LEAD_CHARS);
  if (forGeneration !== run.generation) return;
  // Only a big article has a lead, and only where marks leave the DOM as it is (the wrapping fallback splits text nodes).
  const ahead = lead.text.length < LEAD_CHARS || run.marker.mutatesDom ? null : await markAhead(run, lead, forGeneration);
  if (forGeneration !== run.generation) return;
  const map = ahead ? await collectText(article.roots, article.isChrome, slice) : lead;
  if (forGeneration !== run.generation) return;
  const spans = await analyze(run, 'page', map);
  if (spans && forGeneration === run.generation) await mark(run, map, ahead ? notMarkedAhead(run, ahead, map, spans) : spans, forGeneration);
  if (forGeneration === run.generation) run.state = run.verdict;
}

/** read -> analyze -> mark, over text added to a page already judged war coverage (else, maybe the whole page again). */
async function addedText(run: PageRun, roots: Node[], forGeneration: number): Promise<void> {
  if (run.verdict !== 'war' && !run.forced) {
    // Not war coverage (yet): only a sign of war vocabulary in what arrived
    // is worth a new whole-page decision.
    if (addedLooksLikeWar(roots)) await wholePage(run, forGeneration);
    return;
  }
  const { article } = run;
  // The article was replaced (a new one swapped in without a new address): judge the page again.
  if (article && !article.roots.every((root) => root.isConnected)) {
    await wholePage(run, forGeneration);
    return;
  }
  // Text outside the article (an appended next story, a sidebar that loads late) is left alone.
  const inArticle = article ? roots.filter((root) => article.roots.some((a) => a.contains(root))) : roots;
  if (inArticle.length === 0) return;
  ownChange(run, () => {
    for (const root of inArticle) run.marker.removeWithin(root);
  });
  const map = await collectText(inArticle, article?.isChrome);
  if (forGeneration !== run.generation || map.text.trim() === '') return;
  const spans = await analyze(run, 'added', map);
  if (spans && forGeneration === run.generation) await mark(run, map, spans, forGeneration);
}

// ---- watch ----

/** One batch of page changes: marks of removed text pruned, then the whole page (after a navigation) or the added text. */
async function applyChanges(run: PageRun, batches: PageChanges[], checkNavigation: () => void, stop: () => void): Promise<void> {
  // Most page changes send nothing (text outside the article is left alone),
  // so a message failing cannot be the only sign that the extension is gone.
  if (run.deps.alive && !run.deps.alive()) {
    stop();
    return;
  }
  const forGeneration = run.generation;
  checkNavigation();
  if (forGeneration !== run.generation) return; // the navigation handler took over
  if (batches.some((b) => b.removed)) {
    const before = run.marker.count;
    ownChange(run, () => run.marker.prune());
    if (run.marker.count !== before) await report(run);
  }
  if (run.wholePageDue) {
    run.wholePageDue = false;
    await wholePage(run, forGeneration);
    return;
  }
  run.changed.length = 0;
  // Node by node, not push(...added): a batch of a hundred thousand nodes would overflow the call's arguments.
  for (const batch of batches) for (const node of batch.added) run.changed.push(node);
  const roots = outermostRoots(run.changed);
  if (roots.length > 0) await addedText(run, roots, forGeneration);
}

export function startSorot(deps: SorotPageDeps): SorotPage {
  const { doc } = deps;
  const run: PageRun = {
    doc,
    view: doc.defaultView as Window,
    deps,
    marker: deps.marker ?? createMarker(doc),
    revealer: createRevealer(doc),
    lang: doc.documentElement.getAttribute('lang')?.trim().toLowerCase() || null,
    forced: deps.force ?? false,
    stopped: false,
    state: 'idle',
    verdict: 'idle',
    progress: 0,
    elements: 0,
    generation: 0,
    watch: null,
    article: null,
    wholePageDue: false,
    changed: [],
    cards: null,
  };
  const { marker } = run;

  // Once the extension is reloaded or removed, messaging throws ("Extension
  // context invalidated"): stop quietly instead of throwing into the page.
  const batcher = new Batcher<PageChanges>((batches) => applyChanges(run, batches, () => navigation.check(), stop).catch(() => stop()), DEFAULT_BATCH);
  const watchBody = (body: HTMLElement) => (run.watch ??= watchPage(body, (changes) => batcher.push(changes)));

  const navigation = watchNavigation(run.view, () => {
    // A new article under a new address: forget the old one and decide again
    // once the page has settled.
    run.generation += 1;
    ownChange(run, () => marker.clear());
    run.state = 'idle';
    run.verdict = 'idle';
    run.article = null;
    run.wholePageDue = true;
    void report(run, true).catch(() => undefined);
    batcher.push({ added: [], removed: false });
  });

  async function start(): Promise<void> {
    if ((!run.forced && !declaredLanguageAllows(run.lang)) || !doc.body) {
      run.state = 'off';
      if (doc.body) run.offReason = 'language';
      return;
    }
    watchBody(doc.body);
    await wholePage(run, run.generation);
  }

  async function markAnyway(): Promise<void> {
    if (run.stopped || !doc.body) return;
    run.forced = true;
    run.generation += 1;
    watchBody(doc.body);
    ownChange(run, () => marker.clear());
    await wholePage(run, run.generation);
  }

  function reveal(id: string | null, text: string, occurrence: number): boolean {
    const ranges = marker.rangesOf(id, text);
    if (ranges.length === 0) return false;
    run.revealer.reveal(ranges[occurrence % ranges.length] as AbstractRange);
    return true;
  }

  const ready = start().catch(() => {
    // The background went away (extension reloaded or updated): nothing to do.
    stop();
  });

  function stop(): void {
    run.stopped = true;
    run.cards?.stop();
    run.cards = null;
    run.revealer.stop();
    run.generation += 1;
    run.state = 'off';
    batcher.stop();
    navigation.stop();
    run.watch?.disconnect();
    run.watch = null;
    marker.clear();
  }

  return {
    ready,
    get state() {
      return run.state;
    },
    pageState: () => {
      const reply: PageStateReply = { state: run.state, url: run.view.location.href, marks: marker.count };
      if (run.state === 'reading') reply.progress = run.progress;
      if (batcher.busy) reply.busy = true;
      if (run.state === 'too-large') reply.elements = run.elements;
      if (run.state === 'off' && run.offReason && !run.stopped) reply.reason = run.offReason;
      return reply;
    },
    marker,
    markAnyway: () => markAnyway().catch(() => stop()),
    reveal,
    nextMark: () => !run.stopped && marker.count > 0 && cardsOn(run).next(),
    stop,
  };
}
