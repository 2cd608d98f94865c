// Entities in one pass: the gazetteer matcher first, then the context rules
// (nationality modifiers out), then names known only by their shape, then
// surnames of people already met. Figures come in from lib/figures and win
// where they overlap a name (`US$2 billion` is a figure, not the US).
import type { Entity, Figure, LanguageCode, LexiconEntry } from '../types';
import { fnvOf } from '../text/fnv';
import { fold, hasNonAscii } from '../text/fold';
import type { TokenTable } from '../text/token-table';
import { separator } from '../text/tokens';
import { acronymAliases } from './acronyms';
import { findBuildings } from './buildings';
import { compileMatcher, type Matcher, type RawMatch } from './matcher';
import { isNationalityModifier } from './modifiers';
import { findNameCandidates } from './names';
import { findDescriptiveOrgs, type OrgSpan, type Owners } from './organisations';
import { personAroundPlace, surnamesNotPlaces } from './people-not-places';

export interface EntityPass {
  entities: Entity[];
  /** Every gazetteer match, modifiers included: evidence for the coverage verdict. */
  mentions: RawMatch[];
}

export interface EntityFinder {
  readonly matcher: Matcher;
  find(text: string, tokens: TokenTable, lang: LanguageCode, figures: readonly Figure[]): EntityPass;
}

export function createEntityFinder(entries: readonly LexiconEntry[], isCountry: (id: string) => boolean): EntityFinder {
  const matcher = compileMatcher(entries);

  function find(text: string, tokens: TokenTable, lang: LanguageCode, figures: readonly Figure[]): EntityPass {
    const mentions = matcher.match(text, tokens);
    const taken = new Uint8Array(tokens.count);
    const entities: Entity[] = [];
    // Descriptions headed by an institution word take in the names inside them (`Angkatan Laut Ukraina`).
    const described = describedOrgs(text, tokens, lang, mentions, isCountry);
    for (const e of described.entities) entities.push(e);
    const inMention = new Uint8Array(tokens.count);
    for (const m of mentions) inMention.fill(1, m.first, m.last + 1);
    for (const m of mentions) {
      if (described.covers(m) || taken[m.first]) continue;
      const person = personAroundPlace(text, tokens, m, (i) => inMention[i] === 1);
      if (person) {
        taken.fill(1, person.first, person.last + 1);
        const start = tokens.starts[person.first]!;
        const end = tokens.ends[person.last]!;
        entities.push({ type: 'PERSON', start, end, text: text.slice(start, end), id: null, value: null });
        continue;
      }
      taken.fill(1, m.first, m.last + 1);
      if (m.type === 'PLACE' && isCountry(m.id) && isNationalityModifier(text, tokens, m.first, m.last, lang)) continue;
      entities.push({ type: m.type, start: m.start, end: m.end, text: text.slice(m.start, m.end), id: m.id, value: null });
    }

    described.spans.forEach((o) => taken.fill(1, o.first, o.last + 1));
    // Tokens inside figures are not names either (`Dua Anak`, `15.000 Tentara Rusia`).
    markFigures(tokens, figures, taken);
    for (const b of findBuildings(text, tokens)) {
      if (anyMarked(taken, b.first, b.last)) continue;
      taken.fill(1, b.first, b.last + 1);
      const start = tokens.starts[b.first]!;
      const end = tokens.ends[b.last]!;
      entities.push({ type: 'PLACE', start, end, text: text.slice(start, end), id: null, value: null });
    }
    const shaped = findNameCandidates(text, tokens, (i) => taken[i] === 1);
    for (const c of shaped) {
      taken.fill(1, c.first, c.last + 1);
      entities.push({ type: c.type, start: c.start, end: c.end, text: text.slice(c.start, c.end), id: null, value: null });
    }
    entities.push(...surnamesOfPeopleMet(tokens, entities, taken));
    surnamesNotPlaces(entities);
    entities.push(...acronymAliases(text, tokens, [...entities].sort((a, b) => a.start - b.start), taken));

    const merged = withFigures(entities, figures);
    return { entities: merged, mentions };
  }

  return { matcher, find };
}

/** Descriptive organisations, with the matcher's mentions they take in. */
function describedOrgs(
  text: string,
  tokens: TokenTable,
  lang: LanguageCode,
  mentions: readonly RawMatch[],
  isCountry: (id: string) => boolean,
) {
  const endAt = new Int32Array(tokens.count).fill(-1);
  const startAt = new Int32Array(tokens.count).fill(-1);
  for (const m of mentions) {
    if (m.type !== 'PLACE' && m.type !== 'ORG') continue;
    // A publication named `The X` owns nothing: `The National Guard` is not The National's guard.
    if (m.type === 'ORG' && /^the\s/i.test(text.slice(m.start, m.start + 4))) continue;
    endAt[m.first] = m.last;
    startAt[m.last] = m.first;
  }
  const owners: Owners = { endOf: (i) => endAt[i] ?? -1, startOf: (i) => startAt[i] ?? -1 };
  // A name the gazetteer knows whole (`Russian Defense Ministry`) keeps its card.
  const orgMentionEnd = new Int32Array(tokens.count).fill(-1);
  for (const m of mentions) if (m.type === 'ORG') orgMentionEnd.fill(m.last, m.first, m.last + 1);
  const described = findDescriptiveOrgs(text, tokens, lang, owners).filter((o) => (orgMentionEnd[o.first] ?? -1) < o.last);
  const spans =
    lang === 'id' || lang === 'ms'
      ? described.concat(nationalBranches(text, tokens, mentions, isCountry, described)).sort((a, b) => a.first - b.first)
      : described;
  const inSpan = new Uint8Array(tokens.count);
  for (const o of spans) inSpan.fill(1, o.first, o.last + 1);
  const entities: Entity[] = spans.map((o) => {
    const start = tokens.starts[o.first]!;
    const end = tokens.ends[o.last]!;
    // No card id: an organisation inside (`Uni Eropa` in `Dewan Uni Eropa`) is not the one described.
    return { type: 'ORG', start, end, text: text.slice(start, end), id: null, value: null };
  });
  const covers = (m: RawMatch) => anyMarked(inSpan, m.first, m.last);
  return { spans, entities, covers };
}

