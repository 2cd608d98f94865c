// Marks Ranges on the page with the CSS Custom Highlight API: one Highlight
// per kind, no change to the page's DOM. Where the browser lacks the API the
// wrapping fallback in mark-wrapper.ts takes over behind the same interface.

import { DEFAULT_MARK_STYLES } from '../../lib/settings/schema';
import { CARD_KINDS, type CardKind } from '../../lib/types';
import { highlightName, type MarkStyles } from '../../lib/marks/marks-css';
import { MarksSheet } from './marks-style';
import { borrowLive, inDocumentOrder } from './ranges';

/** One mark as the popup counts it: its kind, its card (null: a name known by its text only) and its text. */
export interface MarkInfo {
  kind: CardKind;
  id: string | null;
  text: string;
}

/** What the content script needs from a way of marking text. */
export interface Marker {
  /** Marks the text of `range` as `kind` of card `id` (see ranges.ts for why ranges are static). */
  add(kind: CardKind, range: AbstractRange, id?: string | null): void;
  /** Every mark shown now. */
  list(): MarkInfo[];
  /** Every mark with its range, in no particular order (the cards' hit index). */
  withRanges(): Array<MarkInfo & { range: AbstractRange }>;
  /** Ranges over the mentions of one entity (by card id, or by text when id is null), in document order. */
  rangesOf(id: string | null, text: string): AbstractRange[];
  /** Drops marks whose text left the document or was rewritten. */
  prune(): void;
  /** Drops marks that start inside `root` (before its text is analyzed again). */
  removeWithin(root: Node): void;
  /** Removes every mark and the styles, leaving the page as it was. */
  clear(): void;
  /** Changes how marks look, those already shown included, without making them again. */
  restyle?(styles: MarkStyles): void;
  /**
   * Marks gathered out of sight and shown together by the batch's show(), in
   * one change the browser redraws once; absent where each mark changes the
   * DOM as it is added.
   */
  batch?(): MarkBatch;
  readonly count: number;
  /** True when marking changes the DOM (so its mutations must be ignored). */
  readonly mutatesDom: boolean;
}

/** Marks gathered to be shown in one step (see Marker.batch). */
export interface MarkBatch {
  add(kind: CardKind, range: AbstractRange, id?: string | null): void;
  /** Shows every mark added, but those whose text left the page meanwhile. */
  show(): void;
}

interface HighlightMark extends MarkInfo {
  range: AbstractRange;
  text: string;
}

interface HighlightRegistryLike {
  set(name: string, highlight: Highlight): unknown;
  get(name: string): Highlight | undefined;
  delete(name: string): boolean;
}

/** Whether a mark stands for the entity asked for: the same card, or the same text for a mark without one. */
export function isMention(mark: MarkInfo, id: string | null, text: string): boolean {
  return id !== null ? mark.id === id : mark.id === null && mark.text === text;
}

/**
 * Whether the browser has CSS highlights, asked without touching `CSS`: the
 * first read of `CSS.highlights` in a content script cost 0.3 ms a page on
 * average (1.8 ms on a busy one, profiled on the real pages), which a page
 * left alone never needs.
 */
export const hasHighlights = (view: Window): boolean => typeof (view as { Highlight?: unknown }).Highlight === 'function';

