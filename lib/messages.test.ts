import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, readMessage, TO_BACKGROUND, TO_PAGE, type PageStateReply } from './messages';

/** What the background reads from its content script (the popup's messages are tested in messages.popup.test.ts). */
const parseMessage = (x: unknown) => readMessage(TO_BACKGROUND, x, 'content') ?? readMessage(TO_BACKGROUND, x, 'extension-page');
const parseAnalyzeReply = (x: unknown) => TO_BACKGROUND.analyze.reply(x) ?? null;
const parsePageStateRequest = (x: unknown) => TO_PAGE['page-state'].request(x) ?? null;
const parsePageStateReply = (x: unknown) => TO_PAGE['page-state'].reply(x) ?? null;

describe('parseMessage', () => {
  it.each([
    ['analyze page', { type: 'analyze', part: 'page', text: 'Kyiv', lang: 'en', url: 'https://x/' }],
    ['analyze added, no lang', { type: 'analyze', part: 'added', text: '', lang: null, url: 'http://x/' }],
    ['marked', { type: 'marked', count: 12 }],
    ['analyze forced', { type: 'analyze', part: 'page', text: 'Kyiv', lang: null, url: 'https://x/', force: true }],
    ['marked with marksByType and entities', { type: 'marked', count: 3, marksByType: { PLACE: 2, PERSON: 1 }, entities: [{ type: 'PLACE', id: 'kyiv', text: 'Kyiv', count: 2 }] }],
    ['status', { type: 'status', tabId: 3 }],
  ])('accepts %s', (_name, message) => {
    expect(parseMessage(message)).toEqual(message);
  });

  it.each([
    ['null', null],
    ['a string', 'analyze'],
    ['an array', [{ type: 'marked', count: 1 }]],
    ['unknown type', { type: 'erase', count: 1 }],
    ['analyze without text', { type: 'analyze', part: 'page', lang: null, url: '' }],
    ['analyze with numeric text', { type: 'analyze', part: 'page', text: 5, lang: null, url: '' }],
    ['analyze with unknown part', { type: 'analyze', part: 'all', text: '', lang: null, url: '' }],
    ['analyze with text too long', { type: 'analyze', part: 'page', text: 'a'.repeat(MAX_TEXT_CHARS + 1), lang: null, url: '' }],
    ['analyze with an absurd lang', { type: 'analyze', part: 'page', text: '', lang: 'x'.repeat(99), url: '' }],
    ['marked with negative count', { type: 'marked', count: -1 }],
    ['marked with fractional count', { type: 'marked', count: 1.5 }],
    ['status with string tab', { type: 'status', tabId: '3' }],
    ['analyze with a non-boolean force', { type: 'analyze', part: 'page', text: '', lang: null, url: '', force: 'yes' }],
  ])('rejects %s', (_name, message) => {
    expect(parseMessage(message)).toBeNull();
  });

  it('drops malformed kind counts and entities of a report', () => {
    const report = parseMessage({ type: 'marked', count: 1, marksByType: { PLACE: 1, WEAPON: 4, PERSON: -1 }, entities: [{ type: 'PLACE', id: 'kyiv', text: 'Kyiv', count: 1 }, { type: 'PLACE', id: 3, text: 'x', count: 1 }, 'junk'] });
    expect(report).toEqual({ type: 'marked', count: 1, marksByType: { PLACE: 1 }, entities: [{ type: 'PLACE', id: 'kyiv', text: 'Kyiv', count: 1 }] });
  });

  it('drops fields it does not know', () => {
    expect(parseMessage({ type: 'marked', count: 2, evil: true })).toEqual({ type: 'marked', count: 2 });
  });
});

const verdict = {
  type: 'analysis',
  war: true,
  language: { code: 'en', confidence: 0.9 },
  coverage: { war: true, score: 7, evidence: ['"Kyiv" x3'] },
};

describe('parseAnalyzeReply', () => {
  it('lets packed spans through with their ids checked, a bad id read as none (the numbers: marks/packed-spans.test.ts)', () => {
    const reply = parseAnalyzeReply({ ...verdict, spans: { ids: ['kyiv', 7, 'x'.repeat(201)], spans: [1, 0, 4, 0, 'junk'] } });
    expect(reply?.spans).toEqual({ ids: ['kyiv', null, null], spans: [1, 0, 4, 0, 'junk'] });
  });

  it.each([
    ['no spans', { ...verdict }],
    ['spans as a list of objects', { ...verdict, spans: [{ type: 'PLACE', start: 0, end: 4, id: 'kyiv' }] }],
    ['packed spans without ids', { ...verdict, spans: { spans: [1, 0, 4, -1] } }],
    ['packed spans whose numbers are not a list', { ...verdict, spans: { ids: [], spans: '1,0,4,-1' } }],
    ['wrong type', { ...verdict, type: 'analyze', spans: { ids: [], spans: [] } }],
    ['bad language code', { ...verdict, language: { code: 'ru', confidence: 1 }, spans: { ids: [], spans: [] } }],
    ['confidence above 1', { ...verdict, language: { code: 'en', confidence: 2 }, spans: { ids: [], spans: [] } }],
    ['coverage without score', { ...verdict, coverage: { war: true, evidence: [] }, spans: { ids: [], spans: [] } }],
    ['undefined', undefined],
  ])('rejects a reply with %s', (_name, reply) => {
    expect(parseAnalyzeReply(reply)).toBeNull();
  });
});

describe('parsePageStateRequest', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'page-state' }, true],
    [{ type: 'page-state', extra: 1 }, true],
    [{ type: 'status' }, false],
    ['page-state', false],
    [null, false],
  ])('%j -> %s', (x, ok) => {
    expect(parsePageStateRequest(x) !== null).toBe(ok);
  });
});

describe('parsePageStateReply', () => {
  it.each<[unknown, PageStateReply | null]>([
    [{ state: 'idle' }, { state: 'idle' }],
    [{ state: 'war' }, { state: 'war' }],
    [{ state: 'off' }, { state: 'off' }],
    [{ state: 'too-large', elements: 205_016 }, { state: 'too-large', elements: 205_016 }],
    [{ state: 'too-large', elements: -1 }, { state: 'too-large' }],
    [{ state: 'idle', elements: 5 }, { state: 'idle' }],
    [{ state: 'off', reason: 'language', url: 'https://x.cz/a' }, { state: 'off', reason: 'language', url: 'https://x.cz/a' }],
    [{ state: 'off', reason: 'toggled' }, { state: 'off', reason: 'toggled' }],
    [{ state: 'off', reason: 'bored' }, { state: 'off' }],
    [{ state: 'idle', reason: 'language', url: 7 }, { state: 'idle' }],
    [{ state: 'idle', url: 'x'.repeat(9000) }, { state: 'idle' }],
    [{ state: 'asleep' }, null],
    [{ state: 3 }, null],
    [undefined, null],
  ])('%j -> %j', (x, expected) => {
    expect(parsePageStateReply(x)).toEqual(expected);
  });
});
