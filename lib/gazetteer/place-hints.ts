// Where the gazetteer's places are, beyond their names: the country each is
// in, the province where a name repeats, the town a site is drawn at, and the
// few points set by hand for what no town list has (seas, rivers). Read by
// `npm run place-coords`, which writes lib/gazetteer/coords.json.
import type { PlaceHint } from '../geo/place-match';

/** Country of each places file's entries when the entry's hint does not say. */
export const THEME_COUNTRY: Readonly<Record<string, string>> = {
  'gazetteer:places-ukraine': 'UA',
};

/** GeoNames' Ukrainian province codes (admin1), named for reading the hints below. */
const UA = {
  Chernivtsi: '03', Dnipropetrovsk: '04', Donetsk: '05', Kharkiv: '07', Kyiv: '13',
  Mykolaiv: '16', Odesa: '17', Rivne: '19', Sumy: '21', Zaporizhzhia: '26',
} as const;

/**
 * Provinces (GeoNames admin1) whose gazetteer entry is not written "<X> Oblast":
 * a place there is labelled with this entry's name.
 */
export const REGION_ENTRIES: Readonly<Record<string, string>> = {
  'UA.11': 'crimea',
  'UA.13': 'kyiv',
  'UA.20': 'sevastopol',
};

export const PLACE_HINTS: Readonly<Record<string, PlaceHint>> = {
  // Ukraine: names that repeat inside the country (a city and villages of its
  // name), with the province, and the district where the province has two.
  dmytrivka: { admin1: UA.Kyiv },
  zaporizhzhia: { admin1: UA.Zaporizhzhia, admin2: '2306' },
  mykolaiv: { admin1: UA.Mykolaiv },
  chernivtsi: { admin1: UA.Chernivtsi },
  rivne: { admin1: UA.Rivne },
  bila_tserkva: { admin1: UA.Kyiv },
  kamianske: { admin1: UA.Dnipropetrovsk, admin2: '1204' },
  pivdennyi: { admin1: UA.Odesa },
  trostianets: { admin1: UA.Sumy },
  borova: { admin1: UA.Kharkiv },
  avdiivka: { admin1: UA.Donetsk },
  kostiantynivka: { admin1: UA.Donetsk },
  lyman: { admin1: UA.Donetsk },
  dobropillia: { admin1: UA.Donetsk, name: 'Dobropillya' },
  makiivka: { admin1: UA.Donetsk },
  huliaipole: { admin1: UA.Zaporizhzhia },
  vasylivka: { admin1: UA.Zaporizhzhia },
  // GeoNames writes the city's 2023 Ukrainian name.
  sievierodonetsk: { name: 'Siverskodonetsk' },
  // Villages below the list's size: their published coordinates, by hand, to about 2 km.
  prypiat: { point: [30.0569, 51.4053], country: 'UA' },
  lukashivka: { point: [31.4, 51.385], country: 'UA' },
  sloboda: { point: [31.37, 51.39], country: 'UA' },
  klishchiivka: { point: [37.9667, 48.5333], country: 'UA' },
  robotyne: { point: [35.8383, 47.4433], country: 'UA' },
  staromaiorske: { point: [36.75, 47.6667], country: 'UA' },
  urozhaine: { point: [36.7833, 47.7167], country: 'UA' },
  krynky: { point: [33.0917, 46.7333], country: 'UA' },
  // Oblasts and regions drawn at their centres.
  volyn: { sameAs: 'lutsk' },
  zakarpattia: { sameAs: 'uzhhorod' },
  crimea: { name: 'Simferopol' },
  // Sites drawn at their town.
  azovstal: { sameAs: 'mariupol' },
  zaporizhzhia_npp: { sameAs: 'enerhodar' },
  kakhovka_dam: { sameAs: 'nova_kakhovka' },
  hostomel_airport: { sameAs: 'hostomel' },
  crimean_bridge: { sameAs: 'kerch' },
  // Russia, Belarus, Moldova.
  moscow: { country: 'RU' },
  st_petersburg: { country: 'RU', name: 'Saint Petersburg' },
  belgorod: { country: 'RU' },
  kursk: { country: 'RU' },
  sudzha: { country: 'RU' },
  bryansk: { country: 'RU' },
  voronezh: { country: 'RU' },
  rostov_on_don: { country: 'RU' },
  taganrog: { country: 'RU' },
  krasnodar: { country: 'RU' },
  novorossiysk: { country: 'RU' },
  smolensk: { country: 'RU' },
  kaliningrad: { country: 'RU' },
  chechnya: { country: 'RU', name: 'Grozny' },
  kerch: { country: 'UA' },
  engels_air_base: { country: 'RU', name: 'Engels' },
  minsk: { country: 'BY' },
  gomel: { country: 'BY' },
  brest_belarus: { country: 'BY' },
  transnistria: { country: 'MD', name: 'Tiraspol' },
  // The world.
  washington: { country: 'US', admin1: 'DC' },
  brussels: { country: 'BE' },
  london: { country: 'GB' },
  paris: { country: 'FR' },
  berlin: { country: 'DE' },
  warsaw: { country: 'PL' },
  rzeszow: { country: 'PL' },
  przemysl: { country: 'PL' },
  istanbul: { country: 'TR' },
  ankara: { country: 'TR' },
  geneva: { country: 'CH' },
  the_hague: { country: 'NL' },
  vilnius: { country: 'LT' },
  madrid: { country: 'ES' },
  munich: { country: 'DE' },
  ramstein: { country: 'DE', name: 'Ramstein-Miesenbach' },
  riyadh: { country: 'SA' },
  jeddah: { country: 'SA' },
  anchorage: { country: 'US', admin1: 'AK' },
  beijing: { country: 'CN' },
  tehran: { country: 'IR' },
  pyongyang: { country: 'KP' },
  chisinau: { country: 'MD' },
  tbilisi: { country: 'GE' },
  budapest: { country: 'HU' },
  helsinki: { country: 'FI' },
  canberra: { country: 'AU' },
  jakarta: { country: 'ID' },
  bali: { country: 'ID', name: 'Denpasar' },
  new_york: { country: 'US', name: 'New York City' },
  vienna: { country: 'AT' },
  // Water and land without a town: label points set by hand, on the water or the area's middle.
  black_sea: { point: [34.0, 43.3] },
  sea_of_azov: { point: [36.6, 46.1] },
  kerch_strait: { point: [36.55, 45.25] },
  dnipro_river: { point: [33.6, 47.6] },
  siverskyi_donets: { point: [37.9, 48.9], country: 'UA' },
  oskil: { point: [37.75, 49.45], country: 'UA' },
  danube: { point: [29.2, 45.35] },
  baltic_sea: { point: [19.0, 56.5] },
  bosphorus: { point: [29.05, 41.1], country: 'TR' },
  donbas: { point: [38.5, 48.3], country: 'UA' },
  kinburn_spit: { point: [31.55, 46.55], country: 'UA' },
  snake_island: { point: [30.204, 45.255], country: 'UA' },
  antonivskyi_bridge: { point: [32.707, 46.66], country: 'UA' },
  europe: { point: [15.0, 50.0] },
  eastern_europe: { point: [28.0, 50.0] },
  caucasus: { point: [44.0, 42.7] },
  // Countries whose capital GeoNames spells or places apart from countries-list.
  united_states: { admin1: 'DC', name: 'Washington' },
  costa_rica: { admin1: '08' },
  vietnam: { admin2: '' },
  yemen: { admin1: '26' },
  tokelau: { none: 'no capital: its three atolls take turns' },
  myanmar: { name: 'Nay Pyi Taw' },
  grenada: { name: "Saint George's" },
  guernsey: { name: 'Saint Peter Port' },
  hong_kong: { name: 'Hong Kong' },
  kiribati: { name: 'Tarawa' },
  macao: { name: 'Macau' },
  western_sahara: { name: 'Laayoune' },
  san_marino: { name: 'San Marino' },
  antarctica: { none: 'no capital and no town' },
  bouvet_island: { none: 'no capital and no town' },
  south_georgia_and_the_south_sandwich_islands: { none: 'no capital and no town' },
  heard_island_and_mcdonald_islands: { none: 'no capital and no town' },
  british_indian_ocean_territory: { none: 'no capital and no town' },
  united_states_minor_outlying_islands: { none: 'no capital and no town' },
  the_west: { none: 'a political bloc, not a place on a map' },
};