/** The page's highlight registry, when the browser has one. */
export function highlightRegistry(view: Window): HighlightRegistryLike | null {
  const css = (view as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  return css?.highlights && hasHighlights(view) ? css.highlights : null;
}

/**
 * The text a range covers. Almost every mark lies in one text node, where a
 * slice of its data is the same string as Range.toString() at a fraction of
 * the cost (it runs for every mark made and every mark checked).
 */
export function rangeText(range: AbstractRange): string {
  const { startContainer, endContainer, startOffset, endOffset } = range;
  if (startContainer === endContainer && startContainer.nodeType === Node.TEXT_NODE) return (startContainer as Text).data.slice(startOffset, endOffset);
  return borrowLive(range, (live) => live.toString());
}

function markOf(kind: CardKind, range: AbstractRange, id: string | null): HighlightMark {
  return { kind, id, range, text: rangeText(range) };
}

export class HighlightMarker implements Marker {
  readonly mutatesDom = false;
  private readonly marks = new Map<AbstractRange, HighlightMark>();
  private readonly highlights = new Map<CardKind, Highlight>();
  private readonly sheet: MarksSheet;
  private shownIn: HighlightRegistryLike | null = null;

  /** `registry` is asked for at the first mark, not before (see hasHighlights). */
  constructor(
    private readonly doc: Document,
    private readonly registry: () => HighlightRegistryLike | null,
    styles: MarkStyles = DEFAULT_MARK_STYLES,
  ) {
    this.sheet = new MarksSheet(doc, (kind) => `::highlight(${highlightName(kind)})`, styles);
  }

  get count(): number {
    return this.marks.size;
  }

  add(kind: CardKind, range: AbstractRange, id: string | null = null): void {
    this.highlightOf(kind).add(range);
    this.marks.set(range, markOf(kind, range, id));
  }

  /**
   * Chromium rebuilds the markers of every range of every highlight in each
   * frame after a highlight changed: marks added a slice at a time to the
   * shown highlights cost one such rebuild per frame. A batch fills highlights
   * the page does not show (changing them costs no frame) and, at show(),
   * puts them in place of the shown ones with those ranges added: one change.
   */
  batch(): MarkBatch {
    const view = this.doc.defaultView as Window & typeof globalThis;
    const pending = new Map<CardKind, Highlight>();
    const marks: HighlightMark[] = [];
    return {
      add: (kind, range, id = null) => {
        let highlight = pending.get(kind);
        if (!highlight) pending.set(kind, (highlight = new view.Highlight()));
        highlight.add(range);
        marks.push(markOf(kind, range, id));
      },
      show: () => {
        for (const mark of marks) {
          if (mark.range.startContainer.isConnected) this.marks.set(mark.range, mark);
          else pending.get(mark.kind)?.delete(mark.range);
        }
        // The marks already shown join from our own record, not the shown
        // highlight's forEach: Firefox's content scripts see a page's
        // Highlight through a wrapper without its set iteration.
        for (const mark of this.marks.values()) pending.get(mark.kind)?.add(mark.range);
        for (const [kind, highlight] of pending) this.install(kind, highlight);
      },
    };
  }

  list(): MarkInfo[] {
    return [...this.marks.values()].map(({ kind, id, text }) => ({ kind, id, text }));
  }

  withRanges(): Array<MarkInfo & { range: AbstractRange }> {
    return [...this.marks.values()].map(({ kind, id, text, range }) => ({ kind, id, text, range }));
  }

  rangesOf(id: string | null, text: string): AbstractRange[] {
    return inDocumentOrder([...this.marks.values()].filter((m) => isMention(m, id, text)).map((m) => m.range));
  }

  prune(): void {
    for (const mark of this.marks.values()) {
      // A mark's range does not follow the page's changes (it is static): once
      // a node leaves, or its text is rewritten, the range no longer covers
      // the words that were analyzed.
      if (!mark.range.startContainer.isConnected || !mark.range.endContainer.isConnected || rangeText(mark.range) !== mark.text) this.drop(mark);
    }
  }

  removeWithin(root: Node): void {
    for (const mark of this.marks.values()) if (root.contains(mark.range.startContainer)) this.drop(mark);
  }

  clear(): void {
    // Only what is still ours: a page may have put its own highlight under the name.
    const registry = this.shownIn;
    if (registry) {
      for (const [kind, highlight] of this.highlights) if (registry.get(highlightName(kind)) === highlight) registry.delete(highlightName(kind));
    }
    this.highlights.clear();
    this.marks.clear();
    this.sheet.hide();
  }

  restyle(styles: MarkStyles): void {
    this.sheet.restyle(styles);
  }

  private drop(mark: HighlightMark): void {
    this.highlights.get(mark.kind)?.delete(mark.range);
    this.marks.delete(mark.range);
  }

  private highlightOf(kind: CardKind): Highlight {
    const shown = this.highlights.get(kind);
    if (shown) return shown;
    const view = this.doc.defaultView as Window & typeof globalThis;
    return this.install(kind, new view.Highlight());
  }

  /** Shows `highlight` as the marks of `kind`, in place of any shown before. */
  private install(kind: CardKind, highlight: Highlight): Highlight {
    // Earlier kinds in CARD_KINDS win where marks overlap.
    highlight.priority = CARD_KINDS.length - CARD_KINDS.indexOf(kind);
    (this.shownIn ??= this.registry())?.set(highlightName(kind), highlight);
    this.highlights.set(kind, highlight);
    this.sheet.show();
    return highlight;
  }
}
