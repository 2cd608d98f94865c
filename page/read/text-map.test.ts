// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextMapBuilder, rangeForSpan } from './text-map';

/** Puts `html` in the body (a fixture: tests may parse markup, code may not). */
function setBody(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

/** A TextMap over the text nodes of `html`, each <p> a block of its own. */
function mapOf(html: string) {
  setBody(html);
  const builder = new TextMapBuilder();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) builder.add(n as Text, n.parentElement?.closest('p') ?? null);
  return builder.build();
}

describe('TextMapBuilder', () => {
  it.each([
    ['<p>Kyiv</p>', 'Kyiv'],
    ['<p>Ky<i>iv</i> said</p>', 'Kyiv said'],
    ['<p>Headline</p><p>Body text</p>', 'Headline\nBody text'],
    ['<p>a</p><p>b <b>c</b></p><p>d</p>', 'a\nb c\nd'],
  ])('%s -> %j', (html, text) => {
    expect(mapOf(html).text).toBe(text);
  });
});

describe('rangeForSpan', () => {
  it.each([
    ['one node', '<p>in Kyiv today</p>', 'Kyiv'],
    ['across an inline element', '<p>in Ky<i>iv</i> today</p>', 'Kyiv'],
    ['across three nodes', '<p>Volo<b>dymyr</b> <i>Zelensky</i> said</p>', 'Volodymyr Zelensky'],
    ['a whole later block', '<p>first</p><p>Kharkiv</p>', 'Kharkiv'],
  ])('covers the span %s', (_name, html, word) => {
    const map = mapOf(html);
    const start = map.text.indexOf(word);
    const range = rangeForSpan(map, start, start + word.length, document);
    expect(range?.toString()).toBe(word);
  });

  it.each([
    ['empty', 3, 3],
    ['reversed', 5, 2],
    ['past the end', 0, 999],
    ['inside the block separator only', 5, 6],
  ])('refuses a span that is %s', (_name, start, end) => {
    expect(rangeForSpan(mapOf('<p>first</p><p>second</p>'), start, end, document)).toBeNull();
  });

  it.each([
    ['rewritten', (t: Text) => (t.data = 'Lviv today')],
    ['removed', (t: Text) => t.remove()],
  ])('refuses a span whose node was %s after the map was built', (_name, change) => {
    const map = mapOf('<p>Kyiv today</p>');
    change(map.nodes[0] as Text);
    expect(rangeForSpan(map, 0, 4, document)).toBeNull();
  });
});
