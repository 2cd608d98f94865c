// Word lists the figure finder reads. Everything here is data: which words are
// magnitudes, units, currencies, fractions, counted nouns, and which words can
// never be the head of a counted noun phrase. Keys are lower-case unless noted.

import type { Lang } from '../types';

/** A word whose language tells us how to read the number beside it. */
interface Tagged {
  lang: Lang | null;
}

export interface Magnitude extends Tagged {
  value: number;
}

/** Magnitude words written out. Indonesian `miliar` is English `billion` (1e9), never `biliun`. */
export const MAGNITUDES: ReadonlyMap<string, Magnitude> = new Map([
  ['ribu', { value: 1e3, lang: 'id' }],
  ['juta', { value: 1e6, lang: 'id' }],
  ['miliar', { value: 1e9, lang: 'id' }],
  ['milyar', { value: 1e9, lang: 'id' }],
  ['triliun', { value: 1e12, lang: 'id' }],
  ['thousand', { value: 1e3, lang: 'en' }],
  ['million', { value: 1e6, lang: 'en' }],
  ['billion', { value: 1e9, lang: 'en' }],
  ['trillion', { value: 1e12, lang: 'en' }],
] as const);

/**
 * Magnitude abbreviations, only read right after an amount of money, where they
 * cannot be a unit. Case-sensitive: in rupiah `M` is miliar (1e9), in dollars a million.
 */
export const MONEY_ABBREVIATIONS_IDR: ReadonlyMap<string, Magnitude> = new Map([
  ['rb', { value: 1e3, lang: 'id' }],
  ['jt', { value: 1e6, lang: 'id' }],
  ['M', { value: 1e9, lang: 'id' }],
  ['T', { value: 1e12, lang: 'id' }],
] as const);
export const MONEY_ABBREVIATIONS: ReadonlyMap<string, Magnitude> = new Map([
  ['k', { value: 1e3, lang: 'en' }],
  ['m', { value: 1e6, lang: 'en' }],
  ['M', { value: 1e6, lang: 'en' }],
  ['mn', { value: 1e6, lang: 'en' }],
  ['bn', { value: 1e9, lang: 'en' }],
  ['b', { value: 1e9, lang: 'en' }],
  ['tn', { value: 1e12, lang: 'en' }],
] as const);

export interface UnitDef extends Tagged {
  /** Language-neutral unit code (`Figure.unit`). */
  code: string;
}

/** Measure units after a number. Keys are matched case-sensitively first, then lower-cased. */
export const UNITS: ReadonlyMap<string, UnitDef> = new Map([
  ['km', { code: 'km', lang: null }],
  ['kilometer', { code: 'km', lang: null }],
  ['kilometers', { code: 'km', lang: 'en' }],
  ['kilometre', { code: 'km', lang: 'en' }],
  ['kilometres', { code: 'km', lang: 'en' }],
  ['m', { code: 'm', lang: null }],
  ['meter', { code: 'm', lang: null }],
  ['meters', { code: 'm', lang: 'en' }],
  ['metre', { code: 'm', lang: 'en' }],
  ['metres', { code: 'm', lang: 'en' }],
  ['mm', { code: 'mm', lang: null }],
  ['mil', { code: 'mi', lang: 'id' }],
  ['mile', { code: 'mi', lang: 'en' }],
  ['miles', { code: 'mi', lang: 'en' }],
  ['kg', { code: 'kg', lang: null }],
  ['ton', { code: 't', lang: null }],
  ['tons', { code: 't', lang: 'en' }],
  ['tonne', { code: 't', lang: 'en' }],
  ['tonnes', { code: 't', lang: 'en' }],
  ['hektare', { code: 'ha', lang: 'id' }],
  ['hectares', { code: 'ha', lang: 'en' }],
  ['ha', { code: 'ha', lang: null }],
  ['%', { code: '%', lang: null }],
  ['persen', { code: '%', lang: 'id' }],
  ['percent', { code: '%', lang: 'en' }],
] as const);

/** How each unit code is written in the canon (the gold writes miles out). */
export const UNIT_CANON: Readonly<Record<string, string>> = { mi: 'miles', t: 'tonnes' };

export interface CurrencyDef extends Tagged {
  code: string;
}

