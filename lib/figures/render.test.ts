import { describe, expect, it } from 'vitest';
import { renderFigure } from './render';

describe('renderFigure', () => {
  it.each([
    // value, unit, English, Indonesian
    [100000, 'people', '100,000 people', '100.000 orang'],
    [4e6, null, '4 million', '4 juta'],
    [2e9, 'USD', 'US$2 billion', '2 miliar dolar AS'],
    [61e9, 'USD', 'US$61 billion', '61 miliar dolar AS'],
    [500e6, 'USD', 'US$500 million', '500 juta dolar AS'],
    [1.2e12, 'IDR', 'Rp1.2 trillion', 'Rp1,2 triliun'],
    [5e6, 'EUR', '€5 million', '5 juta euro'],
    [3e9, 'GBP', '£3 billion', '3 miliar pound sterling'],
    [2e9, 'UAH', '2 billion hryvnias', '2 miliar hryvnia'],
    [1e7, 'RUB', '10 million rubles', '10 juta rubel'],
    [6266, 'people', '6,266 people', '6.266 orang'],
    [74, 'km', '74 km', '74 km'],
    [1.9, 'mi', '1.9 miles', '1,9 mil'],
    [1, 'mi', '1 mile', '1 mil'],
    [20, '%', '20%', '20 persen'],
    [2.5, '%', '2.5%', '2,5 persen'],
    [10, 't', '10 tonnes', '10 ton'],
    [0.25, 'fraction', 'a quarter', 'seperempat'],
    [0.2, 'fraction', 'a fifth', 'seperlima'],
    [0.5, 'fraction', 'half', 'separuh'],
    [12, 'age', '12-year-old', '12 tahun'],
    [1, 'weeks', '1 week', '1 minggu'],
    [24, 'hours', '24 hours', '24 jam'],
    [25, 'civilians', '25 civilians', '25 warga sipil'],
    [15000, 'soldiers', '15,000 soldiers', '15.000 tentara'],
    [1234567, null, '1,234,567', '1.234.567'],
    [1.25e9, null, '1.25 billion', '1,25 miliar'],
    [45, 'ukrainians', '45 ukrainians', '45 ukrainians'],
    [3, 'constructor', '3 constructor', '3 constructor'],
  ] as const)('%d %s -> %s / %s', (value, unit, en, id) => {
    expect(renderFigure(value, unit, 'en')).toBe(en);
    expect(renderFigure(value, unit, 'id')).toBe(id);
  });

  it.each([[1e9], [7e9], [1e12]])('never writes the false friend biliun (%d)', (value) => {
    expect(renderFigure(value, null, 'id')).not.toMatch(/biliun/);
  });
});
