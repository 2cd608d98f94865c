// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextMapBuilder, rangeForSpan } from '../read/text-map';
import { DEFAULT_MARK_STYLES } from '../../lib/settings/schema';
import { MarkWrapper } from './mark-wrapper';

/** Puts `html` in the body (a fixture: tests may parse markup, code may not). */
function setBody(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

const CASES: [string, string, string[]][] = [
  ['one word', '<p>in Kyiv today</p>', ['Kyiv']],
  ['a word at the start and the end', '<p>Kyiv and Lviv</p>', ['Kyiv', 'Lviv']],
  ['a word split by markup', '<p>in Ky<i>iv</i> today</p>', ['Kyiv']],
  ['several words in one node', '<p>Putin, Zelensky and Biden met</p>', ['Putin', 'Zelensky', 'Biden']],
  ['a whole text node', '<p><b>Kharkiv</b></p>', ['Kharkiv']],
  ['page text nodes left apart', '<p>a</p>', []],
];

function setUp(html: string, words: string[]) {
  setBody(html);
  // Adjacent text nodes of the page's own must survive: normalize() would merge them.
  document.querySelector('p')?.append(document.createTextNode(' tail'), document.createTextNode(' end'));
  const builder = new TextMapBuilder();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) builder.add(n as Text, null);
  const map = builder.build();
  const spans = words.map((w) => [map.text.indexOf(w), map.text.indexOf(w) + w.length] as const);
  return { map, spans };
}

const nodeShape = () => [...document.body.querySelectorAll('*')].map((el) => [...el.childNodes].map((n) => n.nodeName + ':' + (n.textContent ?? '')).join('|'));

describe('MarkWrapper', () => {
  it.each(CASES)('wraps %s in <mark> elements', (_name, html, words) => {
    const { map, spans } = setUp(html, words);
    const wrapper = new MarkWrapper(document);
    for (const [start, end] of [...spans].reverse()) wrapper.add('place', rangeForSpan(map, start, end, document) as Range);
    const marked = [...document.querySelectorAll('mark[data-sorot="place"]')].map((m) => m.textContent).join('');
    expect(marked).toBe(words.join(''));
    expect(wrapper.count).toBe(words.length);
  });

  it.each(CASES)('unwraps %s leaving the DOM exactly as before', (_name, html, words) => {
    const { map, spans } = setUp(html, words);
    const before = { html: document.body.innerHTML, shape: nodeShape(), head: document.head.innerHTML, sheets: document.adoptedStyleSheets.length };
    const wrapper = new MarkWrapper(document);
    for (const [start, end] of [...spans].reverse()) wrapper.add('person', rangeForSpan(map, start, end, document) as Range);
    wrapper.clear();
    expect(document.body.innerHTML).toBe(before.html);
    expect(nodeShape()).toEqual(before.shape);
    expect(document.head.innerHTML).toBe(before.head);
    expect(document.adoptedStyleSheets.length).toBe(before.sheets);
  });

  it('forgets marks whose text left the page', () => {
    const { map, spans } = setUp('<p>Kyiv</p><div id="gone">Lviv</div>', ['Kyiv', 'Lviv']);
    const wrapper = new MarkWrapper(document);
    for (const [start, end] of [...spans].reverse()) wrapper.add('place', rangeForSpan(map, start, end, document) as Range);
    document.getElementById('gone')?.remove();
    wrapper.prune();
    expect(wrapper.count).toBe(1);
  });

  it.each([
    ['chosen when made', { ...DEFAULT_MARK_STYLES, place: 'wavy' as const }, null],
    ['changed while shown', DEFAULT_MARK_STYLES, { ...DEFAULT_MARK_STYLES, place: 'wavy' as const }],
  ])('styles its marks as %s, keeping the marks', (_name, first, then) => {
    const { map, spans } = setUp('<p>Kyiv and Lviv</p>', ['Kyiv', 'Lviv']);
    // Earlier cases leave their sheets (their wrappers are not cleared): look at this one's only.
    const pageSheets = document.adoptedStyleSheets.length;
    const wrapper = new MarkWrapper(document, first);
    for (const [start, end] of [...spans].reverse()) wrapper.add('place', rangeForSpan(map, start, end, document) as Range);
    const marks = [...document.querySelectorAll('mark')];
    if (then) wrapper.restyle(then);
    const css = document.adoptedStyleSheets.slice(pageSheets).flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(css).toMatch(/mark\[data-sorot="place"\]\s*\{[^}]*wavy/);
    expect(css).not.toMatch(/mark\[data-sorot="place"\]\s*\{[^}]*double/);
    expect(document.adoptedStyleSheets).toHaveLength(pageSheets + 1);
    expect([...document.querySelectorAll('mark')]).toEqual(marks);
    wrapper.clear();
    expect(document.adoptedStyleSheets).toHaveLength(pageSheets);
  });
});