/** Currency written before the amount: signs and codes (case-sensitive). */
export const CURRENCY_PREFIXES: ReadonlyMap<string, CurrencyDef> = new Map([
  ['$', { code: 'USD', lang: null }],
  ['US$', { code: 'USD', lang: null }],
  ['USD', { code: 'USD', lang: null }],
  ['€', { code: 'EUR', lang: null }],
  ['EUR', { code: 'EUR', lang: null }],
  ['£', { code: 'GBP', lang: null }],
  ['GBP', { code: 'GBP', lang: null }],
  ['Rp', { code: 'IDR', lang: 'id' }],
  ['IDR', { code: 'IDR', lang: null }],
  ['UAH', { code: 'UAH', lang: null }],
  ['RUB', { code: 'RUB', lang: null }],
] as const);

/**
 * Currency written after the amount, as word sequences (lower-case, except
 * `AS`, which must be upper-case so that English `as` is never read as a country).
 * Longest sequences first so `dolar AS` wins over `dolar`.
 */
export const CURRENCY_SUFFIXES: ReadonlyArray<{ words: readonly string[]; def: CurrencyDef }> = [
  { words: ['dolar', 'amerika', 'serikat'], def: { code: 'USD', lang: 'id' } },
  { words: ['dolar', 'AS'], def: { code: 'USD', lang: 'id' } },
  { words: ['dolar', 'amerika'], def: { code: 'USD', lang: 'id' } },
  { words: ['us', 'dollars'], def: { code: 'USD', lang: 'en' } },
  { words: ['pounds', 'sterling'], def: { code: 'GBP', lang: 'en' } },
  { words: ['pound', 'sterling'], def: { code: 'GBP', lang: null } },
  { words: ['dolar'], def: { code: 'USD', lang: 'id' } },
  { words: ['dollars'], def: { code: 'USD', lang: 'en' } },
  { words: ['dollar'], def: { code: 'USD', lang: 'en' } },
  { words: ['rupiah'], def: { code: 'IDR', lang: null } },
  { words: ['euro'], def: { code: 'EUR', lang: null } },
  { words: ['euros'], def: { code: 'EUR', lang: 'en' } },
  { words: ['hryvnia'], def: { code: 'UAH', lang: null } },
  { words: ['hryvnias'], def: { code: 'UAH', lang: 'en' } },
  { words: ['rubles'], def: { code: 'RUB', lang: 'en' } },
  { words: ['roubles'], def: { code: 'RUB', lang: 'en' } },
  { words: ['ruble'], def: { code: 'RUB', lang: 'en' } },
  { words: ['rubel'], def: { code: 'RUB', lang: 'id' } },
];

/** Indonesian fraction words that stand alone (`seperempat` = a quarter). */
export const ID_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['seperdua', 1 / 2],
  ['setengah', 1 / 2],
  ['separuh', 1 / 2],
  ['sepertiga', 1 / 3],
  ['seperempat', 1 / 4],
  ['seperlima', 1 / 5],
  ['seperenam', 1 / 6],
  ['sepertujuh', 1 / 7],
  ['seperdelapan', 1 / 8],
  ['sepersembilan', 1 / 9],
  ['sepersepuluh', 1 / 10],
  ['seperseratus', 1 / 100],
]);

/** English fraction denominators; they need a numerator (`a quarter`, `two-thirds`), except `half`. */
export const EN_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fifth', 5],
  ['fifths', 5],
  ['sixth', 6],
  ['eighth', 8],
  ['tenth', 10],
  ['tenths', 10],
]);

/** Indonesian `se-` words that mean one unit of time (`seminggu` = 1 minggu). */
export const ID_SE_DURATIONS: ReadonlyMap<string, string> = new Map([
  ['sejam', 'jam'],
  ['sehari', 'hari'],
  ['seminggu', 'minggu'],
  ['sepekan', 'pekan'],
  ['sebulan', 'bulan'],
  ['setahun', 'tahun'],
]);

/**
 * Counted nouns we can translate, keyed by a language-neutral id (the English
 * plural). The key is what `Figure.unit` holds; unknown nouns keep their own spelling.
 */
