// The glossary builder: a folder of articles + the curated lexicon -> cards.
// Every card is data from the corpus (mentions, sentences, related cards,
// variants met) on top of the lexicon's facts and glosses. Deterministic:
// articles in file-name order, cards by id, ties broken by id.
import { createAnalyzer, type Analyze } from '../analyze';
import { findFigures } from '../figures';
import type { PlaceFacts } from '../geo/region-label';
import type { Analysis, Entity, Figure, LexiconEntry } from '../types';
import { KIND_OF_TYPE } from '../types';
import { fold } from '../text/fold';
import { corpusNames, type NameMention } from './corpus-names';
import { earningReading, figureGloss, isMoney, readFigure, type FigureReading } from './figure-gloss';
import { glossFromContext } from './name-gloss';
import { leadingRoleWords, nameTable, type NameTable } from './roles';
import { splitSentences, type Span } from './sentences';
import { GLOSSARY_VERSION, type Card, type CardSentence, type Glossary, type GlossaryArticle } from './types';

export interface CorpusArticle {
  file: string;
  text: string;
}

/** Lexicon entries from this source exist because the seed corpus names them. */
export const CORPUS_SOURCE = 'seeds';

const MAX_SENTENCES_PER_ARTICLE = 3;
const MAX_SENTENCES = 9;
const MAX_RELATED = 8;
const TITLE_MAX = 160;

interface Draft {
  card: Card;
  /** Figures: what each mention's sentence says the figure counts. */
  readings: Array<{ article: number; reading: FigureReading; value: number; money: boolean }>;
  mentions: Map<number, number>;
  seenSentences: Set<string>;
  variants: Set<string>;
  related: Map<string, number>;
}

/**
 * `places` gives place cards their point and region (lib/gazetteer/place-facts.ts);
 * without it cards carry none, as in tests over a hand-made lexicon.
 */
export function buildGlossary(
  input: readonly CorpusArticle[],
  lexicon: readonly LexiconEntry[],
  places: ReadonlyMap<string, PlaceFacts> = new Map(),
): Glossary {
  const analyze = createAnalyzer(lexicon);
  const articles = [...input].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const drafts = new Map<string, Draft>();
  const draftOf = (card: Card): Draft => {
    let d = drafts.get(card.id);
    if (!d) {
      d = { card, mentions: new Map(), seenSentences: new Set(), variants: new Set(), related: new Map(), readings: [] };
      drafts.set(card.id, d);
    }
    return d;
  };
  for (const entry of lexicon) draftOf(cardFromEntry(entry, places.get(entry.id)));

  const read = articles.map(readArticle(analyze));
  // Names known only by their shape become cards once the whole corpus is read: they need two mentions.
  const table = nameTable(lexicon);
  const fullNames = new Map<Entity, string>();
  const names = corpusNames(read.flatMap(unknownNames(table, fullNames)), table);
  for (const card of names.cards) draftOf(card);

  const glossaryArticles: GlossaryArticle[] = read.map(({ article, analysis, figures, sentences }, index) => {
    const language = analysis.language.code;
    // Entities by sentence, with their drafts: figures read the names beside them.
    const bySentence: Array<Array<{ e: Entity; draft: Draft }>> = sentences.map(() => []);
    let s = 0;
    for (const e of analysis.entities) {
      const draft =
        e.type === 'FIGURE' ? figureDraft(draftOf, figures.get(e.start)) : drafts.get(e.id ?? names.idOf(e.text, fullNames.get(e)) ?? '');
      if (!draft) continue;
      while (s < sentences.length - 1 && sentences[s]!.end <= e.start) s += 1;
      bySentence[s]?.push({ e, draft });
    }
    bySentence.forEach((inSentence, si) => {
      const span = sentences[si]!;
      const named = inSentence.flatMap(({ e, draft: { card } }) =>
        card.kind === 'figure' || card.kind === 'term' ? [] : [{ start: e.start, kind: card.kind, name: card.name }],
      );
      const ids = new Set<string>();
      for (const { e, draft } of inSentence) {
        draft.mentions.set(index, (draft.mentions.get(index) ?? 0) + 1);
        // A name with a title capitalised into it is not a spelling of the name.
        if ((fullNames.get(e)?.length ?? Infinity) > e.text.length) draft.variants.add(e.text);
        addSentence(draft, { article: index, language, text: sentenceText(article.text, span) });
        ids.add(draft.card.id);
        const figure = e.type === 'FIGURE' ? figures.get(e.start) : undefined;
        if (figure) {
          const reading = readFigure(article.text, span, figure, named);
          draft.readings.push({ article: index, reading, value: figure.value, money: isMoney(figure.unit) });
        }
      }
      for (const a of ids) for (const b of ids) if (a !== b) bump(drafts.get(a)!.related, b);
    });
    return { file: article.file, language, title: titleOf(article.text) };
  });

  const cards = [...drafts.values()]
    // Corpus-specific entries stay only while the corpus still names them.
    .filter((d) => d.card.source !== CORPUS_SOURCE || d.mentions.size > 0)
    .flatMap((d) => (d.card.figure ? figureCard(d) : [finish(d)]))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { version: GLOSSARY_VERSION, articles: glossaryArticles, cards };
}

/** A figure's card, if it earns one (lib/glossary/figure-gloss.ts), glossed from the sentence that earned it. */
function figureCard(d: Draft): Card[] {
  const reading = earningReading(d.readings);
  const gloss = reading && figureGloss(reading);
  return gloss ? [{ ...finish(d), gloss }] : [];
}

