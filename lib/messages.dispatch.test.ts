// dispatch() and ask(): who may send what, which handler answers, and how the
// reply is read back; and, at the type level (npm run typecheck reads this
// file), that a handler table must cover its whole table with replies of the
// declared types.
import { describe, expect, it, vi } from 'vitest';
import { packSpans } from './marks/packed-spans';
import { ask, ASKED_BY_PAGE, dispatch, TO_BACKGROUND, TO_PAGE, type Handlers, type SenderRole } from './messages';

type Context = { role: SenderRole | null; tabId: number };

const background: Handlers<typeof TO_BACKGROUND, Context> = {
  analyze: (request) => ({ type: 'analysis', war: false, language: { code: 'en', confidence: 1 }, coverage: { war: false, score: 0, evidence: [] }, spans: packSpans([{ type: 'PLACE', start: 0, end: request.text.length, id: null }]) }),
  marked: () => null,
  status: (request, context) => (request.tabId === context.tabId ? { url: 'https://a/', war: false, language: null, coverage: null, marks: 0 } : null),
  'mark-anyway': () => null,
  card: async (request) => {
    if (request.id === 'boom') throw new Error('boom');
    return { card: null };
  },
  'region-map': () => null,
};

function run(raw: unknown, role: SenderRole | null) {
  const respond = vi.fn();
  const later = dispatch(TO_BACKGROUND, background, raw, { role, tabId: 4 }, respond);
  return { later, respond };
}

describe('dispatch', () => {
  it.each<[string, unknown, SenderRole | null, unknown]>([
    ['an analysis for the content script', { type: 'analyze', part: 'page', text: 'Kyiv', lang: null, url: 'https://a/' }, 'content', 'analysis'],
    ['a status for our own page', { type: 'status', tabId: 4 }, 'extension-page', 'https://a/'],
    ['an unknown tab as null', { type: 'status', tabId: 5 }, 'extension-page', null],
    ['a report acknowledged', { type: 'marked', count: 0 }, 'content', null],
  ])('answers %s', (_name, raw, role, expected) => {
    const { later, respond } = run(raw, role);
    expect(later).toBe(false);
    expect(respond).toHaveBeenCalledTimes(1);
    const reply = respond.mock.calls[0]![0] as { type?: string; url?: string } | null;
    expect(reply === null ? null : (reply.type ?? reply.url)).toBe(expected);
  });

  it.each<[string, unknown, SenderRole | null]>([
    ['an analyze request from a page of ours', { type: 'analyze', part: 'page', text: 'Kyiv', lang: null, url: 'https://a/' }, 'extension-page'],
    ['a status request from a content script', { type: 'status', tabId: 4 }, 'content'],
    ['a sender of no known role', { type: 'marked', count: 1 }, null],
    ['a malformed request', { type: 'status', tabId: '4' }, 'extension-page'],
    ['an unknown type', { type: 'erase' }, 'content'],
    ['a type inherited from Object', { type: 'constructor' }, 'content'],
    ['a type inherited from Object', { type: '__proto__' }, 'content'],
    ['not an object', 'status', 'extension-page'],
  ])('ignores %s', (_name, raw, role) => {
    const { later, respond } = run(raw, role);
    expect(later).toBe(false);
    expect(respond).not.toHaveBeenCalled();
  });

  it('keeps the channel open for a reply that comes later, and answers null when its handler fails', async () => {
    const ok = run({ type: 'card', id: 'kyiv', text: 'Kyiv' }, 'content');
    const failed = run({ type: 'card', id: 'boom', text: 'x' }, 'extension-page');
    expect([ok.later, failed.later]).toEqual([true, true]);
    await vi.waitFor(() => expect(failed.respond).toHaveBeenCalledWith(null), { timeout: 30_000 });
    expect(ok.respond).toHaveBeenCalledWith({ card: null });
  });

  it('stays silent when the handler returns undefined (another frame answers)', () => {
    const respond = vi.fn();
    const page: Handlers<typeof TO_PAGE, { role: SenderRole | null }> = {
      'page-state': () => undefined,
      reveal: () => false,
      'mark-anyway': () => null,
      command: () => null,
    };
    expect(dispatch(TO_PAGE, page, { type: 'page-state' }, { role: 'extension-page' }, respond)).toBe(false);
    expect(respond).not.toHaveBeenCalled();
    expect(dispatch(TO_PAGE, page, { type: 'page-state' }, { role: 'content' }, respond)).toBe(false);
  });
});

describe('ask', () => {
  it.each<[string, unknown, unknown]>([
    ['a valid reply', { card: null }, { card: null }],
    ['a malformed reply as null', { card: { id: 3 } }, { card: null }],
    ['no reply as null', undefined, null],
  ])('reads %s', async (_name, raw, expected) => {
    const post = vi.fn(async () => raw);
    expect(await ask(TO_BACKGROUND, { type: 'card', id: 'kyiv', text: 'Kyiv' }, post)).toEqual(expected);
    expect(post).toHaveBeenCalledWith({ type: 'card', id: 'kyiv', text: 'Kyiv' });
  });

  it('passes a failed send on', async () => {
    await expect(ask(TO_PAGE, { type: 'page-state' }, () => Promise.reject(new Error('no receiver')))).rejects.toThrow('no receiver');
  });

  it('the content script asks through ASKED_BY_PAGE: the background’s own definitions, each a message a content script may send', () => {
    for (const [type, def] of Object.entries(ASKED_BY_PAGE)) {
      expect(TO_BACKGROUND[type as keyof typeof TO_BACKGROUND]).toBe(def);
      expect(def.from).toContain('content');
    }
  });
});

// ---- Type-level: these lines fail `npm run typecheck` if the protocol stops guarding them ----

const { analyze: _dropped, ...withoutAnalyze } = background;
// @ts-expect-error a handler table without the analyze handler does not compile
export const missingHandler: Handlers<typeof TO_BACKGROUND, Context> = withoutAnalyze;

export const wrongReply: Handlers<typeof TO_PAGE, Context> = {
  'page-state': () => ({ state: 'idle' }),
  // @ts-expect-error reveal answers a boolean, not a string
  reveal: () => 'found',
  'mark-anyway': () => null,
  command: () => null,
};

// @ts-expect-error a request must have the fields of its message
export const wrongRequest = () => ask(TO_BACKGROUND, { type: 'status' }, async () => null);
