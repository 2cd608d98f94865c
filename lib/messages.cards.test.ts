import { describe, expect, it } from 'vitest';
import { TO_BACKGROUND, TO_PAGE } from './messages';

const parseCardRequest = (x: unknown) => TO_BACKGROUND.card.request(x) ?? null;
const parsePageCommand = (x: unknown) => TO_PAGE.command.request(x) ?? null;
const parseCardReply = (x: unknown) => TO_BACKGROUND.card.reply(x)?.card ?? null;

describe('parseCardRequest', () => {
  it.each<[string, unknown, boolean]>([
    ['a request', { type: 'card', id: 'kyiv', text: 'Kyiv' }, true],
    ['a figure', { type: 'card', id: 'figure:100000 orang', text: '100.000 orang' }, true],
    ['no id', { type: 'card', id: null, text: 'Kyiv' }, false],
    ['an empty id', { type: 'card', id: '', text: 'Kyiv' }, false],
    ['a huge id', { type: 'card', id: 'x'.repeat(201), text: 'Kyiv' }, false],
    ['a huge text', { type: 'card', id: 'kyiv', text: 'x'.repeat(1001) }, false],
    ['another type', { type: 'status', id: 'kyiv', text: 'Kyiv' }, false],
    ['not an object', 'card', false],
  ])('%s', (_name, raw, ok) => {
    expect(parseCardRequest(raw) !== null).toBe(ok);
  });
});

describe('parsePageCommand', () => {
  it.each<[unknown, string | null]>([
    [{ type: 'command', command: 'toggle-marks' }, 'toggle-marks'],
    [{ type: 'command', command: 'next-mark' }, 'next-mark'],
    [{ type: 'command', command: 'delete-everything' }, null],
    [{ type: 'command' }, null],
    [{ type: 'reveal', command: 'next-mark' }, null],
    [null, null],
  ])('%j -> %s', (raw, command) => {
    expect(parsePageCommand(raw)?.command ?? null).toBe(command);
  });
});

describe('parseCardReply', () => {
  const card = {
    id: 'kyiv',
    kind: 'place',
    name: { en: 'Kyiv', id: 'Kyiv' },
    aliases: ['Kiev'],
    gloss: { en: 'Capital.', id: 'Ibu kota.' },
    source: 'seeds',
    mentions: [{ article: 0, count: 2 }, { article: 1, count: -1 }, 'x'],
    sentences: [{ article: 0, language: 'en', text: 'In Kyiv.' }, { article: 0, language: 'en', text: 7 }],
    related: ['lviv'],
  };

  it('keeps what the card shows, dropping broken mentions and sentences', () => {
    expect(parseCardReply({ card })).toEqual({
      ...card,
      aliases: [],
      related: [],
      mentions: [{ article: 0, count: 2 }],
      sentences: [{ article: 0, language: 'en', text: 'In Kyiv.' }],
    });
  });

  it('keeps the mark of a card made from the corpus alone', () => {
    expect(parseCardReply({ card: { ...card, source: 'corpus', curated: false } })?.curated).toBe(false);
    expect(parseCardReply({ card: { ...card, curated: 'yes' } })).not.toHaveProperty('curated');
  });

  it('keeps a figure’s renderings', () => {
    const figure = { value: 5, unit: 'km', rendered: { en: '5 km', id: '5 km' } };
    expect(parseCardReply({ card: { ...card, kind: 'figure', figure } })?.figure).toEqual(figure);
  });

  it.each<[string, unknown]>([
    ['no card', { card: null }],
    ['not an object', 'card'],
    ['an unknown kind', { card: { ...card, kind: 'weapon' } }],
    ['a name that is not text', { card: { ...card, name: { en: 1, id: 'Kyiv' } } }],
    ['no gloss', { card: { ...card, gloss: undefined } }],
  ])('%s -> null', (_name, raw) => {
    expect(parseCardReply(raw)).toBeNull();
  });
});

describe('a place card and the region map over the wire', () => {
  const reply = (x: unknown) => TO_BACKGROUND.card.reply(x)?.card ?? null;
  const base = { id: 'bakhmut', kind: 'place', name: { en: 'Bakhmut', id: 'Bakhmut' }, gloss: { en: 'g', id: 'g' }, source: 's', mentions: [], sentences: [] };

  it.each<[string, unknown, unknown]>([
    ['a point', [37.9989, 48.5942], [37.9989, 48.5942]],
    ['three numbers', [1, 2, 3], undefined],
    ['a latitude past the pole', [30, 91], undefined],
    ['strings', ['30', '50'], undefined],
  ])('keeps coords only when they are a point: %s', (_, coords, kept) => {
    expect(reply({ card: { ...base, coords, region: { en: 'Donetsk Oblast, Ukraine', id: 'Provinsi Donetsk, Ukraina' } } })?.coords).toEqual(kept);
  });

  it('accepts the shipped map and refuses a broken one', async () => {
    const shipped = (await import('../assets/region-map.json')).default;
    const check = (x: unknown) => TO_BACKGROUND['region-map'].reply(x);
    expect(check(shipped)).toEqual(shipped);
    expect(check({ ...shipped, frame: { west: 'x' } })).toBeNull();
    expect(check('a map')).toBeNull();
  });
});
