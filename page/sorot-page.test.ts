// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzeRequest, MarkedReport } from '../lib/messages';
import { packSpans, unpackSpans, type MarkSpan, type PackedSpans } from '../lib/marks/packed-spans';
import type { CardKind } from '../lib/types';
import { MAX_PAGE_ELEMENTS, startSorot, type SorotPageDeps } from './sorot-page';
import { rangeText } from './mark/highlighter';
import { defaultSettings } from '../lib/settings/schema';

/** Puts `html` in the body (a fixture: tests may parse markup, code may not). */
function setBody(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

const ARTICLE = 'Zelensky visited Kyiv. The weather was fine.';
const QUIET = 'The weather was fine today in the city.';

/** A background that finds "Zelensky" and "Kyiv" wherever they are and judges `war`. */
function fakeBackground(war: boolean) {
  const requests: AnalyzeRequest[] = [];
  const reports: MarkedReport[] = [];
  const send: SorotPageDeps['send'] = async (message) => {
    if (message.type === 'marked') {
      reports.push(message);
      return null;
    }
    // The page asks for cards only once a card opens, which none of these tests does.
    if (message.type !== 'analyze') throw new Error(`unexpected ${message.type} request`);
    requests.push(message);
    const spans: MarkSpan[] = [];
    for (const [word, type, id] of [['Zelensky', 'PERSON', 'zelensky'], ['Kyiv', 'PLACE', 'kyiv']] as const) {
      for (let at = message.text.indexOf(word); at >= 0; at = message.text.indexOf(word, at + 1)) spans.push({ type, start: at, end: at + word.length, id });
    }
    const forced = war || message.force === true;
    return { type: 'analysis', war, language: { code: 'en', confidence: 1 }, coverage: { war, score: war ? 5 : 0, evidence: [] }, spans: packSpans(forced ? spans : []) };
  };
  return { send, requests, reports };
}

const marked = () => [...document.querySelectorAll('mark[data-sorot]')].map((m) => `${m.getAttribute('data-sorot')}:${m.textContent}`);

afterEach(() => {
  setBody('');
});

describe('startSorot', () => {
  it.each<[string, { text: string; war: boolean; force?: boolean; kinds?: Partial<Record<CardKind, boolean>> }, string[], number]>([
    ['marks war coverage', { text: ARTICLE, war: true }, ['person:Zelensky', 'place:Kyiv'], 1],
    ['leaves a page without war vocabulary alone, without asking', { text: QUIET, war: true }, [], 0],
    ['an "always" site skips the quick look and marks whatever the verdict', { text: `${QUIET} Kyiv`, war: false, force: true }, ['place:Kyiv'], 1],
    ['a kind turned off is not marked', { text: ARTICLE, war: true, kinds: { place: false } }, ['person:Zelensky'], 1],
  ])('%s', async (_name, { text, war, force, kinds }, expected, asked) => {
    setBody(`<p>${text}</p>`);
    const bg = fakeBackground(war);
    const allKinds = { ...defaultSettings().kinds, ...kinds };
    const page = startSorot({ doc: document, send: bg.send, force, kinds: allKinds });
    await page.ready;
    expect(marked()).toEqual(expected);
    expect(bg.requests).toHaveLength(asked);
    if (asked > 0) expect(bg.reports.at(-1)?.count).toBe(expected.length);
    page.stop();
    expect(marked()).toEqual([]);
  });

  it('reports kinds and entities, reveals the n-th mention, and says when there is none', async () => {
    setBody(`<p>${ARTICLE}</p><p>Kyiv again.</p>`);
    const bg = fakeBackground(true);
    const page = startSorot({ doc: document, send: bg.send });
    await page.ready;
    expect(bg.reports.at(-1)).toMatchObject({ count: 3, marksByType: { PERSON: 1, PLACE: 2 }, entities: [{ id: 'kyiv', count: 2 }, { id: 'zelensky', count: 1 }] });
    expect(page.reveal('kyiv', 'Kyiv', 3)).toBe(true);
    expect(page.reveal('putin', 'Putin', 0)).toBe(false);
    page.stop();
  });

  it('marks a page judged not war coverage once the user asks', async () => {
    setBody(`<p>${ARTICLE}</p>`);
    const bg = fakeBackground(false);
    const page = startSorot({ doc: document, send: bg.send });
    await page.ready;
    expect(marked()).toEqual([]);
    await page.markAnyway();
    expect(bg.requests.at(-1)?.force).toBe(true);
    expect(marked()).toEqual(['person:Zelensky', 'place:Kyiv']);
    page.stop();
  });
});

describe('startSorot says it is reading from the quick look to the last mark', () => {
  it.each<[string, boolean, string, number]>([
    ['war coverage: reading, then war with every mark placed', true, 'war', 2],
    ['not war coverage after all: reading, then idle', false, 'idle', 0],
  ])('%s', async (_name, war, settled, marks) => {
    setBody(`<p>${ARTICLE}</p>`);
    const bg = fakeBackground(war);
    // The background answers only when the test lets it: the page is caught mid-analysis.
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const page = startSorot({ doc: document, send: async (m) => (m.type === 'analyze' ? held.then(() => bg.send(m)) : bg.send(m)) });
    // The quick look passed and the article finder is at work (it takes several tasks on a big page).
    expect(page.pageState()).toMatchObject({ state: 'reading', progress: 0, marks: 0 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.pageState()).toMatchObject({ state: 'reading', progress: 0, marks: 0 });
    answer();
    await page.ready;
    expect(page.pageState()).toEqual({ state: settled, url: location.href, marks });
    page.stop();
  });
});

describe('startSorot once the extension is gone', () => {
  it('takes its marks down at the next page change, though that change sends nothing', async () => {
    setBody(`<p>${ARTICLE}</p>`);
    let alive = true;
    const page = startSorot({ doc: document, send: fakeBackground(true).send, alive: () => alive });
    await page.ready;
    expect(marked()).toEqual(['person:Zelensky', 'place:Kyiv']);
    alive = false;
    document.body.append(Object.assign(document.createElement('footer'), { textContent: 'Zelensky in Kyiv' }));
    await vi.waitFor(() => expect(page.state).toBe('off'), { timeout: 30_000 });
    expect(marked()).toEqual([]);
  });
});

describe('startSorot on a page too large to mark', () => {
  it.each<[string, boolean, number, string]>([
    ['steps aside, asking nothing', false, 0, 'too-large'],
    ['marks all the same when the reader asked (mark anyway, an "always" site)', true, 1, 'war'],
  ])('%s', async (_name, force, asked, state) => {
    setBody(`<p>${ARTICLE}</p>`);
    const filler = document.createElement('div');
    for (let i = 0; i < MAX_PAGE_ELEMENTS; i++) filler.append(document.createElement('span'));
    document.body.append(filler);
    const bg = fakeBackground(true);
    const page = startSorot({ doc: document, send: bg.send, force });
    await page.ready;
    expect(bg.requests).toHaveLength(asked);
    expect(page.state).toBe(state);
    const reply = page.pageState();
    expect(reply.state).toBe(state);
    if (state === 'too-large') expect(reply.elements).toBeGreaterThan(MAX_PAGE_ELEMENTS);
    page.stop();
    // happy-dom computes a style for each of the 50,000 elements: ~8 s on a
    // quiet machine here, several times that beside busy loops (test:busy).
  }, 240_000);

  it('tells the popup a page was only glanced at, with its address', async () => {
    setBody(`<p>${QUIET}</p>`);
    const page = startSorot({ doc: document, send: fakeBackground(true).send });
    await page.ready;
    expect(page.pageState()).toEqual({ state: 'idle', url: location.href, marks: 0 });
    page.stop();
    expect(page.pageState()).toEqual({ state: 'off', url: location.href, marks: 0 });
  });

  it('tells the popup a page is off for the language it declares', async () => {
    setBody(`<p>${ARTICLE}</p>`);
    document.documentElement.setAttribute('lang', 'fr');
    try {
      const bg = fakeBackground(true);
      const page = startSorot({ doc: document, send: bg.send });
      await page.ready;
      expect(bg.requests).toHaveLength(0);
      expect(page.pageState()).toEqual({ state: 'off', reason: 'language', url: location.href, marks: 0 });
      page.stop();
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });
});

/** A marker that shows nothing and records what it was given (and how often it was cleared); with `batched`, CSS highlights' way: the DOM left as it is, and what a batch held until shown. */
function recordingMarker(batched: boolean) {
  const added: AbstractRange[] = [];
  const shown: number[] = [];
  let cleared = 0;
  const batch = () => {
    const held: AbstractRange[] = [];
    return { add: (_kind: CardKind, range: AbstractRange) => void held.push(range), show: () => void (added.push(...held), shown.push(held.length)) };
  };
  return {
    added,
    shown,
    cleared: () => cleared,
    marker: {
      mutatesDom: !batched,
      ...(batched ? { batch } : {}),
      add: (_kind: CardKind, range: AbstractRange) => void added.push(range),
      list: () => added.map(() => ({ kind: 'person' as const, id: null, text: '' })),
      withRanges: () => [],
      rangesOf: () => [],
      prune: () => undefined,
      removeWithin: () => undefined,
      clear: () => void ((added.length = 0), cleared++),
      get count() {
        return added.length;
      },
    },
  };
}

describe('startSorot reads a big article in two: its lead ahead of the rest', () => {
  // 400 paragraphs of 45 characters: 18,400 characters with the line breaks, past the lead's 12,000.
  const BIG = Array.from({ length: 400 }, () => `<p>${ARTICLE}</p>`).join('');

  const offsets = (ranges: AbstractRange[]) => ranges.map((r) => `${[...document.querySelectorAll('p')].indexOf(r.startContainer.parentElement as HTMLParagraphElement)}:${rangeText(r)}`);

  it('marks the lead at once, unreported, then the rest: every name once, reported once the whole text is judged', async () => {
    setBody(BIG);
    const bg = fakeBackground(true);
    const { marker, added, cleared } = recordingMarker(true);
    const heard: string[] = [];
    const send: SorotPageDeps['send'] = (message) => {
      heard.push(`${message.type === 'analyze' ? message.part : message.type} ${added.length}`);
      return bg.send(message);
    };
    const page = startSorot({ doc: document, send, marker });
    await page.ready;
    // The lead's marks were placed before the whole text was sent, and first reported after its analysis.
    expect(heard[0]).toBe('lead 0');
    expect(heard[1]).toMatch(/^page [1-9]\d*$/);
    expect(heard[2]).toMatch(/^marked /);
    expect(Number(heard[2]?.split(' ')[1])).toBeGreaterThanOrEqual(Number(heard[1]?.split(' ')[1]));
    expect(bg.requests.map((r) => r.part)).toEqual(['lead', 'page']);
    const [lead, whole] = bg.requests as [AnalyzeRequest, AnalyzeRequest];
    expect(lead.text.length).toBeGreaterThanOrEqual(12_000);
    expect(whole.text.startsWith(lead.text)).toBe(true);
    expect(whole.text.length).toBeGreaterThan(lead.text.length);
    expect(cleared()).toBe(0);
    expect(added).toHaveLength(800);
    expect(new Set(offsets(added)).size).toBe(800);
    expect(bg.reports.at(-1)?.count).toBe(800);
    page.stop();
  });

  it('makes every mark anew when the whole text disowns one of the lead\'s', async () => {
    setBody(BIG);
    const bg = fakeBackground(true);
    // The whole text's analysis finds no Zelensky in the first paragraph: the lead's mark there was wrong.
    const send: SorotPageDeps['send'] = async (message) => {
      const reply = (await bg.send(message)) as { spans: PackedSpans } | null;
      if (message.type !== 'analyze' || message.part !== 'page' || !reply) return reply;
      const { spans } = (await fakeBackground(true).send({ ...message, text: message.text.slice(ARTICLE.length) })) as { spans: PackedSpans };
      return { ...reply, spans: packSpans(unpackSpans(spans, message.text.length).map((span) => ({ ...span, start: span.start + ARTICLE.length, end: span.end + ARTICLE.length }))) };
    };
    const { marker, added, cleared } = recordingMarker(true);
    const page = startSorot({ doc: document, send, marker });
    await page.ready;
    expect(cleared()).toBe(1);
    expect(offsets(added)).not.toContain('0:Zelensky');
    expect(new Set(offsets(added)).size).toBe(added.length);
    expect(bg.reports.at(-1)?.count).toBe(added.length);
    page.stop();
  });

  it("tells the background the site's own name, which it never marks", async () => {
    const meta = Object.assign(document.createElement('meta'), { content: 'Lviv Herald' });
    meta.setAttribute('property', 'og:site_name');
    document.head.append(meta);
    setBody(`<p>${ARTICLE}</p>`);
    const bg = fakeBackground(true);
    const page = startSorot({ doc: document, send: bg.send });
    try {
      await page.ready;
      expect(bg.requests.map((r) => r.site)).toEqual(['Lviv Herald']);
    } finally {
      // A page left running would read the next test's body as a change of its own.
      page.stop();
      meta.remove();
    }
  });

  it('leaves the names of the lead\'s last text node to the whole text, which may find them longer', async () => {
    // Each paragraph is 32 characters and a line break; after the 2,094 of the first, the 301st
    // starts at 11,995, so the lead ends inside its name, after the node "Volodymyr ".
    const NAME = '<p>Volodymyr <b>Zelensky</b> visited Kyiv.</p>';
    setBody(`<p>${'Zelensky was in Kyiv. '.repeat(100).slice(0, 2094)}</p>${NAME.repeat(400)}`);
    const requests: AnalyzeRequest[] = [];
    // A background that knows the whole name, and "Volodymyr" alone as a person too.
    const send: SorotPageDeps['send'] = async (message) => {
      if (message.type !== 'analyze') return null;
      requests.push(message);
      const spans = [...message.text.matchAll(/Volodymyr(?: Zelensky)?/g)].map((m) => ({ type: 'PERSON' as const, start: m.index, end: m.index + m[0].length, id: null }));
      return { type: 'analysis', war: true, language: { code: 'en', confidence: 1 }, coverage: { war: true, score: 5, evidence: [] }, spans: packSpans(spans) };
    };
    const { marker, added, cleared } = recordingMarker(true);
    const page = startSorot({ doc: document, send, marker });
    await page.ready;
    expect(requests[0]?.text.endsWith('Volodymyr ')).toBe(true);
    expect(cleared()).toBe(0);
    expect(added.map(rangeText)).toEqual(Array(400).fill('Volodymyr Zelensky'));
    page.stop();
  });

  it('places no mark of a lead whose page was stopped while it was analyzed', async () => {
    setBody(BIG);
    const bg = fakeBackground(true);
    // Waits for the lead's request itself, however long a busy machine takes to send it.
    let leadAsked = () => undefined as void;
    const asked = new Promise<void>((resolve) => (leadAsked = resolve));
    let answerLead = () => undefined as void;
    const leadHeld = new Promise<void>((resolve) => (answerLead = resolve));
    const send: SorotPageDeps['send'] = async (message) => {
      if (message.type === 'analyze' && message.part === 'lead') {
        leadAsked();
        await leadHeld;
      }
      return bg.send(message);
    };
    const { marker, added } = recordingMarker(true);
    const page = startSorot({ doc: document, send, marker });
    await asked;
    page.stop();
    answerLead();
    await page.ready;
    expect(added).toEqual([]);
    expect(bg.requests.map((r) => r.part)).toEqual(['lead']);
  });

  it('reads a short article whole, in one analysis', async () => {
    setBody(`<p>${ARTICLE}</p>`.repeat(20));
    const bg = fakeBackground(true);
    const { marker } = recordingMarker(true);
    const page = startSorot({ doc: document, send: bg.send, marker });
    await page.ready;
    expect(bg.requests.map((r) => r.part)).toEqual(['page']);
    page.stop();
  });
});

describe('startSorot marks what is in view first', () => {
  // Six paragraphs, scrolled so that the third and fourth are in view (happy-dom lays nothing out: each
  // paragraph's box is given by its data-y, and the viewport is window.innerHeight tall from 0).
  const TOPS = [-3000, -2000, 0, 300, 3000, 4000];
  const order = (ranges: AbstractRange[]) => ranges.map((r) => `${(r.startContainer.parentElement as HTMLElement).dataset.y}:${rangeText(r)}`);

  it.each<[string, boolean, number[]]>([
    ['with CSS highlights: the view first, then the rest in one batch', true, [8]],
    ['with the wrapping fallback: the view first, then the rest as they are wrapped', false, []],
  ])('%s', async (_name, batched, batches) => {
    setBody(TOPS.map((y) => `<p data-y="${y}">${ARTICLE}</p>`).join(''));
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const top = Number((this as HTMLElement).dataset.y ?? 0);
      return { top, bottom: top + 100, left: 0, right: 100, width: 100, height: 100, x: 0, y: top, toJSON: () => null } as DOMRect;
    });
    const bg = fakeBackground(true);
    const { marker, added, shown } = recordingMarker(batched);
    const page = startSorot({ doc: document, send: bg.send, marker });
    await page.ready;
    // In view first (last-first), then below it, then above it.
    expect(order(added)).toEqual([
      '300:Kyiv', '300:Zelensky', '0:Kyiv', '0:Zelensky',
      '4000:Kyiv', '4000:Zelensky', '3000:Kyiv', '3000:Zelensky',
      '-2000:Kyiv', '-2000:Zelensky', '-3000:Kyiv', '-3000:Zelensky',
    ]);
    // The view's marks are reported as soon as they are placed, before the rest.
    expect(bg.reports.map((r) => r.count)).toEqual([4, 12]);
    expect(shown).toEqual(batches);
    page.stop();
    vi.restoreAllMocks();
  });
});
