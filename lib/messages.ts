// Messages between the content script, the background and the popup, and a
// validator for each direction. Anything arriving over a message channel is
// treated as untrusted until it passes these checks, so the background never
// runs the analyzer on a malformed request and the content script never builds
// Ranges from a malformed reply. Pure TypeScript: no browser API here.

import type { CoverageVerdict, EntityType, LanguageVerdict } from './types';

/** Whole page (decides war coverage afresh) or text added after the first pass. */
export type PagePart = 'page' | 'added';

/** Largest text a content script may send in one request (UTF-16 units). */
export const MAX_TEXT_CHARS = 4_000_000;

/** Content script -> background: analyze this text of the page. */
export interface AnalyzeRequest {
  type: 'analyze';
  part: PagePart;
  text: string;
  /** The page's declared language (`<html lang>`), lower-cased, or null. */
  lang: string | null;
  url: string;
  /** Return the spans whatever the verdict (the user asked: "mark anyway", or an "always" site). */
  force?: boolean;
}

/** Content script -> background: how many marks the frame shows now (for the badge). */
export interface MarkedReport {
  type: 'marked';
  count: number;
  /** Marks per entity type, and the distinct entities marked, as the frame shows them now (for the popup). */
  kinds?: Partial<Record<EntityType, number>>;
  entities?: PageEntity[];
  /** A new article replaced the page in this frame (a single-page app moved on): the old verdict no longer holds. */
  fresh?: true;
}

/** Popup -> background: what is known about this tab. */
export interface StatusRequest {
  type: 'status';
  tabId: number;
}

export type SorotMessage = AnalyzeRequest | MarkedReport | StatusRequest;

/** One span to mark: an entity without its text (the page already has it). */
export interface MarkSpan {
  type: EntityType;
  start: number;
  end: number;
  id: string | null;
  value: number | null;
}

/** Background -> content script: the verdict and the spans to mark (empty unless war coverage). */
export interface AnalyzeReply {
  type: 'analysis';
  war: boolean;
  language: LanguageVerdict;
  coverage: CoverageVerdict;
  spans: MarkSpan[];
}

/** Background -> popup: the tab's state, or null when the page was never analyzed. */
export interface TabStatus {
  url: string;
  war: boolean;
  language: LanguageVerdict | null;
  coverage: CoverageVerdict | null;
  marks: number;
  /** Marks per entity type over all frames (for the popup). */
  kinds?: Partial<Record<EntityType, number>>;
  /** The distinct entities marked on the page, most mentioned first (for the popup's "On this page"). */
  entities?: PageEntity[];
}

const ENTITY_TYPES: ReadonlySet<string> = new Set<EntityType>(['PERSON', 'PLACE', 'ORG', 'FIGURE', 'TERM']);
const LANGUAGE_CODES: ReadonlySet<string> = new Set(['id', 'en', 'ms', 'other']);

type Fields = Record<string, unknown>;

