import { afterEach, describe, expect, it, vi } from 'vitest';
import glossaryJson from '../../assets/glossary.json';
import type { Glossary } from '../../lib/glossary/types';
import { COLD_START_MARKS } from './cold-start';
import { glossarySource } from './glossary-source';

const glossary = glossaryJson as Glossary;

afterEach(() => {
  vi.unstubAllGlobals();
  performance.clearMarks();
});

describe('glossarySource', () => {
  it('loads the glossary once, on first need, for the analyzer and the cards alike', async () => {
    const load = vi.fn(async () => glossary);
    const source = glossarySource(load);
    expect(load).not.toHaveBeenCalled();
    const [analyze, again, cardOf] = await Promise.all([source.analyzer(), source.analyzer(), source.cardOf()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(analyze).toBe(again);
    expect(analyze('Pasukan Rusia menyerang Kharkiv.').entities.map((e) => e.id)).toContain('kharkiv');
    expect(cardOf('kyiv', 'Kyiv')?.name.en).toBe('Kyiv');
    expect([COLD_START_MARKS.glossary, COLD_START_MARKS.analyzer].map((name) => performance.getEntriesByName(name).length)).toEqual([1, 1]);
  });

  it('tries again after a failed load', async () => {
    const load = vi.fn<() => Promise<Glossary>>().mockRejectedValueOnce(new Error('gone')).mockResolvedValue(glossary);
    const source = glossarySource(load);
    await expect(source.analyzer()).rejects.toThrow('gone');
    expect((await source.cardOf())('kyiv', 'Kyiv')?.id).toBe('kyiv');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
