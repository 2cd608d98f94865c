import { describe, expect, it } from 'vitest';
import { nameKey } from './name-key';

describe('nameKey', () => {
  it.each([
    ['Avdiivka', 'Avdiyivka'],
    ['Zaporizhzhia', 'Zaporizhzhya'],
    ['Mykolaiv', 'Mykolayiv'],
    ['Kostiantynivka', 'Kostyantynivka'],
    ['Vovchans’k', 'Vovchansk'],
    ['Chișinău', 'Chisinau'],
    ['Khmelnytskyi', 'Khmelnytskyy'],
    ['Bilhorod-Dnistrovskyi', 'Bilhorod Dnistrovskyi'],
  ])('%s and %s share a key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Kharkiv', 'Kherson'],
    ['Sumy', 'Sudzha'],
    ['Lviv', 'Lutsk'],
    ['Kyiv', 'Kiyv Oblast'],
  ])('%s and %s stay apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});