export const NOUNS: Readonly<Record<string, { en: readonly [string, string]; id: string }>> = {
  people: { en: ['person', 'people'], id: 'orang' },
  soldiers: { en: ['soldier', 'soldiers'], id: 'tentara' },
  troops: { en: ['troop', 'troops'], id: 'pasukan' },
  civilians: { en: ['civilian', 'civilians'], id: 'warga sipil' },
  children: { en: ['child', 'children'], id: 'anak' },
  tanks: { en: ['tank', 'tanks'], id: 'tank' },
  missiles: { en: ['missile', 'missiles'], id: 'rudal' },
  drones: { en: ['drone', 'drones'], id: 'drone' },
  settlements: { en: ['settlement', 'settlements'], id: 'permukiman' },
  regions: { en: ['region', 'regions'], id: 'wilayah' },
  areas: { en: ['area', 'areas'], id: 'area' },
  provinces: { en: ['province', 'provinces'], id: 'provinsi' },
  cities: { en: ['city', 'cities'], id: 'kota' },
  towns: { en: ['town', 'towns'], id: 'kota kecil' },
  villages: { en: ['village', 'villages'], id: 'desa' },
  buses: { en: ['bus', 'buses'], id: 'bus' },
  stores: { en: ['store', 'stores'], id: 'gudang' },
  refugees: { en: ['refugee', 'refugees'], id: 'pengungsi' },
  casualties: { en: ['casualty', 'casualties'], id: 'korban' },
  residents: { en: ['resident', 'residents'], id: 'penduduk' },
  prisoners: { en: ['prisoner', 'prisoners'], id: 'tahanan' },
  aircraft: { en: ['aircraft', 'aircraft'], id: 'pesawat' },
  helicopters: { en: ['helicopter', 'helicopters'], id: 'helikopter' },
  ships: { en: ['ship', 'ships'], id: 'kapal' },
  houses: { en: ['house', 'houses'], id: 'rumah' },
  buildings: { en: ['building', 'buildings'], id: 'gedung' },
  vehicles: { en: ['vehicle', 'vehicles'], id: 'kendaraan' },
  countries: { en: ['country', 'countries'], id: 'negara' },
  journalists: { en: ['journalist', 'journalists'], id: 'wartawan' },
  hours: { en: ['hour', 'hours'], id: 'jam' },
  days: { en: ['day', 'days'], id: 'hari' },
  weeks: { en: ['week', 'weeks'], id: 'minggu' },
  months: { en: ['month', 'months'], id: 'bulan' },
  years: { en: ['year', 'years'], id: 'tahun' },
  minutes: { en: ['minute', 'minutes'], id: 'menit' },
  bombs: { en: ['bomb', 'bombs'], id: 'bom' },
  explosions: { en: ['explosion', 'explosions'], id: 'ledakan' },
  shells: { en: ['shell', 'shells'], id: 'peluru' },
  barrels: { en: ['barrel', 'barrels'], id: 'barel' },
  tankers: { en: ['tanker', 'tankers'], id: 'kapal tanker' },
  vessels: { en: ['vessel', 'vessels'], id: 'kapal' },
  crew: { en: ['crew member', 'crew'], id: 'awak' },
  staff: { en: ['staff member', 'staff'], id: 'staf' },
  employees: { en: ['employee', 'employees'], id: 'karyawan' },
  schools: { en: ['school', 'schools'], id: 'sekolah' },
  hospitals: { en: ['hospital', 'hospitals'], id: 'rumah sakit' },
  reactors: { en: ['reactor', 'reactors'], id: 'reaktor' },
  districts: { en: ['district', 'districts'], id: 'distrik' },
  votes: { en: ['vote', 'votes'], id: 'suara' },
  companies: { en: ['company', 'companies'], id: 'perusahaan' },
  volunteers: { en: ['volunteer', 'volunteers'], id: 'relawan' },
  farms: { en: ['farm', 'farms'], id: 'lahan pertanian' },
  wounded: { en: ['wounded', 'wounded'], id: 'korban luka' },
  refineries: { en: ['refinery', 'refineries'], id: 'kilang minyak' },
};

/** Indonesian `noun modifier` pairs that name one thing; the modifier stays in the canon (`25 warga sipil`). */
export const ID_FUSED_NOUNS: ReadonlySet<string> = new Set([
  'warga sipil',
  'warga negara',
  'tentara bayaran',
  'pasukan khusus',
  'rudal balistik',
  'rudal jelajah',
  'kilang minyak',
  'kapal kargo',
  'kapal tanker',
  'pesawat tempur',
  'pesawat nirawak',
  'kapal perang',
  'tahanan perang',
]);

/**
 * Country names that follow an Indonesian noun as a nationality modifier
 * (`15.000 Tentara Rusia`); part of the span, not of the canon. Case-sensitive.
 */
export const ID_NATIONALITY_MODIFIERS: ReadonlySet<string> = new Set([
  'Rusia', 'Ukraina', 'AS', 'Amerika', 'Inggris', 'Belarus', 'Polandia', 'Jerman',
  'Prancis', 'Perancis', 'Chechnya', 'Turki', 'Iran', 'China', 'Tiongkok', 'NATO',
]);

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januari', 'februari', 'maret', 'mei', 'juni', 'juli', 'agustus', 'oktober', 'desember',
]);

/** Words right before a number that make it a label, a time or a date, not a quantity. */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'pukul', 'jam', 'nomor', 'no', 'pasal', 'ayat', 'tanggal', 'tgl', 'halaman', 'hal',
  'page', 'number', 'article', 'route', 'flight', 'resolution', 'ke',
]);

