// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageStateReply, TabStatus } from '../../lib/messages';
import { defaultSettings, type Settings } from '../../lib/settings';
import { I18nProvider } from '../shared/i18n';
import { PageStatus, type StatusState } from './PageStatus';
import type { Lang } from '../../lib/types';

afterEach(cleanup);

const war: TabStatus = {
  url: 'https://www.kompas.com/global/read/1',
  war: true,
  language: { code: 'id', confidence: 0.92 },
  coverage: { war: true, score: 7.25, evidence: ['"Kyiv" x3', '"invasi"'] },
  marks: 1,
  marksByType: { PERSON: 3, PLACE: 1200 },
};
const notWar: TabStatus = { ...war, war: false, coverage: { war: false, score: 0.5, evidence: [] }, marks: 0, marksByType: {} };
const tab = { id: 3, url: war.url };

function show(state: StatusState, lang: Lang = 'en', settings: Settings = defaultSettings(lang), markRequested = false) {
  const onMarkAnyway = vi.fn();
  const onNever = vi.fn();
  render(
    <I18nProvider lang={lang}>
      <PageStatus state={state} settings={settings} markRequested={markRequested} onMarkAnyway={onMarkAnyway} onNever={onNever} />
    </I18nProvider>,
  );
  return { onMarkAnyway, onNever, text: document.body.textContent ?? '' };
}

