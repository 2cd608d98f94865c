// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Card } from '../../lib/glossary/types';
import { buildSearchIndex } from '../../lib/search';
import { sampleGlossary } from '../../lib/search/fixtures';
import { CardView } from './CardView';
import { I18nProvider } from '../shared/i18n';
import type { Lang } from '../../lib/types';

afterEach(cleanup);

const glossary = sampleGlossary();
const { byId } = buildSearchIndex(glossary);

function show(id: string, lang: Lang = 'en', onPage = false) {
  const onOpen = vi.fn();
  const onBack = vi.fn();
  render(
    <I18nProvider lang={lang}>
      <CardView card={byId.get(id) as Card} glossary={glossary} byId={byId} onPage={onPage} onOpen={onOpen} onBack={onBack} />
    </I18nProvider>,
  );
  return { onOpen, onBack, text: document.body.textContent ?? '' };
}

describe('CardView', () => {
  it.each<[Lang, string, string, string]>([
    ['en', 'Russia', 'Country that invaded Ukraine in 2022.', 'Place'],
    ['id', 'Rusia', 'Negara yang menginvasi Ukraina pada 2022.', 'Tempat'],
  ])('in %s shows the name, gloss and kind in that language, and both names', (lang, title, gloss, kind) => {
    const { text } = show('russia', lang);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(title);
    expect(text).toContain(gloss);
    expect(text).toContain(kind);
    const names = [...document.querySelectorAll('.card-names dd')].map((dd) => [dd.getAttribute('lang'), dd.textContent]);
    expect(names).toEqual([
      ['en', 'Russia'],
      ['id', 'Rusia'],
    ]);
  });

  it('shows a figure written both ways', () => {
    show('figure_100000_people', 'id');
    const values = [...document.querySelectorAll('.card-names dd')].map((dd) => dd.textContent);
    expect(values).toEqual(['100,000 people', '100.000 orang', '100,000 people', '100.000 orang']);
    expect(screen.getByRole('heading', { level: 3, name: 'Dua cara penulisan' })).toBeTruthy();
  });

  it('tells how often and where the corpus mentions it, with at most three sentences', () => {
    const { text } = show('volodymyr_zelensky');
    expect(text).toContain('Mentioned 6 times in 2 articles.');
    expect(text).toContain('“Zelensky visits the front”: 4 times');
    expect(text).toContain('“Pengungsi Ukraina bertambah”: 2 times');
    expect(document.querySelectorAll('blockquote')).toHaveLength(3);
    expect(text).toContain('“Pengungsi Ukraina bertambah”, in Indonesian');
    expect(document.querySelector('blockquote')!.getAttribute('lang')).toBe('en');
  });

  it.each<[Lang, string]>([
    ['en', 'Mentioned once in 1 article.'],
    ['id', 'Disebut 1 kali dalam 1 artikel.'],
  ])('uses singular forms in %s', (lang, sentence) => {
    expect(show('un', lang).text).toContain(sentence);
  });

  it.each<[Lang, string]>([
    ['en', 'from the corpus'],
    ['id', 'dari korpus'],
  ])('in %s says quietly that a card was made from the corpus alone, and shows no empty gloss', (lang, label) => {
    const made: Card = {
      id: 'corpus:nina_marchenko', kind: 'person', name: { en: 'Nina Marchenko', id: 'Nina Marchenko' }, aliases: ['Marchenko'],
      gloss: { en: '', id: '' }, source: 'corpus', curated: false, mentions: [{ article: 0, count: 2 }], sentences: [], related: [],
    };
    render(
      <I18nProvider lang={lang}>
        <CardView card={made} glossary={glossary} byId={byId} onPage={false} onOpen={vi.fn()} onBack={vi.fn()} />
      </I18nProvider>,
    );
    expect(document.querySelector('.card-meta .from-corpus')?.textContent).toBe(label);
    expect(document.querySelector('.gloss')).toBeNull();
  });

  it('gives curated cards no corpus label', () => {
    show('russia');
    expect(document.querySelector('.from-corpus')).toBeNull();
  });

  it('says a card with no mentions is not in the corpus yet', () => {
    expect(show('zaporizhzhia').text).toContain('Not in the corpus yet.');
    cleanup();
    expect(show('zaporizhzhia', 'id').text).toContain('Belum ada di korpus.');
  });

  it('links related cards that exist, and opens them', () => {
    const { onOpen } = show('volodymyr_zelensky', 'id');
    const related = screen.getByRole('heading', { name: 'Terkait' }).nextElementSibling!;
    expect([...related.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Kyiv', 'Rusia']);
    fireEvent.click(screen.getByRole('button', { name: 'Rusia' }));
    expect(onOpen).toHaveBeenCalledWith('russia');
  });

  it('says when the card is on the current page, and goes back', () => {
    const { onBack } = show('kyiv', 'en', true);
    expect(screen.getByText('On this page')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(onBack).toHaveBeenCalled();
  });

  it('puts focus on the card name when it opens', () => {
    show('kyiv');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });
});
