// @vitest-environment happy-dom
// Properties of the page code on random pages: random DOM trees of blocks,
// inline tags and skipped elements holding hostile Unicode
// (lib/testing/arbitraries.ts), with known names split across inline tags
// (`Ky<i>iv</i>`). The collected text is compared with a model of the tree,
// every name found in it must turn into a Range over exactly that name, the
// wrapping fallback (happy-dom has no CSS Highlight API) must mark exactly the
// names and leave the DOM as it was. Time linear in the page is timed in
// marking-linear.timing.ts (`npm run bench`).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { newsText, noisePiece, separatorPiece, textOfLength } from '../lib/testing/arbitraries';
import { collectText } from './read/collect';
import { MarkWrapper } from './mark/mark-wrapper';
import { SAMPLE_CHARS, countWarVocabulary, looksLikeWarText } from './look/war-text';
import { PARAGRAPH_ARTICLE_CHARS, pageLooksLikeWar, paragraphSample, quickLookRoot, sampleText } from './look/page-sample';
import { rangeForSpan, type TextMap } from './read/text-map';
import { INLINE, NAMES, bigNodeSection, bigPool, occurrences, type Occurrence } from './testing/random-pages';

/** Names none of which contains another, so their occurrences never overlap. */




const BLOCK = ['p', 'div', 'section', 'li'] as const;
/** Ways to put text out of collectText's reach; the first five the quick look skips too. */
const SKIPS = ['script', 'style', 'textarea', 'code', 'hidden', 'aria-hidden', 'notranslate', 'display-none'] as const;
type Skip = (typeof SKIPS)[number];
const QUICK_LOOK_SKIPS: readonly Skip[] = ['script', 'style', 'textarea', 'code', 'hidden'];

/** Put in front of every text node inside a skipped element; no arbitrary makes `⟦`. */
const sentinel = (skip: Skip) => `⟦skip:${skip}⟧`;

/** A page as data: what the DOM is built from, and what the expected text is read from. */
type Model =
  | { text: string }
  | { br: true }
  | { tag: (typeof INLINE)[number] | (typeof BLOCK)[number]; children: Model[] }
  | { skip: Skip; children: Model[] };

const isBlock = (tag: string) => (BLOCK as readonly string[]).includes(tag);

/** Random text for one text node: news words and hostile Unicode. */
const textLeaf: fc.Arbitrary<Model[]> = fc
  .oneof({ weight: 3, arbitrary: newsText(6) }, { weight: 1, arbitrary: fc.array(noisePiece, { maxLength: 4 }).map((xs) => xs.join('')) })
  .map((text) => [{ text }]);

/**
 * A known name as a run of siblings, cut in one to three pieces, each bare or
 * in (nested) inline tags: `Ky<i>iv</i>`, `Zel<b>en</b>sky`, `<b><em>NA</em></b>TO`.
 */
const splitName: fc.Arbitrary<Model[]> = fc
  .record({
    name: fc.constantFrom(...NAMES),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 2 }),
    wraps: fc.array(fc.array(fc.constantFrom(...INLINE), { maxLength: 2 }), { minLength: 3, maxLength: 3 }),
    before: separatorPiece,
    after: separatorPiece,
  })
  .map(({ name, cuts, wraps, before, after }) => {
    const at = [0, ...cuts.filter((c) => c < name.length).sort((a, b) => a - b), name.length];
    const pieces = at.slice(1).map((end, k) => name.slice(at[k], end));
    const runs = pieces.map((piece, k) =>
      (wraps[k] ?? []).reduceRight<Model>((inner, tag) => ({ tag, children: [inner] }), { text: piece }),
    );
    return [{ text: before }, ...runs, { text: after }];
  });

