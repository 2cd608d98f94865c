// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchPage, type PageChanges } from './watch';

function element(tag: string, attrs: Record<string, string> = {}, text = ''): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (text) el.textContent = text;
  return el;
}

/** The body as `<div><p>Kyiv</p></div>`, fresh for each row. */
function page(): { host: HTMLElement; p: HTMLElement } {
  const p = element('p', {}, 'Kyiv');
  const host = element('div');
  host.append(p);
  document.body.replaceChildren(host);
  return { host, p };
}

/** Mutation records are delivered after the change, in a microtask: a timer comes after it. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

const names = (nodes: Node[]) => nodes.map((n) => (n.nodeType === Node.TEXT_NODE ? '#text' : (n as Element).localName));

/** Runs `change` under a fresh watch and returns what it reported, as `added` (by tag or #text) and `removed`. */
async function watched(change: (nodes: ReturnType<typeof page>) => void): Promise<{ added: string[]; removed: boolean } | null> {
  const nodes = page();
  let seen: PageChanges | null = null;
  const watch = watchPage(document.body, (changes) => (seen = changes));
  change(nodes);
  await delivered();
  watch.disconnect();
  const got = seen as PageChanges | null;
  return got && { added: names(got.added), removed: got.removed };
}

describe('watchPage reports the page’s changes and none of ours', () => {
  it.each<[string, (nodes: ReturnType<typeof page>) => void, { added: string[]; removed: boolean } | null]>([
    ['a paragraph the page adds', ({ host }) => host.append(element('p', {}, 'Odesa')), { added: ['p'], removed: false }],
    ['a text node the page adds', ({ p }) => p.append(' dan Odesa'), { added: ['#text'], removed: false }],
    ['text the page rewrites: its parent, and marks there may be stale', ({ p }) => ((p.firstChild as Text).data = 'Kharkiv'), { added: ['p'], removed: true }],
    ['a node the page takes out', ({ p }) => p.remove(), { added: [], removed: true }],
    ['a comment: nothing to read', ({ host }) => host.append(document.createComment('ad slot')), null],
    ['the card host (its card lives in a shadow root)', ({ host }) => host.append(element('sorot-card', { 'data-sorot-ui': '' })), null],
    ['the marks’ style sheet, where adopted sheets are refused', () => document.body.append(element('style', { 'data-sorot-ui': '' }, '::highlight(sorot-place){}')), null],
    ['a mark of the wrapping fallback', ({ p }) => p.append(element('mark', { 'data-sorot': 'place' }, 'Odesa')), null],
    ['a page element beside ours still counts', ({ host }) => host.append(element('sorot-card', { 'data-sorot-ui': '' }), element('p', {}, 'Lviv')), { added: ['p'], removed: false }],
  ])('%s', async (_name, change, expected) => {
    expect(await watched(change)).toEqual(expected);
  });

  it('ownChange: the page’s changes before it still count, the changes it runs do not', async () => {
    const { host } = page();
    const reports: PageChanges[] = [];
    const watch = watchPage(document.body, (changes) => reports.push(changes));
    host.append(element('p', {}, 'Odesa'));
    watch.ownChange(() => host.append(element('section', {}, 'ours')));
    await delivered();
    watch.disconnect();
    expect(reports.map((r) => names(r.added))).toEqual([['p']]);
  });
});
