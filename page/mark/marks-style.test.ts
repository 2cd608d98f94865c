// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MARK_STYLES, type MarkStyle } from '../../lib/settings/schema';
import type { MarkStyles } from '../../lib/marks/marks-css';
import { CARD_KINDS, type CardKind } from '../../lib/types';
import { MarksSheet } from './marks-style';

const byKind = (kind: CardKind) => `.k-${kind}`;
const allAs = (style: MarkStyle): MarkStyles => Object.fromEntries(CARD_KINDS.map((kind) => [kind, style])) as MarkStyles;

describe('MarksSheet', () => {
  afterEach(() => {
    document.adoptedStyleSheets = [];
    for (const style of document.querySelectorAll('style[data-sorot-ui]')) style.remove();
  });

  /** The CSS the document holds now, from adopted sheets and `<style>` elements. */
  const cssOfDocument = () =>
    [
      ...document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
      ...[...document.querySelectorAll('style[data-sorot-ui]')].map((style) => style.textContent ?? ''),
    ].join('\n');

  it('puts nothing in until shown, then swaps the styles in place, and takes it all out', () => {
    const sheet = new MarksSheet(document, byKind, allAs('wavy'));
    expect(cssOfDocument()).toBe('');
    sheet.restyle(allAs('dotted'));
    expect(cssOfDocument()).toBe('');
    sheet.show();
    sheet.show();
    expect(cssOfDocument()).toContain('dotted');
    expect(cssOfDocument()).not.toContain('wavy');
    sheet.restyle({ ...allAs('dotted'), term: 'double' });
    expect(cssOfDocument()).toMatch(/\.k-term\s*\{[^}]*double/);
    expect(cssOfDocument()).toMatch(/\.k-person\s*\{[^}]*dotted/);
    expect(sheet.styles.term).toBe('double');
    sheet.hide();
    expect(cssOfDocument()).toBe('');
  });

  it('keeps the page its own sheets when it swaps', () => {
    const own = new CSSStyleSheet();
    own.replaceSync('p{color:red}');
    document.adoptedStyleSheets = [own];
    const sheet = new MarksSheet(document, byKind);
    sheet.show();
    sheet.restyle(allAs('background'));
    sheet.hide();
    expect(document.adoptedStyleSheets).toEqual([own]);
  });

  it('keeps its own copy of the styles', () => {
    const chosen = { ...DEFAULT_MARK_STYLES };
    const sheet = new MarksSheet(document, byKind);
    sheet.restyle(chosen);
    chosen.person = 'wavy';
    expect(sheet.styles.person).toBe(DEFAULT_MARK_STYLES.person);
  });
});