/** A run of sibling nodes at most `depth` elements deep. */
function nodes(depth: number): fc.Arbitrary<Model[]> {
  const leaves = [
    { weight: 3, arbitrary: textLeaf },
    { weight: 3, arbitrary: splitName },
    { weight: 1, arbitrary: fc.constant<Model[]>([{ br: true }]) },
  ];
  if (depth === 0) return fc.oneof(...leaves);
  const children = fc.array(nodes(depth - 1), { maxLength: 5, size: 'max' }).map((runs) => runs.flat());
  return fc.oneof(
    ...leaves,
    { weight: 6, arbitrary: fc.record({ tag: fc.constantFrom(...INLINE, ...BLOCK), children }).map((el) => [el]) },
    { weight: 2, arbitrary: fc.record({ skip: fc.constantFrom(...SKIPS), children }).map((el) => [el]) },
  );
}

const page: fc.Arbitrary<Model[]> = fc.array(nodes(4), { minLength: 1, maxLength: 6, size: 'max' }).map((runs) => runs.flat());

/** All the text under a model, as it is put inside a skipped element. */
function flatText(models: readonly Model[]): string {
  return models.map((m) => ('text' in m ? m.text : 'children' in m ? flatText(m.children) : '')).join('');
}

function skippedElement(doc: Document, skip: Skip): HTMLElement {
  switch (skip) {
    case 'script': {
      // A type the page never runs: the test is about reading, not executing.
      const el = doc.createElement('script');
      el.type = 'text/plain';
      return el;
    }
    case 'style':
    case 'textarea':
    case 'code':
      return doc.createElement(skip);
    case 'hidden': {
      const el = doc.createElement('div');
      el.hidden = true;
      return el;
    }
    case 'aria-hidden': {
      const el = doc.createElement('span');
      el.setAttribute('aria-hidden', 'true');
      return el;
    }
    case 'notranslate': {
      const el = doc.createElement('span');
      el.className = 'notranslate';
      return el;
    }
    case 'display-none': {
      const el = doc.createElement('span');
      el.style.display = 'none';
      return el;
    }
  }
}

/** Appends the model's nodes to `parent` with DOM APIs; text inside a skipped element carries its sentinel. */
function build(doc: Document, parent: Node, models: readonly Model[], skipped: Skip | null): void {
  for (const m of models) {
    if ('text' in m) parent.appendChild(doc.createTextNode(skipped ? sentinel(skipped) + m.text : m.text));
    else if ('br' in m) parent.appendChild(doc.createElement('br'));
    else if ('tag' in m) {
      const el = doc.createElement(m.tag);
      if (m.tag === 'a') el.setAttribute('href', '#');
      build(doc, el, m.children, skipped);
      parent.appendChild(el);
    } else {
      const el = skippedElement(doc, m.skip);
      // Raw-text elements get one text node; the others keep the tree.
      if (['script', 'style', 'textarea'].includes(m.skip)) el.append(sentinel(m.skip) + flatText(m.children));
      else {
        el.append(sentinel(m.skip));
        build(doc, el, m.children, m.skip);
      }
      parent.appendChild(el);
    }
  }
}

/**
 * What collectText should read from the model: the text nodes outside skipped
 * elements in order, joined with "\n" where the nearest block changes or a
 * <br> came between, and with nothing otherwise (so `Ky<i>iv</i>` reads
 * `Kyiv`). The body is the outermost block.
 */
function expectedText(models: readonly Model[]): string {
  const parts: string[] = [];
  let lastBlock = -1;
  let blocks = 0;
  let breakPending = false;
  let any = false;
  const walk = (ms: readonly Model[], block: number): void => {
    for (const m of ms) {
      if ('text' in m) {
        if (any && (breakPending || block !== lastBlock)) parts.push('\n');
        any = true;
        breakPending = false;
        lastBlock = block;
        parts.push(m.text);
      } else if ('br' in m) breakPending = true;
      else if ('tag' in m) walk(m.children, isBlock(m.tag) ? ++blocks : block);
    }
  };
  walk(models, 0);
  return parts.join('');
}

