// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeText } from './highlighter';

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
