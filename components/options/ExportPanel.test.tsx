// @vitest-environment happy-dom
import { fakeBrowser } from '../../store/fake-browser';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAnkiTsv, parseCsv, type ExportFile } from '../../lib/export';
import { TRICKY } from '../../lib/export/fixtures';
import type { Glossary } from '../../lib/glossary/types';
import { HISTORY_KEY, migrate } from '../../lib/history';
import { defaultSettings } from '../../lib/settings';
import { ExportPanel } from './ExportPanel';
import { fakePlatform } from '../shared/fake-platform';
import { I18nProvider } from '../shared/i18n';
import { OptionsApp } from './OptionsApp';
import { browserPlatform, type ExportStore } from '../shared/platform';
import type { Lang } from '../../lib/types';

interface FakeStore extends ExportStore {
  files: ExportFile[];
  /** The history as stored (raw: read through migrate like the real platform). */
  stored: unknown;
}

function fakeStore(glossary: Glossary | null, stored: unknown = undefined, failDownload = false): FakeStore {
  const store: FakeStore = {
    files: [],
    stored,
    loadGlossary: async () => glossary,
    loadHistory: async () => migrate(store.stored),
    download(file) {
      if (failDownload) throw new Error('no downloads here');
      store.files.push(file);
    },
  };
  return store;
}

const history = (ids: string[]) => ({ version: 1, cards: Object.fromEntries(ids.map((id) => [id, { count: 1, firstSeen: 1, lastSeen: 2 }])) });

function renderPanel(store: ExportStore, lang: Lang = 'en') {
  return render(
    <I18nProvider lang={lang}>
      <ExportPanel store={store} />
    </I18nProvider>,
  );
}

afterEach(cleanup);

describe('ExportPanel', () => {
  it('downloads the whole glossary as CSV by default and says how many cards went out', async () => {
    const store = fakeStore(TRICKY);
    renderPanel(store);
    fireEvent.click(await screen.findByRole('button', { name: 'Download' }));
    await waitFor(() => expect(store.files).toHaveLength(1));
    const [file] = store.files;
    expect(file!.name).toBe('sorot-glossary.csv');
    expect(parseCsv(file!.text).map((row) => row[0])).toEqual(['id', ...TRICKY.cards.map((c) => c.id)]);
    expect(screen.getByRole('status').textContent).toBe('Exported 3 cards to sorot-glossary.csv.');
  });

  it.each<[string, string, string[], string, string[]]>([
    ['Anki English → Indonesian', 'Anki flashcards, English → Indonesian', ['no_name', 'kharkiv'], 'sorot-seen-anki-en-id.txt', ['Kharkiv']],
    ['Anki Indonesian → English', 'Anki flashcards, Indonesian → English', ['no_name', 'kharkiv'], 'sorot-seen-anki-id-en.txt', ['Kharkiv', 'tanpa nama']],
  ])('exports only the cards met on pages as %s', async (_name, formatLabel, seen, fileName, fronts) => {
    const store = fakeStore(TRICKY, history(seen));
    renderPanel(store);
    fireEvent.click(await screen.findByRole('radio', { name: 'Only cards met on pages you visited (2 cards)' }));
    fireEvent.click(screen.getByRole('radio', { name: formatLabel }));
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(store.files).toHaveLength(1));
    const file = store.files[0]!;
    expect(file.name).toBe(fileName);
    const parsed = parseAnkiTsv(file.text);
    expect(parsed.headers.notetype).toBe('Basic');
    expect(parsed.records.map((r) => r[0])).toEqual(fronts);
    expect(screen.getByRole('status').textContent).toBe(`Exported ${fronts.length === 1 ? '1 card' : `${fronts.length} cards`} to ${fileName}.`);
  });

  it('reads the history again when downloading, so cards met since opening count', async () => {
    const store = fakeStore(TRICKY, history(['kharkiv']));
    renderPanel(store);
    fireEvent.click(await screen.findByRole('radio', { name: 'Only cards met on pages you visited (1 card)' }));
    store.stored = history(['kharkiv', 'figure:100000 orang']);
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(store.files).toHaveLength(1));
    expect(parseCsv(store.files[0]!.text)).toHaveLength(3);
    expect(await screen.findByRole('radio', { name: 'Only cards met on pages you visited (2 cards)' })).toBeTruthy();
  });

  it('speaks Indonesian', async () => {
    const store = fakeStore(TRICKY, history(['kharkiv']));
    renderPanel(store, 'id');
    expect(await screen.findByRole('radio', { name: 'Seluruh glosarium (3 kartu)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Kartu hafalan Anki, Inggris → Indonesia' }));
    fireEvent.click(screen.getByRole('button', { name: 'Unduh' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 kartu diekspor ke sorot-glossary-anki-en-id.txt.'));
  });

  it('offers nothing to download when no card was met, and says why', async () => {
    const store = fakeStore(TRICKY, { version: 1, cards: { kharkiv: 'junk' } });
    renderPanel(store);
    fireEvent.click(await screen.findByRole('radio', { name: 'Only cards met on pages you visited (0 cards)' }));
    expect((screen.getByRole('button', { name: 'Download' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('No card met yet. Read some war coverage with Sorot first.');
  });

  it('says so when the file cannot be saved', async () => {
    renderPanel(fakeStore(TRICKY, undefined, true));
    fireEvent.click(await screen.findByRole('button', { name: 'Download' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The file could not be made. Try again.'));
  });

  it('says so when the build has no glossary', async () => {
    renderPanel(fakeStore(null));
    expect(await screen.findByText('The glossary is not available in this build.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('ExportPanel with the browser glue', () => {
  // The fake is typed as the browser API, which is all browserPlatform needs.
  const browser = fakeBrowser as unknown as Parameters<typeof browserPlatform>[0];
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('reads the stored history through migrate and saves a Blob through an <a download> click', async () => {
    await fakeBrowser.storage.local.set({ [HISTORY_KEY]: { cards: { kharkiv: { count: 2, lastSeen: 5 }, bad: 7 } } });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:sorot/1';
    });
    const clicked: Array<{ href: string; download: string; inDocument: boolean }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: this.isConnected });
    });
    renderPanel(browserPlatform(browser, { search: '', loadGlossary: async () => TRICKY }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Only cards met on pages you visited (1 card)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(clicked).toEqual([{ href: 'blob:sorot/1', download: 'sorot-seen.csv', inDocument: true }]));
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const rows = parseCsv(await blobs[0]!.text());
    expect(rows.map((row) => row[0])).toEqual(['id', 'kharkiv']);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});

describe('OptionsApp export section', () => {
  it('shows with a platform that can export', async () => {
    const store = fakeStore(TRICKY);
    render(<OptionsApp platform={{ ...fakePlatform({ stored: defaultSettings('en') }), ...store }} />);
    expect(await screen.findByRole('group', { name: 'Export' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Download' }));
    await waitFor(() => expect(store.files.map((f) => f.name)).toEqual(['sorot-glossary.csv']));
  });

  it('is left out with a platform that only keeps settings', async () => {
    render(<OptionsApp platform={fakePlatform({ stored: defaultSettings('en') })} />);
    expect(await screen.findByRole('heading', { name: 'Sorot settings' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Export' })).toBeNull();
  });
});