function setPage(models: readonly Model[]): void {
  document.title = 'untitled';
  document.body.replaceChildren();
  build(document, document.body, models, null);
}

/** The DOM node by node (name, attributes, text), so a text node left split or an attribute left behind shows. */
function snapshot(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node, depth: number): void => {
    const attrs = node instanceof Element ? [...node.attributes].map((a) => `${a.name}=${a.value}`).join(' ') : '';
    out.push(`${depth} ${node.nodeName} ${attrs} ${node.nodeType === Node.TEXT_NODE ? JSON.stringify((node as Text).data) : ''}`);
    for (const child of node.childNodes) walk(child, depth + 1);
  };
  walk(root, 0);
  return out;
}

/** The occurrences whose Range is not exactly their name, as messages (empty when all are). */
function badRanges(map: TextMap, found: readonly Occurrence[]): string[] {
  return found.flatMap(({ start, end, name }) => {
    const range = rangeForSpan(map, start, end, document);
    const got = range ? range.toString() : null;
    return got === name ? [] : [`${name} at ${start}: ${JSON.stringify(got)}`];
  });
}

/**
 * Wraps every occurrence, last first as sorot-page.ts does, and returns what
 * went wrong while they were marked (empty when each mark group reads its
 * name and the marks together read the names in order).
 */
