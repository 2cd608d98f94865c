// Which side of the war a lexicon entry stands for: evidence for the coverage
// verdict. Places in Ukraine come from their gazetteer file as a whole; the
// people, bodies and places that stand for Russia or Ukraine are listed here.
// (lib/coverage/sides.test.ts checks every id below exists in the lexicon.)
import { PLACES_UKRAINE } from '../gazetteer/places-ukraine';
import { COUNTRY_IDS } from '../gazetteer/countries';
import type { Side } from './index';

export const UKRAINE_SIDE: readonly string[] = [
  'ukraine', 'volodymyr_zelensky', 'dmytro_kuleba', 'andrii_sybiha', 'oleksii_reznikov', 'rustem_umerov',
  'valerii_zaluzhnyi', 'oleksandr_syrskyi', 'kyrylo_budanov', 'andriy_yermak', 'mykhailo_podolyak',
  'denys_shmyhal', 'iryna_vereshchuk', 'david_arakhamia', 'kyrylo_tymoshenko', 'ukrainian_general_staff',
  'sbu', 'gur', 'azov', 'ukrainian_embassy_us', 'donbas', 'black_sea', 'sea_of_azov',
];

export const RUSSIA_SIDE: readonly string[] = [
  'russia', 'moscow', 'kremlin', 'vladimir_putin', 'sergey_lavrov', 'sergei_shoigu', 'andrei_belousov',
  'valery_gerasimov', 'dmitry_peskov', 'maria_zakharova', 'dmitry_medvedev', 'yevgeny_prigozhin',
  'ramzan_kadyrov', 'igor_konashenkov', 'russian_defense_ministry', 'russian_embassy_us', 'wagner_group',
  'fsb', 'ria_novosti', 'tass', 'belgorod', 'kursk', 'bryansk', 'rostov_on_don', 'sudzha',
];

const SIDES = new Map<string, Side>([
  ...PLACES_UKRAINE.map((e) => [e.id, 'ukraine'] as const),
  ...UKRAINE_SIDE.map((id) => [id, 'ukraine'] as const),
  ...RUSSIA_SIDE.map((id) => [id, 'russia'] as const),
]);

export const sideOf = (id: string): Side | null => SIDES.get(id) ?? null;

const COUNTRIES = new Set(COUNTRY_IDS);
export const isCountryId = (id: string): boolean => COUNTRIES.has(id);