/** Words that end an English counted noun phrase before any head was seen. */
export const EN_STOP: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'into', 'onto',
  'over', 'under', 'after', 'before', 'since', 'during', 'per', 'than', 'as', 'about', 'around',
  'across', 'along', 'near', 'between', 'among', 'against', 'toward', 'towards', 'through', 'via',
  'within', 'without', 'ago', 'and', 'or', 'but', 'nor', 'so', 'yet', 'while', 'when', 'where',
  'which', 'that', 'who', 'whom', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'had', 'has', 'have', 'do', 'did', 'does', 'will', 'would', 'can', 'could', 'may', 'might',
  'must', 'shall', 'should', 'it', 'its', 'they', 'them', 'their', 'he', 'she', 'we', 'you', 'i',
  'his', 'her', 'our', 'us', 'this', 'these', 'those', 'times', 'other', 'others', 'each',
  'all', 'both', 'either', 'neither', 'not', 'no', 'also', 'only', 'just', 'even', 'again',
  'says', 'said', 'percent', 'cent', 'o’clock', "o'clock", 'am', 'pm', 'gmt', 'utc', 'bc', 'ad',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'plus', 'minus',
  'thus', 'perhaps', 'always', 'sometimes', 'besides', 'unless', 'less', 'whereas', 'afterwards',
  'news', 'hers', 'ours', 'theirs', 'yours', 'yes',
]);

/** English plurals that do not end in -s. */
export const EN_IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'police', 'personnel', 'aircraft', 'cattle', 'staff',
  'infantry', 'sheep', 'feet', 'teeth', 'militia', 'crew', 'livestock', 'troops',
]);

/** Words that end an Indonesian counted noun phrase: function words, verbs that follow a count. */
export const ID_STOP: ReadonlySet<string> = new Set([
  'yang', 'di', 'ke', 'dari', 'dan', 'atau', 'serta', 'pada', 'dalam', 'untuk', 'dengan', 'oleh',
  'bagi', 'itu', 'ini', 'tersebut', 'adalah', 'ialah', 'merupakan', 'akan', 'telah', 'sudah',
  'sedang', 'masih', 'juga', 'hanya', 'saja', 'lagi', 'pun', 'lalu', 'kali', 'per', 'sampai',
  'hingga', 'atas', 'bawah', 'lebih', 'kurang', 'sekitar', 'hampir', 'tewas', 'terluka',
  'meninggal', 'hilang', 'kemudian', 'lainnya', 'lain', 'kata', 'ujar', 'menurut', 'bahwa',
  'tidak', 'belum', 'bukan', 'ada', 'bisa', 'dapat', 'harus', 'sejak', 'selama', 'setelah',
  'sebelum', 'ketika', 'saat', 'jika', 'namun', 'tetapi', 'mereka', 'kami', 'kita', 'dia', 'ia',
  'besar', 'kecil', 'baru', 'pertama', 'terakhir', 'wib', 'wita', 'wit', 'sen', 'senin',
  'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'persen', 'sebanyak', 'sejumlah', 'para',
  'semua', 'seluruh', 'banyak', 'sedikit',
]);

/** Indonesian nouns that look like prefixed verbs (`me-`, `ber-`, `ter-`, `di-`). */
export const ID_PREFIX_LOOKALIKE_NOUNS: ReadonlySet<string> = new Set([
  'menteri', 'meriam', 'teroris', 'tersangka', 'terminal', 'diplomat', 'dinas', 'direktur',
  'distrik', 'divisi', 'berita', 'bermuda', 'derajat',
]);

/** Common function words of each language, to guess the language around a figure when the page's is unknown. */
export const LANGUAGE_HINTS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  id: new Set([
    'yang', 'dan', 'di', 'dari', 'dengan', 'untuk', 'pada', 'dalam', 'ini', 'itu', 'orang', 'juta',
    'ribu', 'miliar', 'telah', 'akan', 'tidak', 'adalah', 'lebih', 'sekitar', 'mengatakan', 'kata',
    'ke', 'oleh', 'sebanyak', 'tentara', 'warga', 'pasukan', 'hampir', 'hingga',
  ]),
  en: new Set([
    'the', 'and', 'of', 'in', 'to', 'with', 'for', 'on', 'that', 'was', 'were', 'has', 'have',
    'is', 'are', 'people', 'million', 'thousand', 'said', 'more', 'than', 'from', 'at', 'least',
    'about', 'up', 'by', 'soldiers', 'troops',
  ]),
};
