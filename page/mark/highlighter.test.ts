// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HighlightMarker, rangeText } from './highlighter';

describe('rangeText', () => {
  document.body.replaceChildren(...new DOMParser().parseFromString('<p id="a">Serangan di Kyiv</p><p id="b">Ky<i>iv</i> dan Odesa</p>', 'text/html').body.childNodes);
  const a = (document.getElementById('a') as HTMLElement).firstChild as Text;
  const b = document.getElementById('b') as HTMLElement;
  const ky = b.firstChild as Text;
  const iv = (b.querySelector('i') as HTMLElement).firstChild as Text;
  const range = (set: (r: Range) => void) => {
    const r = document.createRange();
    set(r);
    return r;
  };
  it.each<[string, Range, string]>([
    ['inside one text node', range((r) => (r.setStart(a, 12), r.setEnd(a, 16))), 'Kyiv'],
    ['across tags', range((r) => (r.setStart(ky, 0), r.setEnd(iv, 2))), 'Kyiv'],
    ['on element boundaries', range((r) => r.selectNodeContents(b)), 'Kyiv dan Odesa'],
    ['collapsed', range((r) => (r.setStart(a, 3), r.setEnd(a, 3))), ''],
  ])('%s: the same text as Range.toString()', (_name, r, expected) => {
    expect(rangeText(r)).toBe(expected);
    expect(rangeText(r)).toBe(r.toString());
  });
});

describe('HighlightMarker.batch', () => {
  /** Happy-dom has no CSS highlights: a Highlight is a set of ranges, the registry a map that counts its changes. */
  class FakeHighlight extends Set<AbstractRange> {
    priority = 0;
  }
  function fakeRegistry() {
    const shown = new Map<string, Highlight>();
    let changes = 0;
    return {
      registry: {
        set: (name: string, h: Highlight) => (changes++, shown.set(name, h)),
        get: (name: string) => shown.get(name),
        delete: (name: string) => shown.delete(name),
      },
      size: (name: string) => (shown.get(name) as unknown as Set<unknown> | undefined)?.size ?? 0,
      changes: () => changes,
    };
  }

  it('shows nothing of a batch until show(), then every mark in one change per kind, but those whose text left the page', () => {
    document.body.replaceChildren(...new DOMParser().parseFromString('<p>Zelensky in Kyiv</p><p>Putin</p><p>Odesa</p>', 'text/html').body.childNodes);
    (window as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
    const [zelenskyKyiv, putin, odesa] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text) as [Text, Text, Text];
    const over = (node: Text, from: number, to: number) => {
      const r = document.createRange();
      r.setStart(node, from);
      r.setEnd(node, to);
      return r;
    };
    const fake = fakeRegistry();
    const marker = new HighlightMarker(document, () => fake.registry);
    marker.add('person', over(zelenskyKyiv, 0, 8), 'zelensky');
    const batch = marker.batch();
    batch.add('person', over(putin, 0, 5), 'putin');
    batch.add('place', over(zelenskyKyiv, 12, 16), 'kyiv');
    batch.add('place', over(odesa, 0, 5), 'odesa');
    expect([marker.count, fake.size('sorot-person'), fake.size('sorot-place'), fake.changes()]).toEqual([1, 1, 0, 1]);
    odesa.parentElement?.remove();
    batch.show();
    expect([marker.count, fake.size('sorot-person'), fake.size('sorot-place'), fake.changes()]).toEqual([3, 2, 1, 3]);
    expect(marker.list().map((m) => m.text).sort()).toEqual(['Kyiv', 'Putin', 'Zelensky']);
  });
});
