// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText, outermostRoots } from './collect';

/** Puts `html` in the body (a fixture: tests may parse markup, code may not). */
function setBody(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

async function textOf(html: string): Promise<string> {
  setBody(html);
  return (await collectText([document.body])).text;
}

describe('collectText', () => {
  it.each([
    ['input', '<p>Kyiv</p><input value="Putin">', 'Kyiv'],
    ['textarea', '<p>Kyiv</p><textarea>Putin</textarea>', 'Kyiv'],
    ['select', '<p>Kyiv</p><select><option>Putin</option></select>', 'Kyiv'],
    ['contenteditable', '<p>Kyiv</p><div contenteditable="true"><p>Putin</p></div>', 'Kyiv'],
    ['contenteditable=false stays', '<p>Kyiv</p><div contenteditable="false">Putin</div>', 'Kyiv\nPutin'],
    ['code and pre', '<p>Kyiv <code>Putin</code></p><pre>Putin</pre>', 'Kyiv '],
    ['script, style, noscript', '<p>Kyiv</p><script>Putin</script><style>p{}</style><noscript>Putin</noscript>', 'Kyiv'],
    ['translate=no and .notranslate', '<p>Kyiv <span translate="no">Putin</span><span class="notranslate">Putin</span></p>', 'Kyiv '],
    ['hidden and aria-hidden', '<p>Kyiv</p><p hidden>Putin</p><p aria-hidden="true">Putin</p>', 'Kyiv'],
    ['display:none', '<p>Kyiv</p><p style="display:none">Putin <b>Putin</b></p>', 'Kyiv'],
    ['visibility:hidden', '<p>Kyiv</p><p style="visibility:hidden">Putin</p>', 'Kyiv'],
    ['nav and footer', '<nav>Putin</nav><p>Kyiv</p><footer>Putin</footer>', 'Kyiv'],
    ['our own UI', '<p>Kyiv</p><sorot-card>Putin</sorot-card><div data-sorot-ui>Putin</div>', 'Kyiv'],
  ])('skips %s', async (_name, html, expected) => {
    expect(await textOf(html)).toBe(expected);
  });

  it.each([
    ['blocks on lines of their own', '<h1>Head</h1><p>One</p><div>Two</div>', 'Head\nOne\nTwo'],
    ['inline elements in one line', '<p>Ky<i>iv</i> and <a href="#">Lviv</a></p>', 'Kyiv and Lviv'],
    ['a <br> as a line break', '<p>One<br>Two</p>', 'One\nTwo'],
    ['text after a nested block', '<div>Before<p>Inside</p>After</div>', 'Before\nInside\nAfter'],
  ])('joins %s', async (_name, html, expected) => {
    expect(await textOf(html)).toBe(expected);
  });

  it.each([
    ['within one root: at the first node that reaches the limit', [document.body], 10, 'Kyiv\nKharkiv'],
    ['across roots: the next roots unread', null, 10, 'Kyiv\nKharkiv'],
    ['never, under the limit', [document.body], 1000, 'Kyiv\nKharkiv\nOdesa\nLviv'],
  ])('stops reading %s', async (_name, roots, limit, expected) => {
    setBody('<p>Kyiv</p><p>Kharkiv</p><p>Odesa</p><p>Lviv</p>');
    const map = await collectText(roots ?? [...document.body.children], undefined, undefined, limit);
    expect(map.text).toBe(expected);
    expect(map.nodes.map((node) => node.data)).toEqual(expected.split('\n'));
  });

  it('leaves out a root added inside a skipped element', async () => {
    setBody('<textarea></textarea><p>Kyiv</p>');
    const inField = document.createTextNode('Putin');
    document.querySelector('textarea')?.append(inField);
    const map = await collectText([inField, document.querySelector('p') as Node]);
    expect(map.text).toBe('Kyiv');
  });
});

describe('outermostRoots', () => {
  it('drops nested and detached roots', () => {
    setBody('<div id="a"><p id="b">x</p></div><p id="c">y</p>');
    const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id) as Node);
    const detached = document.createElement('p');
    expect(outermostRoots([b!, a!, c!, detached, a!])).toEqual([a, c]);
  });
});
