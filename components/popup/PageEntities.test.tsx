// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageEntity } from '../../lib/messages';
import { buildSearchIndex } from '../../lib/search';
import { sampleGlossary } from '../../lib/search/fixtures';
import { I18nProvider } from '../shared/i18n';
import { PageEntities } from './PageEntities';
import type { Lang } from '../../lib/types';

afterEach(cleanup);

const { byId } = buildSearchIndex(sampleGlossary());
const entities: PageEntity[] = [
  { type: 'PLACE', id: 'russia', text: 'Rusia', count: 3 },
  { type: 'PERSON', id: 'volodymyr_zelensky', text: 'Zelenskyy', count: 2 },
  { type: 'PLACE', id: 'kyiv', text: 'Kiev', count: 1 },
  { type: 'PERSON', id: null, text: 'Oleksandr Syrskyi', count: 1 },
];

function show(lang: Lang = 'en', answers = true) {
  const onReveal = vi.fn(async () => answers);
  const onOpenCard = vi.fn();
  render(
    <I18nProvider lang={lang}>
      <PageEntities entities={entities} byId={byId} onReveal={onReveal} onOpenCard={onOpenCard} />
    </I18nProvider>,
  );
  return { onReveal, onOpenCard };
}

describe('PageEntities', () => {
  it.each<['en' | 'id', string[], string[]]>([
    ['en', ['People (2 names)', 'Places (2 names)'], ['Volodymyr Zelensky', 'Oleksandr Syrskyi', 'Russia', 'Kyiv']],
    ['id', ['Tokoh (2 nama)', 'Tempat (2 nama)'], ['Volodymyr Zelensky', 'Oleksandr Syrskyi', 'Rusia', 'Kyiv']],
  ])('groups by kind with counts, names in %s', (lang, headings, names) => {
    show(lang);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(headings);
    expect([...document.querySelectorAll('.entity-name')].map((el) => el.textContent)).toEqual(names);
  });

  it('asks for the next mention each time, wrapping around', async () => {
    const { onReveal } = show();
    const russia = screen.getByRole('button', { name: 'Russia ×3', description: 'Shows the next mention on the page' });
    for (let i = 0; i < 4; i++) fireEvent.click(russia);
    await waitFor(() => expect(onReveal).toHaveBeenCalledTimes(4));
    expect(onReveal.mock.calls.map((call) => (call as unknown[])[1])).toEqual([0, 1, 2, 0]);
    expect((onReveal.mock.calls[0] as unknown[])[0]).toEqual(entities[0]);
  });

  it('opens the card of a known entity; a name without a card has no card button', () => {
    const { onOpenCard } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Open the card for Kyiv' }));
    expect(onOpenCard).toHaveBeenCalledWith('kyiv');
    expect(screen.queryByRole('button', { name: 'Open the card for Oleksandr Syrskyi' })).toBeNull();
  });

  it('says so when the page does not answer', async () => {
    show('en', false);
    fireEvent.click(screen.getByRole('button', { name: 'Kyiv ×1' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The page did not answer.');
  });
});
