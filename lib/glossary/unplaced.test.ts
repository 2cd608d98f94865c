import { describe, expect, it } from 'vitest';
import type { Card } from './types';
import { unplacedCards } from './unplaced';

const card = (id: string, extra: Partial<Card>): Card => ({
  id, kind: 'place', name: { en: id, id }, aliases: [], gloss: { en: '', id: '' }, source: 'gazetteer:test',
  mentions: [], sentences: [], related: [], ...extra,
});
const WHY: Record<string, string> = { the_west: 'a bloc' };

describe('unplacedCards', () => {
  it.each([
    ['a placed card', card('kyiv', { coords: [30.5, 50.4], mentions: [{ article: 0, count: 3 }] }), null],
    ['a card without evidence', card('atlantis', {}), false],
    ['a card with evidence', card('atlantis', { mentions: [{ article: 0, count: 2 }] }), true],
    ['a card the gazetteer says has no point', card('the_west', { mentions: [{ article: 0, count: 2 }] }), false],
    ['a card made from the corpus alone', card('corpusville', { curated: false, mentions: [{ article: 1, count: 1 }] }), false],
    ['a person', card('someone', { kind: 'person', mentions: [{ article: 0, count: 1 }] }), null],
  ] as const)('%s: blocking %s', (_, c, blocking) => {
    const found = unplacedCards([c], (id) => WHY[id]);
    expect(found.length === 0 ? null : found[0]!.blocking).toBe(blocking);
  });
});