function isObject(x: unknown): x is Fields {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function isShortString(x: unknown, max: number): x is string {
  return typeof x === 'string' && x.length <= max;
}

/** A message received by the background (from a content script or the popup), or null. */
export function parseMessage(x: unknown): SorotMessage | null {
  if (!isObject(x)) return null;
  switch (x.type) {
    case 'analyze':
      if ((x.part !== 'page' && x.part !== 'added') || !isShortString(x.text, MAX_TEXT_CHARS)) return null;
      if (x.lang !== null && !isShortString(x.lang, 35)) return null;
      if (!isShortString(x.url, 8192)) return null;
      if (x.force !== undefined && typeof x.force !== 'boolean') return null;
      return { type: 'analyze', part: x.part, text: x.text, lang: x.lang, url: x.url, ...(x.force ? { force: true } : {}) };
    case 'marked': {
      if (!isCount(x.count)) return null;
      const report: MarkedReport = { type: 'marked', count: x.count };
      if (x.kinds !== undefined) report.kinds = parseKindCounts(x.kinds);
      if (Array.isArray(x.entities)) report.entities = parsePageEntities(x.entities);
      if (x.fresh === true) report.fresh = true;
      return report;
    }
    case 'status':
      return isCount(x.tabId) ? { type: 'status', tabId: x.tabId } : null;
    default:
      return null;
  }
}

function parseSpan(x: unknown, textLength: number): MarkSpan | null {
  if (!isObject(x) || typeof x.type !== 'string' || !ENTITY_TYPES.has(x.type)) return null;
  if (!isCount(x.start) || !isCount(x.end) || x.start >= x.end || x.end > textLength) return null;
  const id = typeof x.id === 'string' ? x.id : null;
  const value = typeof x.value === 'number' && Number.isFinite(x.value) ? x.value : null;
  return { type: x.type as EntityType, start: x.start, end: x.end, id, value };
}

function parseLanguage(x: unknown): LanguageVerdict | null {
  if (!isObject(x) || typeof x.code !== 'string' || !LANGUAGE_CODES.has(x.code)) return null;
  if (typeof x.confidence !== 'number' || !(x.confidence >= 0 && x.confidence <= 1)) return null;
  return { code: x.code as LanguageVerdict['code'], confidence: x.confidence };
}

function parseCoverage(x: unknown): CoverageVerdict | null {
  if (!isObject(x) || typeof x.war !== 'boolean' || typeof x.score !== 'number' || !Number.isFinite(x.score)) return null;
  const evidence = Array.isArray(x.evidence) ? x.evidence.filter((e): e is string => typeof e === 'string') : [];
  return { war: x.war, score: x.score, evidence };
}

/**
 * The background's reply to an analyze request of `textLength` characters, or
 * null. Spans outside the text are dropped (a stale or hostile reply must not
 * make the content script build Ranges past the end of its text).
 */
export function parseAnalyzeReply(x: unknown, textLength: number): AnalyzeReply | null {
  if (!isObject(x) || x.type !== 'analysis' || typeof x.war !== 'boolean' || !Array.isArray(x.spans)) return null;
  const language = parseLanguage(x.language);
  const coverage = parseCoverage(x.coverage);
  if (!language || !coverage) return null;
  const spans: MarkSpan[] = [];
  for (const raw of x.spans) {
    const span = parseSpan(raw, textLength);
    if (span) spans.push(span);
  }
  return { type: 'analysis', war: x.war, language, coverage, spans };
}

// ---- Popup <-> background and popup -> content script ----

/** One distinct entity marked on a page: the popup lists these and asks to reveal them. */
export interface PageEntity {
  type: EntityType;
  /** Card id, or null for a name found only by its shape. */
  id: string | null;
  /** The text as the page writes it (its first mention). */
  text: string;
  /** How many times the page mentions it. */
  count: number;
}

/** Popup -> background: mark this tab although it was not judged war coverage. */
export interface MarkAnywayRequest {
  type: 'mark-anyway';
  tabId: number;
}

/**
 * Popup -> content script (browser.tabs.sendMessage): scroll to the
 * `occurrence`-th mention (0-based, wrapping) of this entity and flash it.
 * Entities without a card are found by their text.
 */
export interface RevealRequest {
  type: 'reveal';
  id: string | null;
  text: string;
  occurrence: number;
}

const MAX_PAGE_ENTITIES = 5_000;

function parsePageEntity(x: unknown): PageEntity | null {
  if (!isObject(x) || typeof x.type !== 'string' || !ENTITY_TYPES.has(x.type)) return null;
  if (!isShortString(x.text, 1000) || !isCount(x.count)) return null;
  if (x.id !== null && !isShortString(x.id, 200)) return null;
  return { type: x.type as EntityType, id: x.id, text: x.text, count: x.count };
}

function parsePageEntities(list: unknown[]): PageEntity[] {
  return list
    .slice(0, MAX_PAGE_ENTITIES)
    .map(parsePageEntity)
    .filter((e): e is PageEntity => e !== null);
}

function parseKindCounts(x: unknown): Partial<Record<EntityType, number>> {
  const counts: Partial<Record<EntityType, number>> = {};
  if (!isObject(x)) return counts;
  for (const type of ENTITY_TYPES) {
    const n = x[type];
    if (isCount(n)) counts[type as EntityType] = n;
  }
  return counts;
}

/** The background's answer to a StatusRequest, as the popup trusts it: a TabStatus, or null. */
export function parseTabStatus(x: unknown): TabStatus | null {
  if (!isObject(x) || !isShortString(x.url, 8192) || typeof x.war !== 'boolean' || !isCount(x.marks)) return null;
  const status: TabStatus = {
    url: x.url,
    war: x.war,
    language: parseLanguage(x.language),
    coverage: parseCoverage(x.coverage),
    marks: x.marks,
  };
  if (x.kinds !== undefined) status.kinds = parseKindCounts(x.kinds);
  if (Array.isArray(x.entities)) status.entities = parsePageEntities(x.entities);
  return status;
}

/** A mark-anyway request received by the background, or null. */
export function parseMarkAnyway(x: unknown): MarkAnywayRequest | null {
  return isObject(x) && x.type === 'mark-anyway' && isCount(x.tabId) ? { type: 'mark-anyway', tabId: x.tabId } : null;
}

/** A reveal request received by the content script, or null. */
export function parseReveal(x: unknown): RevealRequest | null {
  if (!isObject(x) || x.type !== 'reveal' || !isCount(x.occurrence) || !isShortString(x.text, 1000)) return null;
  if (x.id !== null && !isShortString(x.id, 200)) return null;
  return { type: 'reveal', id: x.id, text: x.text, occurrence: x.occurrence };
}

// ---- What the page decided, for a tab the background knows nothing of ----

/**
 * Popup -> content script: what it decided on this page. Asked only when the
 * background has no status for the tab: a page stopped at the quick look (or
 * too large to mark) never talks to the background, so that loading an
 * ordinary page costs no message.
 */
export interface PageStateRequest {
  type: 'page-state';
}

/** 'idle': the quick look found no war coverage; 'too-large': the page was left alone for its size. */
export type PageState = 'off' | 'idle' | 'war' | 'too-large';

/** Why a page is off: it declares a language Sorot does not read, or the reader toggled the marks off there. */
export type OffReason = 'language' | 'toggled';

export interface PageStateReply {
  state: PageState;
  /** Elements on the page, when it was too large to mark. */
  elements?: number;
  reason?: OffReason;
  /** The page's address: the popup has no other way to it without the "tabs" permission (for the site switch). */
  url?: string;
}

const OFF_REASONS: ReadonlySet<string> = new Set<OffReason>(['language', 'toggled']);

const PAGE_STATES: ReadonlySet<string> = new Set<PageState>(['off', 'idle', 'war', 'too-large']);

export function parsePageStateRequest(x: unknown): PageStateRequest | null {
  return isObject(x) && x.type === 'page-state' ? { type: 'page-state' } : null;
}

export function parsePageStateReply(x: unknown): PageStateReply | null {
  if (!isObject(x) || typeof x.state !== 'string' || !PAGE_STATES.has(x.state)) return null;
  const reply: PageStateReply = { state: x.state as PageState };
  if (x.state === 'too-large' && isCount(x.elements)) reply.elements = x.elements;
  if (x.state === 'off' && typeof x.reason === 'string' && OFF_REASONS.has(x.reason)) reply.reason = x.reason as OffReason;
  if (isShortString(x.url, 8192)) reply.url = x.url;
  return reply;
}

// ---- Cards on the page and keyboard commands ----

/**
 * Content script -> background: the card of the mark `id`, whose text on the
 * page is `text` (a figure the glossary lacks is rendered from its text).
 * The reply is a CardReply.
 */
export interface CardRequest {
  type: 'card';
  id: string;
  text: string;
}

/** Background -> content script: the glossary's card, or one built for a figure, or null. */
export interface CardReply {
  card: import('./glossary/types').Card | null;
}

/** The keyboard commands declared in wxt.config.ts, forwarded by the background to the active tab. */
export const PAGE_COMMANDS = ['toggle-marks', 'next-mark'] as const;
export type PageCommandName = (typeof PAGE_COMMANDS)[number];

/** Background -> content script: the user pressed a command's keys. */
export interface PageCommand {
  type: 'command';
  command: PageCommandName;
}

/** A card request received by the background, or null. */
export function parseCardRequest(x: unknown): CardRequest | null {
  if (!isObject(x) || x.type !== 'card' || !isShortString(x.id, 200) || x.id === '' || !isShortString(x.text, 1000)) return null;
  return { type: 'card', id: x.id, text: x.text };
}

/** A command received by the content script, or null. */
export function parsePageCommand(x: unknown): PageCommand | null {
  if (!isObject(x) || x.type !== 'command') return null;
  const command = PAGE_COMMANDS.find((c) => c === x.command);
  return command ? { type: 'command', command } : null;
}

const isBilingual = (x: unknown): x is { en: string; id: string } =>
  isObject(x) && isShortString(x.en, 2000) && isShortString(x.id, 2000);

/**
 * The background's card reply as the content script shows it: the card's
 * text fields checked (they end up as textContent), counts and sentences
 * filtered; anything else makes it null.
 */
export function parseCardReply(x: unknown): CardReply['card'] {
  if (!isObject(x) || !isObject(x.card)) return null;
  const c = x.card;
  if (!isShortString(c.id, 200) || typeof c.kind !== 'string' || !KIND_NAMES.has(c.kind)) return null;
  if (!isBilingual(c.name) || !isBilingual(c.gloss) || !isShortString(c.source, 200)) return null;
  const mentions = (Array.isArray(c.mentions) ? c.mentions : []).filter(
    (m): m is { article: number; count: number } => isObject(m) && isCount(m.article) && isCount(m.count),
  );
  const sentences = (Array.isArray(c.sentences) ? c.sentences.slice(0, 50) : []).filter(
    (s): s is { article: number; language: 'id' | 'en'; text: string } =>
      isObject(s) && isCount(s.article) && (s.language === 'id' || s.language === 'en') && isShortString(s.text, 5000),
  );
  const figure =
    isObject(c.figure) && typeof c.figure.value === 'number' && isBilingual(c.figure.rendered)
      ? { value: c.figure.value, unit: typeof c.figure.unit === 'string' ? c.figure.unit : null, rendered: c.figure.rendered }
      : undefined;
  return {
    id: c.id,
    kind: c.kind as import('./types').CardKind,
    name: c.name,
    aliases: [],
    gloss: c.gloss,
    source: c.source,
    ...(c.curated === false ? { curated: false as const } : {}),
    mentions,
    sentences,
    related: [],
    ...(figure ? { figure } : {}),
  };
}

const KIND_NAMES: ReadonlySet<string> = new Set(['person', 'place', 'organisation', 'figure', 'term']);