function markAll(wrapper: MarkWrapper, map: TextMap, found: readonly Occurrence[]): string[] {
  const bad: string[] = [];
  for (const [k, o] of [...found.entries()].reverse()) {
    const range = rangeForSpan(map, o.start, o.end, document);
    if (range) wrapper.add(o.kind, range, `${o.name}#${k}`);
  }
  if (wrapper.count !== found.length) bad.push(`${wrapper.count} marks for ${found.length} names`);
  for (const [k, o] of found.entries()) {
    const groups = wrapper.rangesOf(`${o.name}#${k}`, o.name).map((r) => r.toString());
    if (groups.length !== 1 || groups[0] !== o.name) bad.push(`${o.name}#${k} reads ${JSON.stringify(groups)}`);
  }
  const marked = [...document.querySelectorAll('mark[data-sorot]')].map((m) => m.textContent).join('');
  if (marked !== found.map((o) => o.name).join('')) bad.push(`the marks read ${JSON.stringify(marked)}`);
  return bad;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('random pages: collect, map, mark, unmark', () => {
  it('collectText reads the visible text of the model, nothing from skipped elements', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (models) => {
        setPage(models);
        const map = await collectText([document.body]);
        expect(map.text).not.toContain('⟦skip:');
        expect(map.text).toBe(expectedText(models));
        // The map's own bookkeeping: each node's text sits at its start.
        map.nodes.forEach((node, i) => expect(map.text.slice(map.starts[i], (map.starts[i] ?? 0) + node.data.length)).toBe(node.data));
      }),
      { numRuns: 150 },
    );
  });

  it('every name in the collected text maps to a Range reading exactly that name', async () => {
    // Names hold no "\n", so an occurrence never touches a block separator
    // and rangeForSpan has no reason to return null for any of them.
    await fc.assert(
      fc.asyncProperty(page, async (models) => {
        setPage(models);
        const map = await collectText([document.body]);
        expect(badRanges(map, occurrences(map.text))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('MarkWrapper marks exactly the names, and clear() leaves the DOM exactly as before', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (models) => {
        setPage(models);
        const before = { html: document.body.outerHTML, nodes: snapshot(document.body) };
        const map = await collectText([document.body]);
        const wrapper = new MarkWrapper(document);
        expect(markAll(wrapper, map, occurrences(map.text))).toEqual([]);
        wrapper.clear();
        expect(document.body.outerHTML).toBe(before.html);
        expect(snapshot(document.body)).toEqual(before.nodes);
      }),
      { numRuns: 100 },
    );
  });

  it('the quick look never throws and reads nothing the quick look skips', () => {
    fc.assert(
      fc.property(page, (models) => {
        setPage(models);
        const sample = sampleText([document.body], Infinity);
        for (const skip of QUICK_LOOK_SKIPS) expect(sample).not.toContain(sentinel(skip));
        // The paragraphs first; the walk as well when they hold less than a sample (the body is the likely article
        // here), unless they hold an article's worth that never names the war.
        expect(quickLookRoot(document)).toBe(document.body);
        const paragraphs = paragraphSample(document.body, SAMPLE_CHARS);
        const walked = () => looksLikeWarText(`${document.title}\n${sampleText([document.body], SAMPLE_CHARS)}`);
        const warless = paragraphs.length >= PARAGRAPH_ARTICLE_CHARS && countWarVocabulary(paragraphs).mentions === 0;
        expect(pageLooksLikeWar(document)).toBe(looksLikeWarText(`${document.title}\n${paragraphs}`) || (paragraphs.length < SAMPLE_CHARS && !warless && walked()));
      }),
      { numRuns: 150 },
    );
  });

  it('the generated pages exercise what the properties claim (they have teeth)', async () => {
    const samples = fc.sample(page, { numRuns: 60, seed: 7 });
    let split = 0;
    let skipped = 0;
    let names = 0;
    for (const models of samples) {
      setPage(models);
      skipped += document.body.textContent.includes('⟦skip:') ? 1 : 0;
      const map = await collectText([document.body]);
      const found = occurrences(map.text);
      names += found.length;
      split += found.filter((o) => rangeForSpan(map, o.start, o.end, document)?.startContainer !== rangeForSpan(map, o.start, o.end, document)?.endContainer).length;
    }
    expect(skipped).toBeGreaterThan(20);
    expect(names).toBeGreaterThan(150);
    // Names cut across text nodes (`Ky<i>iv</i>`), the case rangeForSpan exists for.
    expect(split).toBeGreaterThan(50);
  });
});

// collectText leaves a skipped element out of the text and joins the text on
// both sides of it, so `Ky<textarea>XX</textarea>iv` reads `Kyiv`. One Range
// for that span would run from `Ky` to `iv` over the textarea's text too (and
// MarkWrapper would put a <mark> inside the textarea), so rangeForSpan gives
// none: the name is left unmarked. Found by the properties above.
describe('a name cut by a skipped element', () => {
  it.each(['textarea', 'code', 'script'])('is not marked across a %s, and nothing goes inside it', async (tag) => {
    const p = document.createElement('p');
    const field = document.createElement(tag);
    if (tag === 'script') field.setAttribute('type', 'text/plain');
    field.append('XX');
    p.append('in Ky', field, 'iv today');
    document.body.replaceChildren(p);
    const map = await collectText([document.body]);
    expect(map.text).toBe('in Kyiv today');
    expect(rangeForSpan(map, 3, 7, document)).toBeNull();
    // The words either side, each in one node, are still marked.
    expect(rangeForSpan(map, 0, 2, document)?.toString()).toBe('in');
    expect(rangeForSpan(map, 8, 13, document)?.toString()).toBe('today');
    expect(field.querySelector('mark')).toBeNull();
  });
});

// A single text node of 1 MB (the "text nodes of 1 MB"): random news
// words and hostile Unicode with names sprinkled in, after a heading so the
// collected text is not the node's own string.
const MB = 1024 * 1024;

describe('a text node of 1 MB', () => {
  it('collectText reads it whole and every name in it maps to exactly that name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 30 }), async (seed) => {
        const text = textOfLength(bigPool(seed, 12), MB, seed);
        document.body.replaceChildren(bigNodeSection(text));
        const map = await collectText([document.body]);
        expect(map.text).toBe(`Perang di Ukraina\n${text}`);
        const found = occurrences(map.text);
        expect(found.length).toBeGreaterThan(1000);
        expect(badRanges(map, found)).toEqual([]);
      }),
      { numRuns: 2 },
    );
  });
});
