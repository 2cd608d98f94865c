// Every message between the content script, the background and the extension
// pages (popup, options), declared once: its name, the check of its request
// and the check of its reply, from which both TypeScript types are read. Two
// tables by receiver, TO_BACKGROUND and TO_PAGE; a receiver answers through
// dispatch() with a handler for each message of its table (a missing handler
// or a reply of the wrong type does not compile), a sender through ask(),
// which checks the reply. Anything arriving over a message channel is
// untrusted until it passes these checks, so the background never runs the
// analyzer on a malformed request and the content script never builds Ranges
// from a malformed reply (the spans to mark travel packed: their numbers are
// read one by one, and checked, by unpackSpans in marks/packed-spans.ts).
// Pure TypeScript: no browser API here.

import { count, finite, flag, isObject, listOf, map, nullable, object, oneOf, optional, orNull, someOf, text, where, type Check, type Infer, type ObjectOf } from './check';
import type { MapLabel, RegionMap } from './geo/region-map';
import type { Card } from './glossary/types';
import { CARD_KINDS, ENTITY_TYPES, LANGS, type CardKind, type EntityType, type Lang, type LanguageCode } from './types';

/** Largest text a content script may send in one request (UTF-16 units). */
export const MAX_TEXT_CHARS = 4_000_000;

/** Largest framing a request may carry: five lines of at most 400 characters. */
const MAX_HEADLINE_CHARS = 2_100;
/** Longest site name a request may carry. */
const MAX_SITE_CHARS = 200;

const MAX_URL = 8192;
const MAX_ID = 200;
const MAX_NAME = 1000;
const MAX_PAGE_ENTITIES = 5_000;

// ---- The pieces messages are made of ----

const cardId = text(MAX_ID);
const url = text(MAX_URL);

const languageVerdict = object({
  code: oneOf<LanguageCode>(...LANGS, 'ms', 'other'),
  confidence: where(finite, (n) => n >= 0 && n <= 1),
});

const coverageVerdict = object({ war: flag, score: finite, evidence: (x) => listOf(text(Infinity))(x) ?? [] });

/** Marks per entity type; a bad count is dropped alone. */
const countsByType = someOf(ENTITY_TYPES, count);

const pageEntity = object({
  type: oneOf<EntityType>(...ENTITY_TYPES),
  /** Card id, or null for a name found only by its shape. */
  id: nullable(cardId),
  /** The text as the page writes it (its first mention). */
  text: text(MAX_NAME),
  /** How many times the page mentions it. */
  count,
});

/** One distinct entity marked on a page: the popup lists these and asks to reveal them. */
export type PageEntity = Infer<typeof pageEntity>;

const pageEntities = listOf(pageEntity, MAX_PAGE_ENTITIES);

/**
 * The spans to mark, packed (see marks/packed-spans.ts): the card ids, a bad
 * one read as none, and the list of numbers that unpackSpans() reads span by
 * span, dropping any that does not fit the text it was asked about.
 */
const packedSpans = object({ ids: listOf(orNull(cardId)), spans: (x) => (Array.isArray(x) ? (x as unknown[]) : undefined) });

const bilingual = object({ en: text(2000), id: text(2000) });

/** [longitude, latitude] in degrees. */
const lonLat = map(
  where(listOf(finite), (l) => l.length === 2 && Math.abs(l[0]!) <= 180 && Math.abs(l[1]!) <= 90),
  (l): [number, number] => [l[0]!, l[1]!],
);

/** The offline map as the card draws it: path data goes to setAttribute('d'), names to textContent. */
const regionMap: Check<RegionMap> = object({
  frame: object({ west: finite, north: finite, kx: finite, ky: finite, width: finite, height: finite }),
  countries: listOf(object({ code: text(2, 2), d: text(200_000) }), 300),
  labels: listOf(object({ x: finite, y: finite, kind: oneOf<MapLabel['kind']>('country', 'sea', 'area'), name: bilingual }), 100),
  kyiv: object({ x: finite, y: finite, at: lonLat }),
});

