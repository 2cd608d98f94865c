// Countries in English and Indonesian, generated from the `en` and `id` locales
// of i18n-iso-countries, plus hand-written names and glosses for the countries
// that matter in this war. Generated at module load: the locale files are plain
// data, so the result is deterministic and needs no build step.
import enLocale from 'i18n-iso-countries/langs/en.json';
import idLocale from 'i18n-iso-countries/langs/id.json';
import type { Bilingual, LexiconEntry } from '../types';
import { genericCountryGloss } from './country-continents';
import { snakeId } from './entry';

interface LocaleFile {
  countries: Record<string, string | string[]>;
}

/** A hand-written override: preferred names (null keeps the locale's), extra aliases, gloss. */
interface CountryNote {
  code: string;
  en: string | null;
  id: string | null;
  aliases: readonly string[];
  gloss: Bilingual;
}

function note(code: string, en: string | null, id: string | null, aliases: readonly string[], glossEn: string, glossId: string): CountryNote {
  return { code, en, id, aliases, gloss: { en: glossEn, id: glossId } };
}

// `Georgia` is only the country here: the US state has no entry, so the alias stays unique.
export const COUNTRY_NOTES: readonly CountryNote[] = [
  note('RU', 'Russia', 'Rusia', ['Federasi Rusia'], 'Country that launched the full-scale invasion of Ukraine in February 2022', 'Negara yang melancarkan invasi skala penuh ke Ukraina pada Februari 2022'),
  note('UA', 'Ukraine', 'Ukraina', [], 'Eastern European country invaded by Russia in 2014 and on a full scale in February 2022', 'Negara di Eropa Timur yang diserang Rusia pada 2014 dan diinvasi secara besar-besaran pada Februari 2022'),
  note('US', 'United States', 'Amerika Serikat', ['AS'], 'North American power, Ukraine’s largest single supplier of military aid in 2022–2024', 'Negara adidaya di Amerika Utara, pemasok bantuan militer terbesar bagi Ukraina pada 2022–2024'),
  note('GB', 'United Kingdom', 'Inggris', ['Britain'], 'European ally that trains Ukrainian troops and was the first to send Ukraine long-range cruise missiles', 'Sekutu di Eropa yang melatih tentara Ukraina dan menjadi negara pertama yang mengirim rudal jelajah jarak jauh ke Ukraina'),
  note('DE', null, null, [], 'Europe’s largest economy and one of the biggest suppliers of weapons to Ukraine', 'Negara dengan ekonomi terbesar di Eropa dan salah satu pemasok senjata terbesar bagi Ukraina'),
  note('FR', null, 'Prancis', [], 'European nuclear power backing Ukraine with weapons and diplomacy', 'Negara nuklir di Eropa yang mendukung Ukraina lewat senjata dan diplomasi'),
  note('CN', 'China', 'Tiongkok', ['RRT', 'Republik Rakyat Tiongkok', 'Cina'], 'Asian great power, formally neutral on the war while deepening its ties with Russia', 'Negara besar Asia yang secara resmi netral terhadap perang ini sambil mempererat hubungan dengan Rusia'),
  note('BY', 'Belarus', 'Belarus', [], 'Russia’s ally, from whose territory Russian troops attacked towards Kyiv in 2022', 'Sekutu Rusia; dari wilayahnya pasukan Rusia menyerbu ke arah Kyiv pada 2022'),
  note('PL', null, null, [], 'Ukraine’s western neighbour, which took in millions of refugees and channels Western aid', 'Tetangga Ukraina di sebelah barat yang menampung jutaan pengungsi dan menjadi jalur bantuan Barat'),
  note('TR', 'Turkey', 'Turki', [], 'NATO member that controls the Bosphorus and has hosted Russia–Ukraine talks', 'Anggota NATO yang menguasai Selat Bosporus dan pernah menjadi tuan rumah perundingan Rusia–Ukraina'),
  note('IR', null, null, [], 'Middle Eastern country that has supplied Russia with Shahed attack drones', 'Negara Timur Tengah yang memasok drone serang Shahed kepada Rusia'),
  note('KP', null, null, ['DPRK', 'Korut'], 'Asian state that sent Russia shells and missiles and, from 2024, troops', 'Negara Asia yang mengirim peluru artileri dan rudal ke Rusia, lalu pasukan sejak 2024'),
  note('KR', null, null, ['Korsel'], 'Asian US ally and arms maker, alarmed by North Korea’s help to Russia', 'Sekutu AS di Asia sekaligus produsen senjata yang waspada atas bantuan Korea Utara kepada Rusia'),
  note('GE', null, null, [], 'South Caucasus country that fought a short war with Russia in 2008', 'Negara di Kaukasus Selatan yang sempat berperang singkat dengan Rusia pada 2008'),
  note('MD', null, null, [], 'Ukraine’s small south-western neighbour, an EU candidate with a Russian-backed breakaway region', 'Tetangga kecil Ukraina di barat daya, calon anggota Uni Eropa yang punya wilayah separatis dukungan Rusia'),
  note('HU', null, null, ['Hongaria'], 'EU and NATO member whose government opposes sending arms to Ukraine', 'Anggota Uni Eropa dan NATO yang pemerintahnya menolak mengirim senjata ke Ukraina'),
  note('CA', null, null, [], 'North American NATO member with a large Ukrainian diaspora', 'Anggota NATO di Amerika Utara dengan diaspora Ukraina yang besar'),
  note('IT', null, null, [], 'EU and NATO member in southern Europe supporting Ukraine', 'Anggota Uni Eropa dan NATO di Eropa selatan yang mendukung Ukraina'),
  note('ES', null, null, [], 'EU and NATO member in south-western Europe supporting Ukraine', 'Anggota Uni Eropa dan NATO di Eropa barat daya yang mendukung Ukraina'),
  note('NL', null, null, [], 'EU and NATO member that supplied F-16 fighter jets to Ukraine', 'Anggota Uni Eropa dan NATO yang memasok jet tempur F-16 ke Ukraina'),
  note('BE', null, null, [], 'EU and NATO member whose capital hosts both organisations', 'Anggota Uni Eropa dan NATO yang ibu kotanya menjadi markas kedua organisasi itu'),
  note('NO', null, null, [], 'Nordic NATO member bordering Russia in the Arctic', 'Anggota NATO di kawasan Nordik yang berbatasan dengan Rusia di Arktik'),
  note('DK', null, null, [], 'Nordic EU and NATO member, an early donor of F-16s to Ukraine', 'Anggota Uni Eropa dan NATO di kawasan Nordik, salah satu donor awal F-16 bagi Ukraina'),
  note('FI', null, null, [], 'Nordic country with a long border with Russia that joined NATO in 2023', 'Negara Nordik berbatas panjang dengan Rusia yang bergabung dengan NATO pada 2023'),
  note('SE', null, 'Swedia', [], 'Nordic country that joined NATO in 2024 after decades of non-alignment', 'Negara Nordik yang bergabung dengan NATO pada 2024 setelah puluhan tahun nonblok'),
  note('EE', null, null, [], 'Baltic EU and NATO member bordering Russia', 'Anggota Uni Eropa dan NATO di kawasan Baltik yang berbatasan dengan Rusia'),
  note('LV', null, null, [], 'Baltic EU and NATO member bordering Russia and Belarus', 'Anggota Uni Eropa dan NATO di kawasan Baltik yang berbatasan dengan Rusia dan Belarus'),
  note('LT', null, 'Lituania', [], 'Baltic EU and NATO member bordering Belarus and Russia’s Kaliningrad', 'Anggota Uni Eropa dan NATO di kawasan Baltik yang berbatasan dengan Belarus dan Kaliningrad'),
  note('RO', null, null, [], 'EU and NATO member bordering Ukraine on the Black Sea and the Danube', 'Anggota Uni Eropa dan NATO yang berbatasan dengan Ukraina di Laut Hitam dan Sungai Danube'),
  note('SK', null, 'Slowakia', [], 'EU and NATO member bordering western Ukraine', 'Anggota Uni Eropa dan NATO yang berbatasan dengan Ukraina barat'),
  note('CZ', 'Czechia', 'Ceko', [], 'EU and NATO member that led a drive to buy artillery shells for Ukraine', 'Anggota Uni Eropa dan NATO yang memelopori pembelian peluru artileri untuk Ukraina'),
  note('BG', null, null, [], 'EU and NATO member on the Black Sea with a large arms industry', 'Anggota Uni Eropa dan NATO di tepi Laut Hitam dengan industri senjata yang besar'),
  note('GR', null, null, [], 'EU and NATO member in south-eastern Europe', 'Anggota Uni Eropa dan NATO di Eropa tenggara'),
  note('PT', null, null, [], 'EU and NATO member on the Atlantic coast of Europe', 'Anggota Uni Eropa dan NATO di pesisir Atlantik Eropa'),
  note('HR', null, null, [], 'EU and NATO member in the Balkans', 'Anggota Uni Eropa dan NATO di kawasan Balkan'),
  note('SI', null, null, [], 'Small EU and NATO member in central Europe', 'Anggota kecil Uni Eropa dan NATO di Eropa tengah'),
  note('AL', null, null, [], 'NATO member in the western Balkans', 'Anggota NATO di kawasan Balkan barat'),
  note('ME', null, null, [], 'NATO member on the Adriatic coast', 'Anggota NATO di pesisir Laut Adriatik'),
  note('MK', null, null, [], 'NATO member in the Balkans since 2020', 'Anggota NATO di kawasan Balkan sejak 2020'),
  note('IS', null, null, [], 'NATO member without an army of its own', 'Anggota NATO yang tidak memiliki angkatan bersenjata sendiri'),
  note('LU', null, 'Luksemburg', [], 'Small founding member of NATO and the EU', 'Negara kecil pendiri NATO dan Uni Eropa'),
  note('ID', null, null, [], 'South-east Asian country whose president visited Kyiv and Moscow in 2022 and which keeps a non-aligned stance', 'Negara Asia Tenggara yang presidennya mengunjungi Kyiv dan Moskow pada 2022 dan tetap bersikap nonblok'),
  note('IN', null, null, [], 'South Asian power that buys Russian oil and calls for dialogue', 'Negara besar Asia Selatan yang membeli minyak Rusia dan menyerukan dialog'),
  note('JP', null, null, [], 'East Asian US ally that joined sanctions against Russia', 'Sekutu AS di Asia Timur yang ikut menjatuhkan sanksi terhadap Rusia'),
  note('IL', null, null, [], 'Middle Eastern country that has avoided arming Ukraine directly', 'Negara Timur Tengah yang menghindari pengiriman senjata langsung ke Ukraina'),
  note('SA', null, null, [], 'Gulf kingdom that has hosted talks and prisoner-exchange mediation', 'Kerajaan di Teluk yang menjadi tuan rumah perundingan dan mediasi pertukaran tahanan'),
  note('AE', null, null, ['UEA'], 'Gulf state that has mediated many prisoner exchanges between Russia and Ukraine', 'Negara Teluk yang memediasi banyak pertukaran tahanan antara Rusia dan Ukraina'),
  note('QA', null, null, [], 'Gulf state that has mediated the return of Ukrainian children from Russia', 'Negara Teluk yang memediasi pemulangan anak-anak Ukraina dari Rusia'),
  note('CH', null, null, [], 'Neutral European country that hosted a Ukraine peace summit in 2024', 'Negara netral di Eropa yang menjadi tuan rumah KTT perdamaian Ukraina pada 2024'),
  note('AT', null, null, [], 'Neutral EU member in central Europe, home to the OSCE and the IAEA', 'Anggota Uni Eropa yang netral di Eropa tengah, markas OSCE dan IAEA'),
  note('KZ', null, null, [], 'Central Asian neighbour and partner of Russia', 'Negara tetangga sekaligus mitra Rusia di Asia Tengah'),
  note('SY', 'Syria', null, [], 'Middle Eastern country where Russia kept military bases', 'Negara Timur Tengah tempat Rusia memiliki pangkalan militer'),
  note('AU', null, null, [], 'Pacific US ally that sent armoured vehicles to Ukraine', 'Sekutu AS di Pasifik yang mengirim kendaraan lapis baja ke Ukraina'),
  note('MA', null, 'Maroko', ['Moroko'], 'North African kingdom', 'Kerajaan di Afrika Utara'),
  note('ZA', null, null, [], 'African power that calls for talks and led an African peace mission in 2023', 'Negara besar Afrika yang menyerukan perundingan dan memimpin misi perdamaian Afrika pada 2023'),
  note('BR', null, null, [], 'South American power that proposed mediation with China', 'Negara besar Amerika Selatan yang mengusulkan mediasi bersama Tiongkok'),
  note('AM', null, null, [], 'South Caucasus country and Russian military ally drifting away from Moscow', 'Negara di Kaukasus Selatan, sekutu militer Rusia yang mulai menjauh dari Moskow'),
  note('AZ', null, null, [], 'South Caucasus country on the Caspian Sea', 'Negara di Kaukasus Selatan di tepi Laut Kaspia'),
];

