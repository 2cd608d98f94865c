// Continent of every ISO 3166-1 alpha-2 code that i18n-iso-countries names,
// used for the generated one-line gloss of countries nobody wrote a gloss for.
// Transcontinental states are filed where they are usually counted
// (Russia, Turkey and Cyprus under Europe; Georgia, Armenia, Azerbaijan under Asia).
import type { Bilingual } from '../types';

export type Continent = 'africa' | 'asia' | 'europe' | 'north_america' | 'south_america' | 'oceania' | 'antarctica';

const CODES_BY_CONTINENT: Record<Continent, string> = {
  africa:
    'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW',
  asia:
    'AE AF AM AZ BD BH BN BT CC CN CX GE HK ID IL IN IO IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TW UZ VN YE',
  europe:
    'AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA XK',
  north_america:
    'AG AI AW BB BL BM BQ BS BZ CA CR CU CW DM DO GD GL GP GT HN HT JM KN KY LC MF MQ MS MX NI PA PM PR SV SX TC TT US VC VG VI',
  south_america: 'AR BO BR CL CO EC FK GF GY PE PY SR UY VE',
  oceania: 'AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS',
  antarctica: 'AQ BV GS HM TF',
};

/** Alpha-2 code -> continent, built once from the table above. */
export const CONTINENT_OF_CODE: ReadonlyMap<string, Continent> = new Map(
  (Object.entries(CODES_BY_CONTINENT) as [Continent, string][]).flatMap(([continent, codes]) =>
    codes.split(' ').map((code) => [code, continent] as const),
  ),
);

/** How the generic gloss names the continent; "in Antarctica" reads oddly for islands, hence "Antarctic". */
const CONTINENT_PHRASE: Record<Continent, Bilingual> = {
  africa: { en: 'in Africa', id: 'di Afrika' },
  asia: { en: 'in Asia', id: 'di Asia' },
  europe: { en: 'in Europe', id: 'di Eropa' },
  north_america: { en: 'in North America', id: 'di Amerika Utara' },
  south_america: { en: 'in South America', id: 'di Amerika Selatan' },
  oceania: { en: 'in Oceania', id: 'di Oseania' },
  antarctica: { en: 'in the Antarctic', id: 'di kawasan Antarktika' },
};

/** Generic gloss for a country or territory without a hand-written one. */
export function genericCountryGloss(code: string): Bilingual {
  const continent = CONTINENT_OF_CODE.get(code);
  if (!continent) return { en: 'Country or territory', id: 'Negara atau wilayah' };
  const where = CONTINENT_PHRASE[continent];
  return { en: `Country or territory ${where.en}`, id: `Negara atau wilayah ${where.id}` };
}