describe('PageStatus', () => {
  it.each<['en' | 'id', string[]]>([
    // Marks by kind say they count marks (the list of names below counts names).
    ['en', ['War coverage: Sorot marks this page.', 'Indonesian (92% sure)', '7.25', '1 mark', 'People: 3 marks', 'Places: 1,200 marks', '"invasi"']],
    ['id', ['Berita perang: Sorot menandai halaman ini.', 'bahasa Indonesia (keyakinan 92%)', '7,25', '1 tanda', 'Tokoh: 3 tanda', 'Tempat: 1.200 tanda']],
  ])('war coverage, in %s', (lang, expected) => {
    const { text } = show({ kind: 'ready', tab, status: war }, lang);
    for (const part of expected) expect(text).toContain(part);
    expect(screen.queryByRole('button', { name: /anyway|Tetap/ })).toBeNull();
  });

  it('offers to mark a page that is not war coverage, and to turn the site off', () => {
    const { onMarkAnyway, onNever, text } = show({ kind: 'ready', tab, status: notWar });
    expect(text).toContain('Not war coverage');
    expect(text).toContain('0 marks');
    fireEvent.click(screen.getByRole('button', { name: 'Mark this page anyway' }));
    expect(onMarkAnyway).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Never on this site' }));
    expect(onNever).toHaveBeenCalledWith('kompas.com', true);
  });

  // Malay war coverage: the background says war false, language ms (lib/coverage/page-verdict.ts).
  const malay: TabStatus = {
    ...notWar,
    language: { code: 'ms', confidence: 0.93 },
    coverage: { war: false, score: 4.61, evidence: ['language: ms, not read unless the reader asks', '"Kharkiv" x3'] },
  };
  it.each<[string, Lang, TabStatus, string, string | null, string | null]>([
    ['a Malay page', 'en', malay, 'Written in Malay: Sorot marks war coverage in English and Indonesian, and leaves this page alone unless you ask.', 'Malay is read by the Indonesian rules', 'Mark anyway, read as Indonesian'],
    ['a Malay page', 'id', malay, 'Ditulis dalam bahasa Melayu: Sorot menandai berita perang berbahasa Inggris dan Indonesia', 'Bahasa Melayu dibaca dengan aturan bahasa Indonesia', 'Tetap tandai, baca sebagai bahasa Indonesia'],
    ['a Malay page marked on request', 'en', { ...malay, marks: 5, marksByType: { PLACE: 5 } }, 'Written in Malay: marked at your request.', 'Malay is read by the Indonesian rules', null],
    ['a Malay page marked on request', 'id', { ...malay, marks: 5, marksByType: { PLACE: 5 } }, 'Ditulis dalam bahasa Melayu: ditandai atas permintaan Anda.', 'aturan bahasa Indonesia', null],
    ['a page in another language', 'en', { ...malay, language: { code: 'other', confidence: 0.6 } }, 'Written in another language: Sorot marks', null, 'Mark this page anyway'],
  ])('%s, in %s: named, and "mark anyway" offered by the rules it would be read by', (_name, lang, status, verdict, rules, button) => {
    const { onMarkAnyway, text } = show({ kind: 'ready', tab, status }, lang);
    expect(screen.getByRole('status').textContent).toContain(verdict);
    expect(text).not.toMatch(/Not war coverage|Bukan berita perang/);
    if (rules) expect(text).toContain(rules);
    else expect(text).not.toMatch(/Indonesian rules|aturan bahasa Indonesia/);
    const mark = screen.queryByRole('button', { name: /anyway|Tetap/ });
    if (!button) return expect(mark).toBeNull();
    expect(mark?.textContent).toBe(button);
    fireEvent.click(mark!);
    expect(onMarkAnyway).toHaveBeenCalled();
  });

  it('on a site turned off, says so and offers to turn it back on', () => {
    const settings = { ...defaultSettings('en'), sites: { never: ['kompas.com'], always: [] } };
    const { onNever, text } = show({ kind: 'ready', tab, status: notWar }, 'en', settings);
    expect(text).toContain('Sorot is off on kompas.com.');
    expect(screen.queryByRole('button', { name: 'Mark this page anyway' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back on for this site' }));
    expect(onNever).toHaveBeenCalledWith('kompas.com', false);
  });

  it.each<[string, StatusState, string]>([
    ['a browser page', { kind: 'ready', tab: { id: 1, url: 'chrome://extensions/' }, status: null }, 'Sorot cannot run on this page.'],
    ['the web store', { kind: 'ready', tab: { id: 1, url: 'https://chromewebstore.google.com/x' }, status: null }, 'Sorot cannot run on this page.'],
    ['a local file', { kind: 'ready', tab: { id: 1, url: 'file:///tmp/a.html' }, status: null }, 'Sorot cannot run on this page.'],
    ['no tab at all', { kind: 'ready', tab: null, status: null }, 'Sorot cannot run on this page.'],
    ['a page never read, address unknown', { kind: 'ready', tab: { id: 1 }, status: null }, 'Sorot has not read this page.'],
    ['a web page never read', { kind: 'ready', tab: { id: 1, url: 'https://a.com/' }, status: null }, 'Sorot has not read this page.'],
    ['still loading', { kind: 'loading' }, 'Looking at this page…'],
  ])('%s', (_name, state, sentence) => {
    show(state);
    expect(screen.getByRole('status').textContent).toContain(sentence);
    expect(screen.queryByRole('button', { name: 'Mark this page anyway' })).toBeNull();
  });

  it('cannot-run page in Indonesian', () => {
    show({ kind: 'ready', tab: { id: 1, url: 'about:blank' }, status: null }, 'id');
    expect(screen.getByRole('status').textContent).toContain('Sorot tidak dapat berjalan di halaman ini.');
  });

  describe('a page the content script left alone (no status from the background)', () => {
    const leftAlone = (page: PageStateReply | null): StatusState => ({ kind: 'ready', tab, status: null, page });
    const markName = { en: 'Mark this page anyway', id: 'Tetap tandai halaman ini' };

    it.each<[string, Lang, PageStateReply | null, string, boolean]>([
      ['idle', 'en', { state: 'idle' }, 'Sorot took a quick look: this page does not read as war coverage, so it leaves it alone.', true],
      ['idle', 'id', { state: 'idle' }, 'Sorot sudah memeriksa sekilas: halaman ini tidak terlihat seperti berita perang', true],
      ['too large', 'en', { state: 'too-large', elements: 123456 }, 'This page is very large (123,456 elements): Sorot left it alone so it stays fast.', true],
      ['too large', 'id', { state: 'too-large', elements: 100000 }, 'Halaman ini sangat besar (100.000 elemen)', true],
      ['too large, count unknown', 'en', { state: 'too-large' }, 'This page is very large: Sorot left it alone so it stays fast.', true],
      ['off (language or toggled)', 'en', { state: 'off' }, 'Sorot is not reading this page.', true],
      ['off (language or toggled)', 'id', { state: 'off' }, 'Sorot tidak membaca halaman ini.', true],
      ['off for its language', 'en', { state: 'off', reason: 'language' }, 'a language Sorot does not read', true],
      ['off for its language', 'id', { state: 'off', reason: 'language' }, 'bahasa yang tidak dibaca Sorot', true],
      ['toggled off by the reader', 'en', { state: 'off', reason: 'toggled' }, 'press it again to bring them back', false],
      ['toggled off by the reader', 'id', { state: 'off', reason: 'toggled' }, 'tekan sekali lagi untuk menampilkannya kembali', false],
      ['war, before the background heard', 'en', { state: 'war' }, 'Sorot is reading this page…', false],
      ['no content script', 'en', null, 'Sorot has not read this page.', false],
    ])('%s, in %s', (_name, lang, page, sentence, markable) => {
      show(leftAlone(page), lang);
      // The verdict is the status line; the reason, where there is one, follows it.
      expect(screen.getByRole('status').parentElement?.textContent).toContain(sentence);
      expect(screen.queryByRole('button', { name: markName[lang] }) !== null).toBe(markable);
      // The site switch is there in every case.
      expect(screen.getByRole('button', { name: lang === 'en' ? 'Never on this site' : 'Matikan di situs ini' })).toBeTruthy();
    });

    it.each<PageStateReply>([{ state: 'idle' }, { state: 'too-large', elements: 90000 }, { state: 'off' }])(
      'marks anyway from %j, and turns the site off',
      (page) => {
        const { onMarkAnyway, onNever } = show(leftAlone(page));
        fireEvent.click(screen.getByRole('button', { name: 'Mark this page anyway' }));
        expect(onMarkAnyway).toHaveBeenCalledTimes(1);
        fireEvent.click(screen.getByRole('button', { name: 'Never on this site' }));
        expect(onNever).toHaveBeenCalledWith('kompas.com', true);
      },
    );

    // The tab's address is not readable without the "tabs" permission; the page's answer carries it.
    it('offers the site switch for the host the page names when the tab has no address', () => {
      const { onNever } = show({ kind: 'ready', tab: { id: tab.id }, status: null, page: { state: 'idle', url: 'https://www.detik.com/berita/1' } });
      fireEvent.click(screen.getByRole('button', { name: 'Never on this site' }));
      expect(onNever).toHaveBeenCalledWith('detik.com', true);
    });

    it('shows a mark already asked for as under way', () => {
      show(leftAlone({ state: 'idle' }), 'en', defaultSettings('en'), true);
      expect((screen.getByRole('button', { name: 'Marking this page…' }) as HTMLButtonElement).disabled).toBe(true);
    });

    it.each<PageStateReply>([{ state: 'off' }, { state: 'idle' }])('on a site turned off, %j says the site is off', (page) => {
      const settings = { ...defaultSettings('en'), sites: { never: ['kompas.com'], always: [] } };
      const { onNever } = show(leftAlone(page), 'en', settings);
      expect(screen.getByRole('status').textContent).toContain('Sorot is off on kompas.com.');
      expect(screen.queryByRole('button', { name: 'Mark this page anyway' })).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Back on for this site' }));
      expect(onNever).toHaveBeenCalledWith('kompas.com', false);
    });
  });
});