/** A card as the content script shows it: text fields checked (they end up as textContent), lists filtered. */
const card: Check<Card> = map(
  object({
    id: cardId,
    kind: oneOf<CardKind>(...CARD_KINDS),
    name: bilingual,
    gloss: bilingual,
    source: text(200),
    /** Set (false) only on cards made from the corpus alone. */
    curated: optional(oneOf(false)),
    mentions: (x) => listOf(object({ article: count, count }))(x) ?? [],
    sentences: (x) => listOf(object({ article: count, language: oneOf<Lang>(...LANGS), text: text(5000) }), 50)(x) ?? [],
    figure: optional(object({ value: finite, unit: orNull(text(Infinity)), rendered: bilingual })),
    coords: optional(lonLat),
    region: optional(bilingual),
  }),
  // The page never shows aliases or related cards: they do not travel.
  (c): Card => ({ ...c, aliases: [], related: [] }),
);

const tabStatus = object({
  url,
  war: flag,
  language: orNull(languageVerdict),
  coverage: orNull(coverageVerdict),
  marks: count,
  /** Marks per entity type over all frames (for the popup). */
  marksByType: optional(countsByType),
  /** The distinct entities marked on the page, most mentioned first (for the popup's "On this page"). */
  entities: optional(pageEntities),
});

/** Background -> popup: the tab's state, or null when the page was never analyzed. */
export type TabStatus = Infer<typeof tabStatus>;

/** The keyboard commands declared in wxt.config.ts, forwarded by the background to the active tab. */
export const PAGE_COMMANDS = ['toggle-marks', 'next-mark'] as const;

/**
 * 'idle': the quick look found no war coverage, or the analysis said it is not;
 * 'reading': the quick look passed and the analysis or the marking is under way;
 * 'war': every mark is placed; 'too-large': the page was left alone for its size.
 */
const pageState = oneOf('off', 'idle', 'reading', 'war', 'too-large');
export type PageState = Infer<typeof pageState>;

/** Why a page is off: it declares a language Sorot does not read, or the reader toggled the marks off there. */
const offReason = oneOf('language', 'toggled');
export type OffReason = Infer<typeof offReason>;

const pageStateReply = map(
  object({
    state: pageState,
    /** Elements on the page, when it was too large to mark. */
    elements: optional(count),
    reason: optional(offReason),
    /** Marks placed so far. */
    marks: optional(count),
    /** While reading: the share of the marks placed, 0 to 1 (0 until the analysis answers). */
    progress: optional(where(finite, (share) => share >= 0 && share <= 1)),
    /** Page changes are waiting to be read (text added after the first pass). */
    busy: optional(oneOf(true)),
    /** The page's address: the popup has no other way to it without the "tabs" permission (for the site switch). */
    url: optional(url),
  }),
  // Each detail belongs to one state only.
  ({ elements, reason, progress, ...reply }) => ({
    ...reply,
    ...(reply.state === 'reading' && progress !== undefined ? { progress } : {}),
    ...(reply.state === 'too-large' && elements !== undefined ? { elements } : {}),
    ...(reply.state === 'off' && reason !== undefined ? { reason } : {}),
  }),
);
export type PageStateReply = Infer<typeof pageStateReply>;

// ---- Declaring messages ----

/**
 * Who sent a message, judged from what the browser attaches (see
 * entrypoints/background/senders.ts): our content script in a tab, or our own
 * extension (its pages, or for the content script also its worker).
 */
export type SenderRole = 'content' | 'extension-page';

type Shape = Parameters<typeof object>[0];

export interface MessageDef<T extends string, Req, Rep> {
  type: T;
  request: Check<Req>;
  /** The reply as the sender may trust it. */
  reply: Check<Rep>;
  /** Who may send it; a message from anyone else is ignored. */
  from: readonly SenderRole[];
}

const ANYONE: readonly SenderRole[] = ['content', 'extension-page'];
const OURS: readonly SenderRole[] = ['extension-page'];

type RequestShaped<T extends string, S extends Shape> = ObjectOf<{ type: Check<T> } & S>;