interface ReadArticle {
  article: CorpusArticle;
  analysis: Analysis;
  figures: Map<number, Figure>;
  sentences: Span[];
}

const readArticle = (analyze: Analyze) => (article: CorpusArticle): ReadArticle => {
  const analysis = analyze(article.text);
  const language = analysis.language.code;
  const lang = language === 'en' ? 'en' : language === 'other' ? null : 'id';
  const figures = new Map<number, Figure>(findFigures(article.text, lang).map((f) => [f.start, f]));
  return { article, analysis, figures, sentences: splitSentences(article.text) };
};

/**
 * The article's names without a card, each with the role its sentence gives
 * it; a bare surname after a full name it ends is that person (`fullNames`).
 */
const unknownNames = (names: NameTable, fullNames: Map<Entity, string>) => ({ article, analysis, sentences }: ReadArticle): NameMention[] => {
  const code = analysis.language.code;
  const lang = code === 'en' ? 'en' : code === 'id' || code === 'ms' ? 'id' : null;
  const out: NameMention[] = [];
  const bySurname = new Map<string, string>();
  let s = 0;
  for (const e of analysis.entities) {
    if (e.id !== null || (e.type !== 'PERSON' && e.type !== 'PLACE' && e.type !== 'ORG')) continue;
    while (s < sentences.length - 1 && sentences[s]!.end <= e.start) s += 1;
    const sentence = sentences[s] ?? { start: 0, end: article.text.length };
    const context = { text: article.text, sentenceStart: sentence.start, sentenceEnd: sentence.end, start: e.start, end: e.end };
    let words = e.text.split(/\s+/);
    let gloss = lang ? glossFromContext(context, lang, names) : null;
    // A sentence start capitalises a title into the name (`Relawan Iryna Shevchenko`): it is the gloss, not the name.
    const titled = e.type === 'PERSON' && lang && words.length >= 3 ? leadingRoleWords(words, lang) : 0;
    if (titled > 0 && words.length - titled >= 2) {
      gloss ??= words.slice(0, titled).join(' ');
      words = words.slice(titled);
    }
    if (e.type === 'PERSON' && words.length >= 2) bySurname.set(fold(words[words.length - 1]!), words.join(' '));
    const fullName = words.length === 1 ? bySurname.get(fold(e.text)) : titled > 0 ? words.join(' ') : undefined;
    if (fullName) fullNames.set(e, fullName);
    out.push({ type: e.type, text: titled > 0 ? words.join(' ') : e.text, lang, gloss, ...(fullName ? { fullName } : {}) });
  }
  return out;
};

function cardFromEntry(entry: LexiconEntry, place: PlaceFacts | undefined): Card {
  const where = entry.kind === 'place' && place ? { coords: place.coords, ...(place.region ? { region: { ...place.region } } : {}) } : {};
  return {
    id: entry.id,
    kind: entry.kind,
    name: { ...entry.name },
    aliases: [...entry.aliases],
    gloss: { ...entry.gloss },
    source: entry.source,
    mentions: [],
    sentences: [],
    related: [],
    ...where,
  };
}

function figureDraft(draftOf: (card: Card) => Draft, figure: Figure | undefined): Draft | undefined {
  if (!figure) return undefined;
  return draftOf({
    id: `figure:${figure.canon}`,
    kind: KIND_OF_TYPE.FIGURE,
    name: { ...figure.rendered },
    aliases: [],
    // Read from its sentences once the corpus is read (figureCard).
    gloss: { en: '', id: '' },
    source: 'corpus',
    curated: false,
    mentions: [],
    sentences: [],
    related: [],
    figure: { value: figure.value, unit: figure.unit, rendered: { ...figure.rendered } },
  });
}

function addSentence(draft: Draft, sentence: CardSentence): void {
  const key = `${sentence.article}\u0000${sentence.text}`;
  if (draft.seenSentences.has(key) || draft.card.sentences.length >= MAX_SENTENCES) return;
  const fromArticle = draft.card.sentences.filter((x) => x.article === sentence.article).length;
  if (fromArticle >= MAX_SENTENCES_PER_ARTICLE) return;
  draft.seenSentences.add(key);
  draft.card.sentences.push(sentence);
}

function finish(d: Draft): Card {
  const { card } = d;
  const known = new Set([card.name.en, card.name.id, ...card.aliases]);
  const met = [...d.variants].filter((v) => !known.has(v)).sort();
  return {
    ...card,
    aliases: [...card.aliases, ...met],
    mentions: [...d.mentions].sort((a, b) => a[0] - b[0]).map(([article, count]) => ({ article, count })),
    related: [...d.related]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_RELATED)
      .map(([id]) => id),
  };
}

const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

function sentenceText(text: string, span: Span | undefined): string {
  return span ? text.slice(span.start, span.end).replace(/\s+/g, ' ') : '';
}

function titleOf(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  return line.length > TITLE_MAX ? `${line.slice(0, TITLE_MAX - 1)}…` : line;
}

/** One card per line: reproducible bytes and readable diffs. */
export function serializeGlossary(glossary: Glossary): string {
  const head = JSON.stringify({ version: glossary.version, articles: glossary.articles });
  const cards = glossary.cards.map((c) => JSON.stringify(c)).join(',\n');
  return `${head.slice(0, -1)},"cards":[\n${cards}\n]}\n`;
}