/**
 * Indonesian puts the owner after the name: a known organisation followed by a country is that
 * country's own body (`Palang Merah Indonesia`, `Kremlin Rusia`), one organisation, not a place.
 */
function nationalBranches(
  text: string,
  tokens: TokenTable,
  mentions: readonly RawMatch[],
  isCountry: (id: string) => boolean,
  taken: readonly OrgSpan[],
): OrgSpan[] {
  const out: OrgSpan[] = [];
  // One flag per token, not a search of the spans per mention: linear on a long text.
  const inSpan = new Uint8Array(tokens.count);
  for (const o of taken) inSpan.fill(1, o.first, o.last + 1);
  for (let k = 0; k + 1 < mentions.length; k++) {
    const org = mentions[k]!;
    const country = mentions[k + 1]!;
    if (org.type !== 'ORG' || country.type !== 'PLACE' || !isCountry(country.id) || country.first !== org.last + 1) continue;
    if (separator(text, org.end, country.start) !== ' ') continue;
    if (anyMarked(inSpan, org.first, country.last)) continue;
    out.push({ first: org.first, last: country.last });
  }
  return out;
}

/** Is any token first..last marked? A loop, not a subarray per question: asked for every mention. */
function anyMarked(marks: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (marks[i] === 1) return true;
  return false;
}

function markFigures(tokens: TokenTable, figures: readonly Figure[], taken: Uint8Array): void {
  const { starts, ends } = tokens;
  let f = 0;
  for (let i = 0; i < tokens.count; i++) {
    while (f < figures.length && figures[f]!.end <= starts[i]!) f += 1;
    const fig = figures[f];
    if (fig && fig.start < ends[i]! && starts[i]! < fig.end) taken[i] = 1;
  }
}

/** `Oleh Zhdanov` met once makes a later bare `Zhdanov` the same person. */
function surnamesOfPeopleMet(tokens: TokenTable, entities: readonly Entity[], taken: Uint8Array): Entity[] {
  const surnames = new Map<string, string | null>();
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const parts = e.text.split(/\s+/);
    const last = parts[parts.length - 1];
    if (parts.length >= 2 && last && last.length >= 3) surnames.set(fold(last), e.id);
  }
  if (surnames.size === 0) return [];
  // An ASCII token can fold to a surname only if its hash is one of theirs: the others are turned away unread.
  const hashes = new Set<number>();
  for (const surname of surnames.keys()) if (!hasNonAscii(surname)) hashes.add(fnvOf(surname));
  const out: Entity[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (taken[i] || !tokens.isCapitalised(i) || (!tokens.isNonAscii(i) && !hashes.has(tokens.hash(i)))) continue;
    const key = tokens.folded(i);
    if (!surnames.has(key)) continue;
    taken[i] = 1;
    out.push({ type: 'PERSON', start: tokens.starts[i]!, end: tokens.ends[i]!, text: tokens.word(i), id: surnames.get(key) ?? null, value: null });
  }
  return out;
}

/**
 * Figures win over names they overlap (`US$2 billion` is a figure, not the
 * US), except a name that opens before the figure does: its number is the
 * name's own last word (`Group of Seven leaders`, `Nord Stream 2 pipelines`),
 * not a count. The result is flat and in text order.
 */
function withFigures(entities: readonly Entity[], figures: readonly Figure[]): Entity[] {
  const figureEntities: Entity[] = figures.map((f) => ({
    type: 'FIGURE', start: f.start, end: f.end, text: f.text, id: `figure:${f.canon}`, value: f.value,
  }));
  const outweighed = new Set<Entity>();
  const names: Entity[] = [];
  let f = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    while (f < figureEntities.length && figureEntities[f]!.end <= e.start) f += 1;
    // Figures come in order without overlaps: only the first one left can open at or before the name.
    if (f < figureEntities.length && figureEntities[f]!.start <= e.start) continue;
    for (let g = f; g < figureEntities.length && figureEntities[g]!.start < e.end; g += 1) outweighed.add(figureEntities[g]!);
    names.push(e);
  }
  return [...figureEntities.filter((fig) => !outweighed.has(fig)), ...names].sort((a, b) => a.start - b.start || b.end - a.end);
}