/* @__NO_SIDE_EFFECTS__ */ // see ASKED_BY_PAGE
function message<const T extends string, S extends Shape, Rep>(
  type: T,
  shape: S,
  reply: Check<Rep>,
  from: readonly SenderRole[] = ANYONE,
): MessageDef<T, RequestShaped<T, S>, Rep> {
  const request = object({ type: oneOf(type), ...shape }) as Check<RequestShaped<T, S>>;
  return { type, request, reply, from };
}

/** A reply that carries nothing: the sender only learns the message arrived. */
const none = (): null => null;

/** Content script -> background: analyze this text of the page. */
const analyze = message(
  'analyze',
  {
    /** Whole page (decides war coverage afresh), text added after the first pass, or a big page's lead (its first screenfuls, answered ahead: no verdict). */
    part: oneOf('page', 'added', 'lead'),
    text: text(MAX_TEXT_CHARS),
    /** The page's declared language (`<html lang>`), lower-cased, or null. */
    lang: nullable(text(35)),
    url,
    /** Return the spans whatever the verdict (the user asked: "mark anyway", or an "always" site). */
    force: optional(flag, true),
    /** The page's own framing (title, og:title, h1, section, standfirst; one per line): strong evidence of what it covers. */
    headline: optional(text(MAX_HEADLINE_CHARS)),
    /** The site's own name (og:site_name), which is never marked. */
    site: optional(text(MAX_SITE_CHARS)),
  },
  /** Background -> content script: the verdict and the spans to mark (none unless war coverage). */
  object({ type: oneOf('analysis'), war: flag, language: languageVerdict, coverage: coverageVerdict, spans: packedSpans }),
  ['content'],
);

/** Content script -> background: how many marks the frame shows now (for the badge and the popup). */
const marked = message(
  'marked',
  {
    count,
    marksByType: optional(countsByType),
    entities: optional(pageEntities),
    /** A new article replaced the page in this frame (a single-page app moved on): the old verdict no longer holds. */
    fresh: optional(oneOf(true)),
  },
  none,
  ['content'],
);

/** Popup -> background: what is known about this tab. */
const status = message('status', { tabId: count }, nullable(tabStatus), ['extension-page']);

/** Popup -> background: mark this tab although it was not judged war coverage. */
const markAnyway = message('mark-anyway', { tabId: count }, none, ['extension-page']);

/**
 * Content script -> background: the card of the mark `id`, whose text on the
 * page is `text` (a figure the glossary lacks is rendered from its text).
 */
const cardRequest = message('card', { id: text(MAX_ID, 1), text: text(MAX_NAME) }, object({ card: orNull(card) }));

/** Content script -> background: the offline map (assets/region-map.json), asked once when a place card first opens. */
const regionMapRequest = message('region-map', {}, orNull(regionMap), ['content']);

/**
 * The messages of TO_BACKGROUND a content script asks, the same definitions
 * in a table of their own: a content script that asks through this one
 * carries only their checks (the popup's tab status and the rest are left
 * out of a script injected into every page; the definitions are made by
 * factories marked free of side effects, so the bundler drops unused ones).
 */
export const ASKED_BY_PAGE = { analyze, card: cardRequest, 'region-map': regionMapRequest } as const;
export const TO_BACKGROUND = { analyze, marked, status, 'mark-anyway': markAnyway, card: cardRequest, 'region-map': regionMapRequest } as const;

/**
 * Popup -> content script: what the page decided and whether it is still
 * reading (a page stopped at the quick look never talks to the background, so
 * that loading an ordinary page costs no message). The top frame answers, or
 * the frame at `url` when the question names one (tests ask frames).
 */
const pageStateRequest = message('page-state', { url: optional(url) }, pageStateReply, OURS);

/**
 * Popup -> content script: scroll to the `occurrence`-th mention (0-based,
 * wrapping) of this entity and flash it. Entities without a card are found by
 * their text. The frame that shows it (and the top frame) answers.
 */
const reveal = message('reveal', { id: nullable(cardId), text: text(MAX_NAME), occurrence: count }, flag, OURS);

