// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import regionMap from '../../assets/region-map.json';
import type { RegionMap } from '../../lib/geo/region-map';
import type { Card } from '../../lib/glossary/types';
import type { CardKind } from '../../lib/types';
import { createCards, HOVER_MS, type Cards } from './cards';
import { CARD_TAG } from './card-view';
import type { MarkInfo, Marker } from '../mark/highlighter';

function setBody(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

/** A Marker over fixed ranges: what the cards read from it is withRanges() and count. */
function fixedMarker(marks: Array<{ kind: CardKind; id: string | null; range: Range }>): Marker {
  const infos = (): MarkInfo[] => marks.map(({ kind, id, range }) => ({ kind, id, text: range.toString() }));
  return {
    add: () => undefined,
    list: infos,
    withRanges: () => marks.map(({ kind, id, range }) => ({ kind, id, text: range.toString(), range })),
    rangesOf: (id, text) => marks.filter((m) => (id !== null ? m.id === id : m.id === null && m.range.toString() === text)).map((m) => m.range),
    prune: () => undefined,
    removeWithin: () => undefined,
    clear: () => undefined,
    get count() {
      return marks.length;
    },
    mutatesDom: false,
  };
}

const glossaryCard = (id: string, en: string): Card => ({
  id,
  kind: 'place',
  name: { en, id: en },
  aliases: [],
  gloss: { en: `About ${en}.`, id: `Tentang ${en}.` },
  source: 'seeds',
  mentions: [{ article: 0, count: 2 }],
  sentences: [],
  related: [],
});

const cardText = () => {
  const host = document.querySelector(CARD_TAG) as HTMLElement | null;
  return host && !host.hidden ? (host.shadowRoot!.querySelector('.card')!.firstChild?.textContent ?? '') : null;
};

describe('createCards', () => {
  let cards: Cards;
  let fetched: string[];
  let mapsAsked: number;
  let revealed: string[];
  let text: Text;
  const range = (start: number, end: number) => {
    const r = document.createRange();
    r.setStart(text, start);
    r.setEnd(text, end);
    return r;
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'Date'] });
    setBody('<p>Zelensky visited Kyiv and Lviv.</p>');
    text = document.querySelector('p')!.firstChild as Text;
    // happy-dom lays nothing out: every range is one box, and the caret is wherever the test puts it.
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => [new DOMRect(10, 10, 40, 16)] as unknown as DOMRectList);
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(() => new DOMRect(10, 10, 40, 16));
    fetched = [];
    mapsAsked = 0;
    revealed = [];
    const marker = fixedMarker([
      { kind: 'place', id: 'lviv', range: range(26, 30) },
      { kind: 'place', id: 'kyiv', range: range(17, 21) },
      { kind: 'person', id: null, range: range(0, 8) },
    ]);
    cards = createCards({
      doc: document,
      marker,
      fetchCard: async (id) => {
        fetched.push(id);
        if (id === 'kyiv') return glossaryCard(id, 'Kyiv');
        return { ...glossaryCard(id, 'Lviv'), coords: [24.0316, 49.8397], region: { en: 'Lviv Oblast, Ukraine', id: 'Provinsi Lviv, Ukraina' } };
      },
      fetchMap: async () => {
        mapsAsked += 1;
        return regionMap as unknown as RegionMap;
      },
      language: () => 'en',
      reveal: (r) => revealed.push(r.toString()),
    });
  });

  afterEach(() => {
    cards.stop();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('moves through the marks in document order, wrapping, and asks for each card once', async () => {
    const seen: Array<string | null> = [];
    for (let i = 0; i < 4; i++) {
      expect(cards.next()).toBe(true);
      await vi.advanceTimersByTimeAsync(0);
      seen.push(cardText());
    }
    expect(revealed).toEqual(['Zelensky', 'Kyiv', 'Lviv', 'Zelensky']);
    expect(seen).toEqual(['Zelensky', 'Kyiv', 'Lviv', 'Zelensky']);
    expect(fetched).toEqual(['kyiv', 'lviv']);
    // The map is asked once, with the first place card, and kept.
    expect(mapsAsked).toBe(1);
  });

  it('shows a place with a point on the map, with its region and distance from Kyiv', async () => {
    for (let i = 0; i < 3; i++) {
      cards.next();
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(cardText()).toBe('Lviv');
    const root = document.querySelector(CARD_TAG)!.shadowRoot!;
    expect(root.querySelector('.place')!.textContent).toBe('Lviv Oblast, Ukraine · 467 km from Kyiv');
    expect(root.querySelector('svg.map')!.getAttribute('aria-label')).toBe('Map: Lviv, Lviv Oblast, Ukraine');
    expect(root.querySelectorAll('svg.map circle.pin')).toHaveLength(1);
  });

  it('closes on Escape', async () => {
    cards.next();
    await vi.advanceTimersByTimeAsync(0);
    expect(cardText()).toBe('Zelensky');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(cardText()).toBeNull();
  });

  it('opens after hovering a mark for a moment, and closes after the pointer leaves it', async () => {
    const caret = { node: text as Node, offset: 18 };
    (document as unknown as { caretPositionFromPoint: () => unknown }).caretPositionFromPoint = () => ({ offsetNode: caret.node, offset: caret.offset });
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 20, clientY: 15, pointerType: 'mouse' }));
    await vi.advanceTimersByTimeAsync(HOVER_MS - 50);
    expect(cardText()).toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    expect(cardText()).toBe('Kyiv');
    // Off the mark (between two words): the card goes after a grace period.
    caret.offset = 22;
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 20, clientY: 15, pointerType: 'mouse' }));
    await vi.advanceTimersByTimeAsync(50);
    expect(cardText()).toBe('Kyiv');
    await vi.advanceTimersByTimeAsync(1000);
    expect(cardText()).toBeNull();
  });

  it('answers false with nothing marked', () => {
    cards.stop();
    const none = createCards({ doc: document, marker: fixedMarker([]), fetchCard: async () => null, fetchMap: async () => null, language: () => 'en', reveal: () => undefined });
    expect(none.next()).toBe(false);
    none.stop();
  });
});
