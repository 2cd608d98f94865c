// Which side of the war a lexicon entry stands for, and which entries are
// countries: evidence for the coverage verdict and the nationality-modifier
// rule. Derived from any list of entries (the gazetteer, or the cards of a
// glossary) by their source, plus the people, bodies and places listed here.
// (lib/coverage/sides.test.ts checks every id below exists in the lexicon.)
import type { LexiconEntry } from '../types';
import type { Side } from './index';

const UKRAINE_PLACES_SOURCE = 'gazetteer:places-ukraine';
const COUNTRIES_SOURCE = 'i18n-iso-countries';

export const UKRAINE_SIDE: readonly string[] = [
  'ukraine', 'volodymyr_zelensky', 'dmytro_kuleba', 'andrii_sybiha', 'oleksii_reznikov', 'rustem_umerov',
  'valerii_zaluzhnyi', 'oleksandr_syrskyi', 'kyrylo_budanov', 'andriy_yermak', 'mykhailo_podolyak',
  'denys_shmyhal', 'iryna_vereshchuk', 'david_arakhamia', 'kyrylo_tymoshenko', 'ukrainian_general_staff',
  'sbu', 'gur', 'azov', 'ukrainian_embassy_us', 'donbas', 'black_sea', 'sea_of_azov',
  // Bodies named after Ukraine or Kyiv, whose name takes the mention it holds (and Russians fighting for Ukraine).
  'nsdc', 'unmanned_systems_forces', 'state_emergency_service_ukraine', 'ukrainian_prosecutor_general', 'nabu',
  'national_bank_of_ukraine', 'kyiv_school_of_economics', 'freedom_of_russia_legion', 'russian_volunteer_corps', 'orthodox_church_of_ukraine',
];

export const RUSSIA_SIDE: readonly string[] = [
  'russia', 'moscow', 'kremlin', 'vladimir_putin', 'sergey_lavrov', 'sergei_shoigu', 'andrei_belousov',
  'valery_gerasimov', 'dmitry_peskov', 'maria_zakharova', 'dmitry_medvedev', 'yevgeny_prigozhin',
  'ramzan_kadyrov', 'igor_konashenkov', 'russian_defense_ministry', 'russian_embassy_us', 'wagner_group',
  'fsb', 'ria_novosti', 'tass', 'belgorod', 'kursk', 'bryansk', 'rostov_on_don', 'sudzha', 'bank_of_russia',
];

export interface Sides {
  sideOf(id: string): Side | null;
  isCountry(id: string): boolean;
}

export function sidesOf(entries: readonly Pick<LexiconEntry, 'id' | 'source'>[]): Sides {
  const sides = new Map<string, Side>();
  const countries = new Set<string>();
  for (const e of entries) {
    if (e.source === UKRAINE_PLACES_SOURCE) sides.set(e.id, 'ukraine');
    if (e.source.split(';').includes(COUNTRIES_SOURCE)) countries.add(e.id);
  }
  for (const id of UKRAINE_SIDE) sides.set(id, 'ukraine');
  for (const id of RUSSIA_SIDE) sides.set(id, 'russia');
  return { sideOf: (id) => sides.get(id) ?? null, isCountry: (id) => countries.has(id) };
}
