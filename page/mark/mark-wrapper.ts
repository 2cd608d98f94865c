// The fallback for browsers without the CSS Custom Highlight API: wraps the
// text of each range in `<mark data-sorot=kind>`. Every DOM change it makes is
// logged, and undone last-first on clear(), so the page ends exactly as it
// was: the text nodes it split are joined again, and only those.

import { DEFAULT_MARK_STYLES } from '../../lib/settings/schema';
import type { CardKind } from '../../lib/types';
import { isMention, rangeText, type MarkInfo, type Marker } from './highlighter';
import { inDocumentOrder, textStretches } from './ranges';
import type { MarkStyles } from '../../lib/marks/marks-css';
import { MarksSheet } from './marks-style';

type Change = { split: Text; tail: Text } | { mark: HTMLElement; text: Text };

interface WrappedMark extends MarkInfo {
  elements: HTMLElement[];
}

export class MarkWrapper implements Marker {
  readonly mutatesDom = true;
  private readonly log: Change[] = [];
  private readonly marks: WrappedMark[] = [];
  private readonly sheet: MarksSheet;

  constructor(
    private readonly doc: Document,
    styles: MarkStyles = DEFAULT_MARK_STYLES,
  ) {
    // `color:inherit` undoes the browser's black text on a <mark>, unreadable on dark pages.
    this.sheet = new MarksSheet(doc, (kind) => `mark[data-sorot="${kind}"]`, styles, 'color:inherit;');
  }

  get count(): number {
    return this.marks.length;
  }

  /**
   * Wraps the range. Callers add ranges last-first: splitting a text node
   * keeps its head in place, so ranges earlier in the same node stay valid.
   */
  add(kind: CardKind, range: AbstractRange, id: string | null = null): void {
    const text = rangeText(range);
    this.sheet.show();
    const elements: HTMLElement[] = [];
    for (const { node, start, end } of textStretches(range).reverse()) elements.push(this.wrap(node, start, end, kind));
    if (elements.length > 0) this.marks.push({ kind, id, text, elements: elements.reverse() });
  }

  list(): MarkInfo[] {
    return this.marks.map(({ kind, id, text }) => ({ kind, id, text }));
  }

  withRanges(): Array<MarkInfo & { range: Range }> {
    return this.marks.map(({ kind, id, text, elements }) => ({ kind, id, text, range: this.rangeAround(elements) }));
  }

  rangesOf(id: string | null, text: string): Range[] {
    return inDocumentOrder(this.marks.filter((m) => isMention(m, id, text)).map((m) => this.rangeAround(m.elements)));
  }

  prune(): void {
    this.keep((mark) => mark.elements.every((el) => el.isConnected));
  }

  removeWithin(root: Node): void {
    this.keep((mark) => {
      if (!mark.elements.some((el) => root.contains(el))) return true;
      // The text stays split here; clear() joins it again.
      for (const el of mark.elements) if (el.firstChild) el.replaceWith(el.firstChild);
      return false;
    });
  }

  clear(): void {
    for (let change = this.log.pop(); change; change = this.log.pop()) {
      if ('mark' in change) {
        if (change.mark.parentNode && change.text.parentNode === change.mark) change.mark.replaceWith(change.text);
      } else if (change.tail.previousSibling === change.split) {
        change.split.appendData(change.tail.data);
        change.tail.remove();
      }
    }
    this.marks.length = 0;
    this.sheet.hide();
  }

  restyle(styles: MarkStyles): void {
    this.sheet.restyle(styles);
  }

  /** A live Range around a mark's elements: made on demand, where a page with the fallback has few marks. */
  private rangeAround(elements: HTMLElement[]): Range {
    const range = this.doc.createRange();
    range.setStartBefore(elements[0] as HTMLElement);
    range.setEndAfter(elements[elements.length - 1] as HTMLElement);
    return range;
  }

  private keep(test: (mark: WrappedMark) => boolean): void {
    const kept = this.marks.filter(test);
    this.marks.length = 0;
    this.marks.push(...kept);
  }

  private wrap(node: Text, from: number, to: number, kind: CardKind): HTMLElement {
    let middle = node;
    if (from > 0) {
      middle = node.splitText(from);
      this.log.push({ split: node, tail: middle });
    }
    if (to - from < middle.data.length) this.log.push({ split: middle, tail: middle.splitText(to - from) });
    const mark = this.doc.createElement('mark');
    mark.dataset.sorot = kind;
    middle.replaceWith(mark);
    mark.append(middle);
    this.log.push({ mark, text: middle });
    return mark;
  }
}
