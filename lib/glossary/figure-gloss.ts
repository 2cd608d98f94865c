// What a figure counts and who counted it, read from its sentence: the
// gloss of a figure card, and whether it earns one (earningReading). Its
// gloss says what it counts (`people killed (Kharkiv), according to the UN,
// March 2022`) and is never the number restated: a figure whose sentences
// never say what it counts gets no gloss, and so no card. Figures without a
// card are still marked on the page, with a card built there.
import { fold } from '../text/fold';
import { tokenize } from '../text/token-table';
import type { Token } from '../text/tokens';
import type { Bilingual, Figure } from '../types';

export type Measure = 'killed' | 'wounded' | 'displaced' | 'prisoners' | 'aid' | 'territory' | 'weapons';

/** What a figure counts, when its words or the words beside it say so. */
export interface FigureReading {
  measure: Measure | null;
  what: Bilingual | null;
  place: Bilingual | null;
  source: Bilingual | null;
  date: Bilingual | null;
}

/** A name met in the figure's sentence, with its card's names. */
export interface NamedInSentence {
  start: number;
  kind: 'person' | 'place' | 'organisation';
  name: Bilingual;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const table = (rows: Record<Measure, string>) =>
  new Map(Object.entries(rows).flatMap(([measure, list]) => words(list).map((w) => [w, measure as Measure])));

// Words in the figure's window that say what it counts (folded).
const MEASURE_WORDS = table({
  killed: `killed kill killing kills dead died die deaths death toll fatalities tewas meninggal terbunuh gugur menewaskan
    jiwa`,
  wounded: `wounded injured injuring injuries wounding hurt luka terluka melukai cedera`,
  displaced: `refugees refugee fled flee fleeing displaced evacuated evacuees evacuation pengungsi mengungsi dievakuasi
    evakuasi`,
  prisoners: `prisoners prisoner captives pows pow tawanan tahanan ditawan`,
  aid: `aid assistance package bantuan paket`,
  territory: `territory square sq persegi hectares hektare`,
  weapons: `missiles missile rockets rocket drones drone tanks tank shells artillery howitzers jets aircraft bombs bomb
    rudal roket peluru artileri pesawat bom`,
});
// Figure units that are a measure by themselves (`Figure.unit`).
const MEASURE_UNITS = table({
  killed: '',
  wounded: '',
  displaced: 'refugees pengungsi',
  prisoners: 'prisoners tawanan tahanan',
  aid: '',
  territory: 'km2 ha',
  weapons: 'missiles rockets drones tanks shells bombs aircraft rudal roket drone tank bom',
});

const WHAT: Record<Exclude<Measure, 'weapons'>, Bilingual> = {
  killed: { en: 'people killed', id: 'korban tewas' },
  wounded: { en: 'people wounded', id: 'korban luka' },
  displaced: { en: 'people who fled or were displaced', id: 'warga yang mengungsi' },
  prisoners: { en: 'prisoners', id: 'tawanan' },
  aid: { en: 'aid', id: 'bantuan' },
  territory: { en: 'territory', id: 'wilayah' },
};

// What a recurring figure outside the measures counts, by its unit.
const UNIT_WHAT: Readonly<Record<string, Bilingual>> = {
  '%': { en: 'a share, in per cent', id: 'persentase' },
  fraction: { en: 'a share', id: 'bagian' },
  km: { en: 'a distance', id: 'jarak' },
  mi: { en: 'a distance', id: 'jarak' },
  USD: { en: 'a sum in US dollars', id: 'jumlah dalam dolar AS' },
  EUR: { en: 'a sum in euros', id: 'jumlah dalam euro' },
  IDR: { en: 'a sum in rupiah', id: 'jumlah dalam rupiah' },
  GBP: { en: 'a sum in pounds', id: 'jumlah dalam pound' },
};

const MONEY = new Set(['USD', 'EUR', 'IDR', 'GBP', 'UAH', 'RUB']);

// Words that say someone counted or reported the figure.
const REPORTING = new Set(
  words(`according said says say reported reports estimated estimates counted recorded confirmed told
    menurut kata ujar mengatakan menyebut mencatat melaporkan memperkirakan mengonfirmasi tutur`),
);

const MONTHS: ReadonlyArray<Bilingual> = [
  ['January', 'Januari'], ['February', 'Februari'], ['March', 'Maret'], ['April', 'April'], ['May', 'Mei'], ['June', 'Juni'],
  ['July', 'Juli'], ['August', 'Agustus'], ['September', 'September'], ['October', 'Oktober'], ['November', 'November'],
  ['December', 'Desember'],
].map(([en, id]) => ({ en: en!, id: id! }));
const MONTH_BY_WORD = new Map(MONTHS.flatMap((m) => [[fold(m.en), m] as const, [fold(m.id), m] as const]));

/** Words on each side of the figure that may say what it counts. */
const WINDOW = 5;

export function readFigure(
  text: string,
  sentence: { start: number; end: number },
  figure: Pick<Figure, 'start' | 'end' | 'unit' | 'rendered'>,
  named: readonly NamedInSentence[],
): FigureReading {
  const tokens = tokenize(text.slice(sentence.start, sentence.end));
  const at = (t: Token) => t.start + sentence.start;
  const before = tokens.filter((t) => at(t) < figure.start).slice(-WINDOW);
  const inside = tokens.filter((t) => at(t) >= figure.start && at(t) < figure.end);
  const after = tokens.filter((t) => at(t) >= figure.end).slice(0, WINDOW + 1);
  const measure = measureOf(figure.unit, inside, before, after);
  const what = measure === 'weapons' ? weaponsOf(figure) : measure ? measureWhat(measure, figure) : unitWhat(figure);
  const all = tokens.map((t) => fold(t.text));
  const reported = all.some((w) => REPORTING.has(w));
  const source = reported ? (named.find((n) => n.kind === 'organisation') ?? named.find((n) => n.kind === 'person'))?.name ?? null : null;
  const place = measure && measure !== 'aid' ? (named.find((n) => n.kind === 'place')?.name ?? null) : null;
  return { measure, what, place, source, date: dateIn(tokens) };
}

function measureOf(unit: string | null, inside: readonly Token[], before: readonly Token[], after: readonly Token[]): Measure | null {
  const byUnit = unit ? MEASURE_UNITS.get(fold(unit)) : undefined;
  if (byUnit) return byUnit;
  // The nearest word that names a measure wins: `killing 12 people and injuring 31`.
  const near = [...inside, ...after.slice(0, 1), ...before.slice(-1), ...after.slice(1), ...[...before].reverse().slice(1)];
  for (const t of near) {
    const m = MEASURE_WORDS.get(fold(t.text));
    // A sum of money beside aid or weapons words is aid (`$61 billion in military aid`), never a body count.
    if (m && unit && MONEY.has(unit)) {
      if (m === 'aid' || m === 'weapons') return 'aid';
    } else if (m) {
      return m;
    }
  }
  return null;
}

/** The counted noun as both languages write it: `48 missiles` / `48 rudal` -> missiles / rudal. */
function nounOf(figure: Pick<Figure, 'rendered'>): Bilingual | null {
  const strip = (s: string) => s.replace(/^[^\p{L}]*(?:(?:thousand|million|billion|ribu|juta|miliar)\s+)?/u, '').trim();
  const en = strip(figure.rendered.en);
  const id = strip(figure.rendered.id);
  return en && id ? { en, id } : null;
}

const weaponsOf = (figure: Pick<Figure, 'rendered'>): Bilingual | null => {
  const noun = nounOf(figure);
  return noun && { en: `weapons: ${noun.en}`, id: `senjata: ${noun.id}` };
};

// Who a measure counts, with the counted noun when it says more than `people` (`soldiers killed`).
const MEASURE_FORM: Record<Exclude<Measure, 'weapons'>, Bilingual | null> = {
  killed: { en: '{} killed', id: '{} tewas' },
  wounded: { en: '{} wounded', id: '{} terluka' },
  displaced: { en: '{} who fled or were displaced', id: '{} yang mengungsi' },
  prisoners: null,
  aid: null,
  territory: null,
};
const GENERIC_NOUNS = new Set(['people', 'orang', 'persons', 'jiwa']);

function measureWhat(measure: Exclude<Measure, 'weapons'>, figure: Pick<Figure, 'unit' | 'rendered'>): Bilingual {
  const form = MEASURE_FORM[measure];
  const noun = figure.unit ? nounOf(figure) : null;
  if (measure === 'displaced' && (figure.unit === 'refugees' || figure.unit === 'pengungsi')) return { en: 'refugees', id: 'pengungsi' };
  if (!form || !noun || figure.unit === 'fraction' || UNIT_WHAT[figure.unit ?? ''] || GENERIC_NOUNS.has(fold(noun.en)) || /^[A-Z]{3}$/.test(figure.unit ?? '')) return WHAT[measure];
  return { en: form.en.replace('{}', noun.en), id: form.id.replace('{}', noun.id) };
}

function unitWhat(figure: Pick<Figure, 'unit' | 'rendered'>): Bilingual | null {
  if (!figure.unit) return null;
  return UNIT_WHAT[figure.unit] ?? nounOf(figure);
}

/** `March 2022`, `Maret 2022`, or a year alone after `in` / `pada` / `sejak` / `since`. */
function dateIn(tokens: readonly Token[]): Bilingual | null {
  for (let i = 0; i < tokens.length; i++) {
    const w = fold(tokens[i]!.text);
    const year = tokens[i + 1]?.text;
    const month = MONTH_BY_WORD.get(w);
    if (month && year && /^(?:19|20)\d\d$/.test(year)) return { en: `${month.en} ${year}`, id: `${month.id} ${year}` };
    if ((w === 'in' || w === 'pada' || w === 'since' || w === 'sejak') && year && /^(?:19|20)\d\d$/.test(year)) {
      return w === 'since' || w === 'sejak' ? { en: `since ${year}`, id: `sejak ${year}` } : { en: year, id: year };
    }
  }
  return null;
}

/** The gloss for a figure read this way, or null when the sentence never says what it counts. */
export function figureGloss(r: FigureReading): Bilingual | null {
  if (!r.what) return null;
  const line = (lang: keyof Bilingual, according: string) =>
    [
      `${r.what![lang]}${r.place ? ` (${r.place[lang]})` : ''}`,
      r.source ? `${according} ${r.source[lang]}` : '',
      r.date ? r.date[lang] : '',
    ]
      .filter(Boolean)
      .join(', ');
  const gloss = { en: line('en', 'according to'), id: line('id', 'menurut') };
  return { en: capitalise(gloss.en), id: capitalise(gloss.id) };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A figure outside the measures, or unreported, earns a card when the same fact recurs in this many articles. */
const MIN_FACT_ARTICLES = 2;

/** Better readings first: one that names a measure, then a source, then a date. */
const rank = (r: FigureReading): number => (r.what ? 8 : 0) + (r.measure ? 4 : 0) + (r.source ? 2 : 0) + (r.date ? 1 : 0);
const best = (readings: readonly FigureReading[]): FigureReading | null =>
  readings.reduce<FigureReading | null>((a, r) => (a === null || rank(r) > rank(a) ? r : a), null);

/** The same fact: the same figure counting the same thing at the same time (a number alone recurs by chance). */
const factKey = (r: FigureReading): string | null => (r.what && r.date ? `${r.what.en}\u0000${r.date.en}` : null);

/** A count at the scale of the war, not of one strike: thousands and more, or a sum of money. */
const WAR_SCALE = 1000;

/**
 * The reading a figure's card is glossed from, or null when it earns no card.
 * It earns one as a reported measure of the war: what it counts, and who
 * counted it, at the war's scale or with a date (the refugees the UN counted,
 * 4 million; the prisoners a ministry counted in March 2022). Or as a fact that
 * recurs: the same figure counting the same thing at the same time in two
 * articles. An incident count (`67 drones overnight`, `10 people killed`)
 * earns none: such numbers meet again by chance in a large corpus, and the
 * page builds their card where they are marked.
 */
export function earningReading(readings: ReadonlyArray<{ article: number; reading: FigureReading; value: number; money: boolean }>): FigureReading | null {
  const reported = best(
    readings
      .filter(({ reading: r, value, money }) => r.measure && r.what && r.source && (r.date || money || value >= WAR_SCALE))
      .map((x) => x.reading),
  );
  if (reported) return reported;
  const articles = new Map<string, Set<number>>();
  for (const { article, reading } of readings) {
    const key = factKey(reading);
    if (key) articles.set(key, (articles.get(key) ?? new Set()).add(article));
  }
  return best(readings.map((x) => x.reading).filter((r) => (articles.get(factKey(r) ?? '')?.size ?? 0) >= MIN_FACT_ARTICLES));
}

/** Units that are money: a sum is at the war's scale whatever its number. */
export const isMoney = (unit: string | null): boolean => unit !== null && MONEY.has(unit);
