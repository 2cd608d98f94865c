import { describe, expect, it } from 'vitest';
import { isAllCaps, isCapitalised, separator, startsWithDigit } from './tokens';
import { tokenize } from './token-table';
import { fold } from './fold';

describe('tokenize', () => {
  it.each([
    ['plain words', 'Kyiv dan Rusia', ['Kyiv', 'dan', 'Rusia']],
    ['possessive splits', 'Zelensky’s office', ['Zelensky', 's', 'office']],
    ['hyphen splits', 'Rostov-on-Don', ['Rostov', 'on', 'Don']],
    ['digits are words', '100.000 orang', ['100', '000', 'orang']],
    ['diacritics and combining marks stay in', 'Lwów Kyi\u0301v', ['Lwów', 'Kyi\u0301v']],
    ['Cyrillic', 'Київ і Харків', ['Київ', 'і', 'Харків']],
    ['astral letters', '𝐀𝐁 x', ['𝐀𝐁', 'x']],
    ['emoji and lone surrogates split', 'a😀b\uD800c\uDC00d', ['a', 'b', 'c', 'd']],
    ['NUL splits', 'Kyiv\u0000Rusia', ['Kyiv', 'Rusia']],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(expected);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('separator', () => {
  it.each([
    ['one space', 'a b', ' '],
    ['many spaces and a tab', 'a  \t b', ' '],
    ['line break', 'a \n b', '\n'],
    ['hyphen', 'a-b', '-'],
    ['dot and space', 'a. b', '.'],
  ])('%s', (_name, text, expected) => {
    const [a, b] = tokenize(text);
    expect(separator(text, a!.end, b!.start)).toBe(expected);
  });
});

describe('word shapes', () => {
  it.each([
    ['Kyiv', true, false, false],
    ['KYIV', true, true, false],
    ['Ängelholm', true, false, false],
    ['kyiv', false, false, false],
    ['2014', false, false, true],
    ['A', true, false, false],
  ])('%s', (word, capitalised, allCaps, digit) => {
    expect(isCapitalised(word)).toBe(capitalised);
    expect(isAllCaps(word)).toBe(allCaps);
    expect(startsWithDigit(word)).toBe(digit);
  });

  it.each([
    ['Zelenskyy', 'zelenskyy'],
    ['ZELENSKYÝ', 'zelenskyy'],
    ['Lwów', 'lwow'],
    ['Kyi\u0301v', 'kyiv'],
  ])('fold(%s) = %s', (word, folded) => {
    expect(fold(word)).toBe(folded);
  });
});
