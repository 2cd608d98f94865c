import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeCard, type Box } from './card-placement';

const VIEW = { width: 1000, height: 800 };
const CARD = { width: 320, height: 200 };

const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeCard', () => {
  it.each<[string, Box, { width: number; height: number }, 'below' | 'above']>([
    ['mid page: below', { left: 100, top: 300, width: 60, height: 20 }, CARD, 'below'],
    ['near the bottom: above', { left: 100, top: 700, width: 60, height: 20 }, CARD, 'above'],
    ['near the top: below', { left: 100, top: 5, width: 60, height: 20 }, CARD, 'below'],
    ['at the right edge: shifted left', { left: 950, top: 300, width: 45, height: 20 }, CARD, 'below'],
    ['at the left edge: kept inside', { left: -30, top: 300, width: 60, height: 20 }, CARD, 'below'],
    ['a card taller than either side: the roomier side', { left: 100, top: 500, width: 60, height: 20 }, { width: 320, height: 900 }, 'above'],
    ['a card wider than the viewport', { left: 100, top: 100, width: 60, height: 20 }, { width: 1400, height: 200 }, 'below'],
    ['a mark over two lines', { left: 0, top: 380, width: 1000, height: 40 }, CARD, 'below'],
  ])('%s', (_name, mark, card, side) => {
    const p = placeCard(mark, card, VIEW);
    const box = { left: p.left, top: p.top, width: Math.min(card.width, VIEW.width - 2 * MARGIN), height: Math.min(card.height, p.maxHeight) };
    expect(p.side).toBe(side);
    expect(overlaps(box, mark)).toBe(false);
    expect(box.left).toBeGreaterThanOrEqual(MARGIN);
    expect(box.top).toBeGreaterThanOrEqual(MARGIN);
    expect(box.left + box.width).toBeLessThanOrEqual(VIEW.width - MARGIN);
    expect(box.top + box.height).toBeLessThanOrEqual(VIEW.height - MARGIN);
    // Close to the mark, not anywhere out of the way.
    expect(side === 'below' ? box.top - (mark.top + mark.height) : mark.top - (box.top + box.height)).toBe(GAP);
  });
});
