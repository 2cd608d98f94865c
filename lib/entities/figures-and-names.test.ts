// Where a figure and a name overlap, which one the reader gets: the figure,
// unless the name opens first and the number is the name's own last word.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

/** Each entity as `TYPE text`, in order. */
const shown = (text: string) => analyze(text).entities.map((e) => `${e.type} ${e.text}`);

describe('a figure and a name on the same words', () => {
  it.each([
    ['the name opens first: its number is no count', 'Group of Seven leaders met in Apulia as Russia struck Ukraine.', 'ORG Group of Seven', 'FIGURE Seven leaders'],
    ['the same in Indonesian', 'Para pemimpin Kelompok Tujuh negara bertemu saat Rusia menyerang Ukraina.', 'ORG Kelompok Tujuh', 'FIGURE Tujuh negara'],
    ['the figure opens first: a currency is no country', 'Ukraine got US$2 billion in aid as Russia struck Kyiv.', 'FIGURE US$2 billion', 'PLACE US'],
    ['the figure opens with the name: the same', 'Kyiv asked for 300 Patriot missiles after Russia struck Ukraine.', 'FIGURE 300 Patriot missiles', 'TERM Patriot'],
  ])('%s', (_what, text, kept, lost) => {
    const entities = shown(text);
    expect(entities).toContain(kept);
    expect(entities).not.toContain(lost);
  });
});