/** Comma and parenthesis forms reduced to what running text writes. */
function runningTextForms(raw: string | string[]): string[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.flatMap((value) => {
    const bare = value.replace(/\([^()]*\)/g, ' ').replace(/ {2,}/g, ' ').trim();
    const comma = bare.indexOf(',');
    if (comma < 0) return bare ? [bare] : [];
    const head = bare.slice(0, comma).trim();
    const tail = bare.slice(comma + 1).trim();
    // "Virgin Islands, British" -> "British Virgin Islands"; "Moldova, Republic of" -> "Moldova".
    return [tail.includes(' ') ? head : `${tail} ${head}`];
  });
}

function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** English titles the locale only gives in their long official form. */
const SHORT_ENGLISH_NAMES: Readonly<Record<string, string>> = { LA: 'Laos', BN: 'Brunei' };

/** Forms that cannot stand for one country: both Koreas claim "Korea". */
const AMBIGUOUS_COUNTRY_NAMES: readonly string[] = ['Korea'];

function buildCountries(en: LocaleFile, id: LocaleFile, notes: readonly CountryNote[]): LexiconEntry[] {
  const codes = Object.keys(en.countries).sort();
  const formsByCode = new Map<string, { en: string[]; id: string[] }>();
  for (const code of codes) {
    formsByCode.set(code, { en: runningTextForms(en.countries[code] ?? []), id: runningTextForms(id.countries[code] ?? []) });
  }
  // A form two codes share ("Congo", "Virgin Islands") names neither of them.
  const owners = new Map<string, Set<string>>();
  for (const [code, forms] of formsByCode) {
    for (const form of [...forms.en, ...forms.id]) {
      const key = form.toLowerCase();
      owners.set(key, (owners.get(key) ?? new Set()).add(code));
    }
  }
  const ambiguous = new Set(AMBIGUOUS_COUNTRY_NAMES.map((n) => n.toLowerCase()));
  const usable = (form: string) => owners.get(form.toLowerCase())?.size === 1 && !ambiguous.has(form.toLowerCase());
  const noteOf = new Map(notes.map((n) => [n.code, n]));

  return codes.map((code) => {
    const forms = formsByCode.get(code) ?? { en: [], id: [] };
    const enForms = forms.en.filter(usable);
    const idForms = forms.id.filter(usable);
    const hand = noteOf.get(code);
    const nameEn = hand?.en ?? SHORT_ENGLISH_NAMES[code] ?? shortestName(enForms) ?? forms.en[0] ?? code;
    const nameId = hand?.id ?? idForms[0] ?? nameEn;
    const candidates = [...enForms, ...idForms, ...(hand?.aliases ?? [])];
    const aliases = [...new Set([...candidates, ...candidates.map(withoutDiacritics)])].filter(
      (a) => a !== nameEn && a !== nameId,
    );
    return {
      id: snakeId(nameEn),
      kind: 'place',
      name: { en: nameEn, id: nameId },
      aliases,
      gloss: hand ? { ...hand.gloss } : genericCountryGloss(code),
      source: hand ? 'i18n-iso-countries;gazetteer:countries' : 'i18n-iso-countries',
    } satisfies LexiconEntry;
  });
}

/** The shortest form of at least four letters reads best as a title ("Iran", not "Islamic Republic of Iran"). */
function shortestName(forms: readonly string[]): string | undefined {
  const readable = forms.filter((f) => f.length >= 4);
  return [...(readable.length > 0 ? readable : forms)].sort((a, b) => a.length - b.length)[0];
}

export const COUNTRIES: readonly LexiconEntry[] = buildCountries(
  enLocale as LocaleFile,
  idLocale as LocaleFile,
  COUNTRY_NOTES,
);

/** ISO 3166 code of each country entry's id (`ukraine` -> `UA`): where it is on a map. */
export const COUNTRY_CODE_BY_ID: ReadonlyMap<string, string> = new Map(
  Object.keys((enLocale as LocaleFile).countries)
    .sort()
    .map((code, i) => [COUNTRIES[i]!.id, code]),
);

/** Ids of all country entries, for callers that only ask "is this a country?". */
export const COUNTRY_IDS: readonly string[] = COUNTRIES.map((c) => c.id);
