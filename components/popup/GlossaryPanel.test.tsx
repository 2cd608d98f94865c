// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Glossary } from '../../lib/glossary/types';
import { buildSearchIndex } from '../../lib/search';
import { largeGlossary, sampleGlossary } from '../../lib/search/fixtures';
import { EMPTY_FILTER, GlossaryPanel, type GlossaryFilter } from './GlossaryPanel';
import { I18nProvider } from '../shared/i18n';
import type { Lang } from '../../lib/types';

afterEach(cleanup);

function Harness({ glossary, lang, onOpen }: { glossary: Glossary; lang: Lang; onOpen: (id: string) => void }) {
  const [filter, setFilter] = useState<GlossaryFilter>(EMPTY_FILTER);
  return (
    <I18nProvider lang={lang}>
      <GlossaryPanel index={buildSearchIndex(glossary)} filter={filter} onFilter={setFilter} onOpen={onOpen} onPage={new Set(['kyiv'])} />
    </I18nProvider>
  );
}

const names = () => [...document.querySelectorAll('.card-row-name')].map((el) => el.textContent);

function setup(lang: Lang = 'en', glossary = sampleGlossary()) {
  const onOpen = vi.fn();
  render(<Harness glossary={glossary} lang={lang} onOpen={onOpen} />);
  const type = (text: string) => fireEvent.input(screen.getByRole('searchbox'), { target: { value: text } });
  return { onOpen, type };
}

describe('GlossaryPanel', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Zelenskyy', 'Volodymyr Zelensky'],
    ['en', 'Rusia', 'Russia'],
    ['id', 'russia', 'Rusia'],
    ['en', 'pengungsi', 'refugees'],
    ['id', 'refugees', 'pengungsi'],
    ['en', 'ZAPORÍŽŽJA', 'Zaporizhzhia'],
    ['en', 'kiev', 'Kyiv'],
    ['id', 'pbb', 'Perserikatan Bangsa-Bangsa'],
  ])('in %s, typing %j finds %s first', (lang, text, name) => {
    const { type } = setup(lang);
    type(text);
    expect(names()[0]).toBe(name);
  });

  it('has a search landmark and labelled controls', () => {
    setup();
    expect(screen.getByRole('search', { name: 'Search the glossary' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search the glossary' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Kind' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toBeTruthy();
    expect(screen.getByRole('listbox', { name: 'Glossary cards' })).toBeTruthy();
  });

  it('filters by kind and sorts by name or mentions', () => {
    setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'place' } });
    expect(names()).toEqual(['Russia', 'Kyiv', 'Zaporizhzhia']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'name' } });
    expect(names()).toEqual(['Kyiv', 'Russia', 'Zaporizhzhia']);
    expect(screen.getByRole('status').textContent).toBe('3 cards');
  });

  it('tells a card with no mentions and a card on the page apart', () => {
    setup();
    const row = (name: string) => screen.getByText(name, { selector: '.card-row-name' }).closest('[role="option"]')!;
    expect(row('Zaporizhzhia').textContent).toContain('not in corpus yet');
    expect(row('Kyiv').textContent).toContain('on page');
    expect(row('Russia').textContent).toContain('17 mentions');
  });

  it('says so when nothing matches', () => {
    const { type } = setup('id');
    type('Gaza');
    expect(screen.getByText(/Tidak ada kartu yang cocok/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('0 kartu');
  });

  it('renders only the visible window of 5,000 cards and opens with the keyboard', () => {
    const { onOpen } = setup('en', largeGlossary(5000));
    expect(screen.getByRole('status').textContent).toBe('5,007 cards');
    const list = screen.getByRole('listbox');
    const rendered = within(list).getAllByRole('option');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0]!.getAttribute('aria-setsize')).toBe('5007');
    fireEvent.keyDown(list, { key: 'End' });
    expect(list.getAttribute('aria-activedescendant')).toBe('glossary-list-5006');
    expect(document.getElementById('glossary-list-5006')).toBeTruthy();
    expect(document.getElementById('glossary-list-0')).toBeNull();
    expect(within(list).getAllByRole('option').length).toBeLessThan(40);
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledTimes(1);
    // Sorted by mentions, then name: the last card has no mentions and the last name.
    expect(onOpen).toHaveBeenCalledWith('zaporizhzhia');
  });
});
