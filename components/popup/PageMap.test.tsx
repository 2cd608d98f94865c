// @vitest-environment happy-dom
// The popup map over the shipped glossary's real points: dots for the page's
// places, linked to their rows, keyboard reachable, named in both languages.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import shipped from '../../assets/glossary.json';
import type { Card, Glossary } from '../../lib/glossary/types';
import type { PageEntity } from '../../lib/messages';
import { I18nProvider } from '../shared/i18n';
import { PageEntities } from './PageEntities';

afterEach(cleanup);

const byId = new Map<string, Card>((shipped as unknown as Glossary).cards.map((c) => [c.id, c]));
const entities: PageEntity[] = [
  { type: 'PLACE', id: 'bakhmut', text: 'Bakhmut', count: 9 },
  { type: 'PLACE', id: 'kyiv', text: 'Kiev', count: 1 },
  { type: 'PLACE', id: 'washington', text: 'Washington', count: 2 },
  { type: 'PLACE', id: null, text: 'Novoselivka', count: 1 },
  { type: 'PERSON', id: 'volodymyr_zelensky', text: 'Zelensky', count: 3 },
];

function show(lang: 'en' | 'id' = 'en') {
  const onReveal = vi.fn(async () => true);
  render(
    <I18nProvider lang={lang}>
      <PageEntities entities={entities} byId={byId} onReveal={onReveal} onOpenCard={() => undefined} />
    </I18nProvider>,
  );
  return { onReveal };
}

/** The map's dot of that name (its row in the list is a button of a similar name). */
const dot = (name: RegExp) => screen.getAllByRole('button', { name }).find((el) => el.tagName.toLowerCase() === 'circle')!;
const row = (key: string) => document.querySelector(`li[data-key="${key}"]`)!;

describe('PageMap', () => {
  it.each([
    ['en', /^Bakhmut, mentioned 9 times$/, /^Kyiv, mentioned once$/, '2 places on the map; the list below names every place. 2 more lie outside it.', 'Black Sea'],
    ['id', /^Bakhmut, disebut 9 kali$/, /^Kyiv, disebut 1 kali$/, '2 tempat di peta; daftar di bawah memuat semua tempat. 2 lagi berada di luar peta.', 'Laut Hitam'],
  ] as const)('in %s: a dot for each place on the map, named with its mentions; the rest counted', (lang, bakhmut, kyiv, caption, sea) => {
    show(lang);
    expect(dot(bakhmut).tagName.toLowerCase()).toBe('circle');
    expect(dot(kyiv).getAttribute('tabindex')).toBe('0');
    expect(document.querySelectorAll('circle.dot')).toHaveLength(2);
    expect(document.querySelector('figcaption')!.textContent).toBe(caption);
    expect([...document.querySelectorAll('svg text')].map((t) => t.textContent)).toContain(sea);
  });

  it('sizes a dot by its mentions', () => {
    show();
    expect(Number(dot(/^Bakhmut/).getAttribute('r'))).toBeGreaterThan(Number(dot(/^Kyiv/).getAttribute('r')));
  });

  it('lights the row of the dot under the pointer or focus, and the dot of the row', () => {
    show();
    fireEvent.mouseEnter(dot(/^Bakhmut/));
    expect(row('PLACE:bakhmut').classList.contains('active')).toBe(true);
    fireEvent.mouseLeave(dot(/^Bakhmut/));
    expect(row('PLACE:bakhmut').classList.contains('active')).toBe(false);
    fireEvent.focus(screen.getByRole('button', { name: 'Kyiv ×1' }));
    expect(dot(/^Kyiv/).classList.contains('active')).toBe(true);
    expect(dot(/^Bakhmut/).classList.contains('active')).toBe(false);
  });

  it('shows the next mention on Enter, Space or a click, as the row does', async () => {
    const { onReveal } = show();
    fireEvent.keyDown(dot(/^Bakhmut/), { key: 'Enter' });
    fireEvent.keyDown(dot(/^Bakhmut/), { key: ' ' });
    fireEvent.click(dot(/^Bakhmut/));
    fireEvent.keyDown(dot(/^Bakhmut/), { key: 'a' });
    await waitFor(() => expect(onReveal).toHaveBeenCalledTimes(3));
    expect(onReveal.mock.calls.map((c) => [(c as unknown[])[0], (c as unknown[])[1]])).toEqual([
      [entities[0], 0],
      [entities[0], 1],
      [entities[0], 2],
    ]);
  });

  it('draws no map for a page without places on it', () => {
    render(
      <I18nProvider lang="en">
        <PageEntities entities={[entities[4]!]} byId={byId} onReveal={async () => true} onOpenCard={() => undefined} />
      </I18nProvider>,
    );
    expect(document.querySelector('svg.map')).toBeNull();
  });
});
