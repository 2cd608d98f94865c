// Buildings and structures are places, not organisations: a capitalised name
// ending in a building word (`Zaporizhzhia Nuclear Power Plant`, `Dolmabahce
// Palace`, `Crimean Bridge`) or, in Indonesian, starting with one (`Istana
// Merdeka`, `Jembatan Kerch`). Without this, `Power Plant` or `Palace` next to
// capitals reads like an organisation's name. Rooms are places too: a room word
// after a name (`Situation Room`, `St George's Hall`), or `Office` named by its
// shape, colour or side (`Oval Office`, not the `Foreign Office`); in
// Indonesian the room word comes first (`Ruang Oval`, `Aula Garuda`).
import { WordFilter } from '../text/word-filter';
import type { TokenTable } from '../text/token-table';
import { separator } from '../text/tokens';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const EN_LAST = words(`palace cathedral bridge dam airport tower plant station stadium square monastery castle
  room hall canal reservoir shipyard refinery`);
const ID_FIRST = words(`istana gedung jembatan bendungan bandara katedral menara masjid gereja stadion benteng
  ruang ruangan aula balai`);
/** `Office` is a room only after a word of shape, colour or side; otherwise it is an institution. */
const OFFICE = 'office';
const ROOM_ADJECTIVES = words(`oval round square octagonal yellow green blue red white east west north south`);
/** Capitalised words that never begin a building's name. */
const NOT_IN_NAME = words(`the a an in on at of for to from by with and or but as this that its his her their`);
const MAX_WORDS = 5;

export interface BuildingSpan {
  first: number;
  last: number;
}

const inName = (text: string, tokens: TokenTable, k: number) =>
  tokens.isCapitalised(k) && !NOT_IN_NAME.has(tokens.folded(k)) && separator(text, tokens.ends[k]!, tokens.starts[k + 1]!) === ' ';

/** `Office` named by its shape, colour or side: a room (`Oval Office`), not an institution. */
export const isRoomOffice = (text: string, tokens: TokenTable, i: number): boolean =>
  i > 0 && tokens.word(i).toLowerCase() === OFFICE && ROOM_ADJECTIVES.has(tokens.folded(i - 1)) && inName(text, tokens, i - 1);

/** Every building word, for the filter that turns other capitalised tokens away before their text is read. */
const BUILDING_WORDS = new WordFilter();
for (const w of [...EN_LAST, ...ID_FIRST, OFFICE]) BUILDING_WORDS.add(w);

/** Every building name in the text, in order. */
export function findBuildings(text: string, tokens: TokenTable): BuildingSpan[] {
  const out: BuildingSpan[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (!tokens.isCapitalised(i) || !BUILDING_WORDS.mayStart(tokens, i)) continue;
    const word = tokens.word(i).toLowerCase();
    if (isRoomOffice(text, tokens, i)) {
      let first = i - 1;
      while (first > 0 && i - first < MAX_WORDS && inName(text, tokens, first - 1) && ROOM_ADJECTIVES.has(tokens.folded(first - 1))) first--;
      if (first > (out[out.length - 1]?.last ?? -1)) out.push({ first, last: i });
    } else if (EN_LAST.has(word)) {
      let first = i;
      while (first > 0 && i - first < MAX_WORDS && inName(text, tokens, first - 1)) first--;
      if (first < i && first > (out[out.length - 1]?.last ?? -1)) out.push({ first, last: i });
    } else if (ID_FIRST.has(word)) {
      let last = i;
      // A second building word starts the building it stands in (`Ruang Garuda Istana Bogor`).
      while (
        last + 1 < tokens.count && last - i < MAX_WORDS && tokens.isCapitalised(last + 1) && inName(text, tokens, last) &&
        !ID_FIRST.has(tokens.folded(last + 1))
      ) last++;
      if (last > i) {
        out.push({ first: i, last });
        i = last;
      }
    }
  }
  return out;
}
