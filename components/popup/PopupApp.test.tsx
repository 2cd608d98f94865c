// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageStateReply } from '../../lib/messages';
import { largeGlossary, sampleGlossary } from '../../lib/search/fixtures';
import { defaultSettings } from '../../lib/settings';
import { fakePlatform } from '../shared/fake-platform';
import { OptionsApp } from '../options/OptionsApp';
import { PopupApp } from './PopupApp';
import type { Lang } from '../../lib/types';

afterEach(cleanup);

const warStatus = {
  url: 'https://www.bbc.com/news/1',
  war: true,
  language: { code: 'en' as const, confidence: 0.97 },
  coverage: { war: true, score: 1234.5, evidence: ['"Kyiv" x3'] },
  marks: 12,
  marksByType: { PERSON: 4, PLACE: 8 },
  entities: [{ type: 'PERSON' as const, id: 'volodymyr_zelensky', text: 'Zelenskyy', count: 4 }],
};

describe('PopupApp', () => {
  it.each<[Lang, string, string, string]>([
    ['en', 'This page', '1,207 cards', '1,234.5'],
    ['id', 'Halaman ini', '1.207 kartu', '1.234,5'],
  ])('speaks %s: strings and number formats', async (lang, tabName, count, score) => {
    const platform = fakePlatform({ stored: defaultSettings(lang), status: warStatus, glossary: largeGlossary(1200) });
    render(<PopupApp platform={platform} />);
    expect(await screen.findByRole('tab', { name: tabName })).toBeTruthy();
    expect(await screen.findByText(score)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('tab')[1]!);
    expect(await screen.findByText(count)).toBeTruthy();
    expect(document.documentElement.lang).toBe(lang);
  });

  it('switches the whole interface with the toggle, stores it, and every open view follows', async () => {
    const platform = fakePlatform({ stored: defaultSettings('en'), status: warStatus, glossary: sampleGlossary() });
    render(
      <>
        <PopupApp platform={platform} />
        <OptionsApp platform={platform} />
      </>,
    );
    await screen.findByRole('tab', { name: 'This page' });
    expect(screen.getByText('Sorot settings')).toBeTruthy();
    const [idButton] = screen.getAllByRole('button', { name: 'ID – Bahasa Indonesia' });
    expect(idButton!.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(idButton!);
    expect(await screen.findByRole('tab', { name: 'Halaman ini' })).toBeTruthy();
    expect(await screen.findByText('Pengaturan Sorot')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'ID – Bahasa Indonesia' }).map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'true']);
    expect((platform.stored as { language: string }).language).toBe('id');
    expect(screen.queryByText('This page')).toBeNull();
  });

  it('opens a card from "On this page" and goes back to the list', async () => {
    const platform = fakePlatform({ status: warStatus, glossary: sampleGlossary() });
    render(<PopupApp platform={platform} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the card for Volodymyr Zelensky' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Volodymyr Zelensky' })).toBeTruthy();
    expect(screen.getByText('On this page', { selector: '.badge' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kyiv' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Kyiv' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Volodymyr Zelensky' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    const list = await screen.findByRole('listbox');
    await waitFor(() => expect(document.activeElement).toBe(list));
  });

  it('asks the background to mark a page that was not judged war coverage', async () => {
    const platform = fakePlatform({ status: { ...warStatus, war: false, entities: [], marksByType: {}, marks: 0 }, glossary: sampleGlossary() });
    render(<PopupApp platform={platform} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Mark this page anyway' }));
    await waitFor(() =>
      expect(platform.sent).toEqual([
        { tabId: 7, message: { type: 'page-state' } },
        { tabId: 7, message: { type: 'mark-anyway', tabId: 7 } },
      ]),
    );
    expect((screen.getByRole('button', { name: 'Marking this page…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it.each<[Lang, PageStateReply, string]>([
    ['en', { state: 'idle' }, 'Sorot took a quick look: this page does not read as war coverage, so it leaves it alone.'],
    ['id', { state: 'too-large', elements: 100000 }, 'Halaman ini sangat besar (100.000 elemen): Sorot tidak menandainya agar halaman tetap cepat.'],
    ['en', { state: 'off' }, 'Sorot is not reading this page.'],
  ])('in %s, asks a page the background knows nothing of (%j) and can mark it anyway', async (lang, pageState, sentence) => {
    const platform = fakePlatform({ stored: defaultSettings(lang), status: null, pageState, glossary: sampleGlossary() });
    render(<PopupApp platform={platform} />);
    expect((await screen.findByText(sentence)).getAttribute('role')).toBe('status');
    fireEvent.click(screen.getByRole('button', { name: lang === 'en' ? 'Mark this page anyway' : 'Tetap tandai halaman ini' }));
    await waitFor(() =>
      expect(platform.sent).toEqual([
        { tabId: 7, message: { type: 'page-state' } },
        { tabId: 7, message: { type: 'mark-anyway', tabId: 7 } },
      ]),
    );
  });

  it('says a page is being read, never "not war coverage", until the last mark lands, and its counts grow', async () => {
    let page: PageStateReply = { state: 'reading', marks: 0, progress: 0 };
    const platform = fakePlatform({ status: null, glossary: sampleGlossary() });
    platform.pageState = async () => page;
    render(<PopupApp platform={platform} />);
    expect(await screen.findByText('Sorot is reading this page…')).toBeTruthy();
    expect(screen.getByText('0 marks placed so far')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark this page anyway' })).toBeNull();
    // The analysis answered and marks are landing: the background reports the counts so far.
    page = { state: 'reading', marks: 40, progress: 0.5 };
    platform.tabStatus = async () => ({ ...warStatus, marks: 40 });
    expect(await screen.findByText('40 marks placed so far, 50% of the page')).toBeTruthy();
    expect(screen.queryByText('Not war coverage: Sorot leaves this page alone.')).toBeNull();
    page = { state: 'war', marks: 80 };
    platform.tabStatus = async () => ({ ...warStatus, marks: 80 });
    expect(await screen.findByText('War coverage: Sorot marks this page.')).toBeTruthy();
    expect(screen.getByText('80 marks')).toBeTruthy();
  });

  it('says so when the glossary is missing', async () => {
    render(<PopupApp platform={fakePlatform({ glossary: null })} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Glossary' }));
    expect(await screen.findByText('The glossary is not available in this build.')).toBeTruthy();
  });

  it('moves between tabs with the arrow keys', async () => {
    render(<PopupApp platform={fakePlatform({ glossary: sampleGlossary() })} />);
    const pageTab = await screen.findByRole('tab', { name: 'This page' });
    fireEvent.keyDown(pageTab, { key: 'ArrowRight' });
    const glossaryTab = screen.getByRole('tab', { name: 'Glossary' });
    expect(glossaryTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(glossaryTab);
    expect(screen.getByRole('tabpanel', { name: 'Glossary' })).toBeTruthy();
  });
});