/** Background -> content script (the top frame): the reader asked to mark this page anyway. */
const markPageAnyway = message('mark-anyway', {}, none, OURS);

/** Background -> content script: the user pressed a command's keys. */
const command = message('command', { command: oneOf(...PAGE_COMMANDS) }, none, OURS);

export const TO_PAGE = { 'page-state': pageStateRequest, reveal, 'mark-anyway': markPageAnyway, command } as const;

// ---- The types read off the tables ----

type Protocol = Record<string, MessageDef<string, unknown, unknown>>;
type AnyDef = MessageDef<string, never, unknown>;

export type RequestOf<D> = D extends { request: Check<infer Req> } ? Req : never;
export type ReplyOf<D> = D extends { reply: (...args: never[]) => infer Rep } ? Exclude<Rep, undefined> : never;

/** Any message of a table. */
export type MessageOf<P> = { [K in keyof P]: RequestOf<P[K]> }[keyof P];

export type ToBackground = MessageOf<typeof TO_BACKGROUND>;
export type ToPage = MessageOf<typeof TO_PAGE>;

export type AnalyzeRequest = RequestOf<typeof analyze>;
export type AnalyzeReply = NonNullable<ReplyOf<typeof analyze>>;
export type PagePart = AnalyzeRequest['part'];
export type MarkedReport = RequestOf<typeof marked>;
export type RevealRequest = RequestOf<typeof reveal>;

/**
 * What a receiver does with each message of its table: the reply (or a
 * promise of it), or undefined to stay silent (another frame answers, or the
 * sender may not ask this).
 */
export type Handlers<P, Context> = {
  [K in keyof P]: (request: RequestOf<P[K]>, context: Context) => ReplyOf<P[K]> | Promise<ReplyOf<P[K]>> | undefined;
};

/** A raw message as `protocol` reads it from a sender in `role`: checked and rebuilt, or null. */
export function readMessage<P extends Protocol>(protocol: P, raw: unknown, role: SenderRole | null): (MessageOf<P> & { type: string }) | null {
  if (!isObject(raw) || typeof raw.type !== 'string' || !Object.prototype.hasOwnProperty.call(protocol, raw.type)) return null;
  const def = protocol[raw.type] as MessageDef<string, unknown, unknown>;
  if (role === null || !def.from.includes(role)) return null;
  const request = def.request(raw);
  return request === undefined ? null : (request as MessageOf<P> & { type: string });
}

/**
 * Runs the handler of a raw message received by the owner of `protocol`,
 * when the message passes its check and comes from a role allowed to send it.
 * `respond` gets the reply. Returns true when the reply comes later (a
 * browser message listener must then return true to keep the channel open).
 */
export function dispatch<P extends Protocol, Context extends { role: SenderRole | null }>(
  protocol: P,
  handlers: Handlers<P, Context>,
  raw: unknown,
  context: Context,
  respond: (reply: unknown) => void,
): boolean {
  const request = readMessage(protocol, raw, context.role);
  if (request === null) return false;
  const handle = handlers[request.type] as (request: unknown, context: Context) => unknown;
  const reply = handle(request, context);
  if (reply === undefined) return false;
  if (!(reply instanceof Promise)) {
    respond(reply);
    return false;
  }
  // A failed handler still answers, so the sender is not left waiting.
  reply.then(respond, () => respond(null));
  return true;
}

/**
 * Sends `request` through `post` (runtime.sendMessage or tabs.sendMessage)
 * and resolves with the reply as its check reads it: null when there is no
 * reply or it does not pass. A failed send rejects, as `post` does.
 */
export async function ask<P extends Protocol, K extends keyof P & string>(
  protocol: P,
  request: RequestOf<P[K]> & { type: K },
  post: (message: RequestOf<P[K]>) => Promise<unknown>,
): Promise<ReplyOf<P[K]> | null> {
  const def = protocol[request.type] as unknown as AnyDef;
  const reply = def.reply(await post(request));
  return reply === undefined ? null : (reply as ReplyOf<P[K]>);
}
