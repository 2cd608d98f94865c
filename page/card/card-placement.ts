// Where a card goes: below the mark it explains, or above it when there is
// no room below, never over it, and inside the viewport. When neither side
// holds the whole card, it takes the roomier side and scrolls inside.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's height limit: its content scrolls past it. */
  maxHeight: number;
  side: 'below' | 'above';
}

/** Space kept between the card and the mark, and between the card and the viewport's edges. */
export const GAP = 6;
export const MARGIN = 8;

export function placeCard(mark: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const roomBelow = viewport.height - MARGIN - (mark.top + mark.height + GAP);
  const roomAbove = mark.top - GAP - MARGIN;
  const side = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? roomBelow : roomAbove);
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? mark.top + mark.height + GAP : mark.top - GAP - height;
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(mark.left, viewport.width - MARGIN - width));
  return { left, top, maxHeight, side };
}
