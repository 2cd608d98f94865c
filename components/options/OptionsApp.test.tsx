// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../lib/settings';
import { DEFAULT_MARK_STYLES, MARK_STYLES, type MarkStyle } from '../../lib/settings/schema';
import type { CardKind, Lang } from '../../lib/types';
import { fakePlatform } from '../shared/fake-platform';
import { OptionsApp } from './OptionsApp';

afterEach(cleanup);

/** Settings far from the defaults in every field. */
const changed = (language: Lang): Settings => ({
  ...defaultSettings(language),
  kinds: { ...defaultSettings().kinds, figure: false, term: false },
  styles: { ...DEFAULT_MARK_STYLES, person: 'background', place: 'wavy' },
  sites: { never: ['detik.com'], always: ['kompas.com'] },
});

const stored = (platform: { stored: unknown }) => platform.stored as Settings;

/** The CSS rule the samples of one kind wear. */
const sampleRule = (kind: CardKind) => {
  const css = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
  return css.split('\n').find((line) => line.startsWith(`.mark-sample[data-kind="${kind}"]{`)) ?? '';
};

async function choose(name: string, style: MarkStyle): Promise<HTMLSelectElement> {
  const select = (await screen.findByRole('combobox', { name })) as HTMLSelectElement;
  select.value = style;
  fireEvent.change(select);
  return select;
}

describe('OptionsApp', () => {
  it('saves which kinds are marked', async () => {
    const platform = fakePlatform({ stored: defaultSettings('en') });
    render(<OptionsApp platform={platform} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Figures' }));
    await waitFor(() => expect((platform.stored as Settings).kinds.figure).toBe(false));
    expect((platform.stored as Settings).kinds.person).toBe(true);
  });

  it('saves site lists normalised, moving a host off the other list', async () => {
    const platform = fakePlatform({ stored: { ...defaultSettings('en'), sites: { never: [], always: ['kompas.com'] } } });
    render(<OptionsApp platform={platform} />);
    const never = (await screen.findByRole('textbox', { name: 'Never mark on these sites' })) as HTMLTextAreaElement;
    // happy-dom ignores fireEvent's `target.value` on a textarea, so type the way a user's keyboard does.
    never.value = 'https://www.Kompas.com/x\nnot a host\ndetik.com';
    fireEvent.input(never);
    // The controlled field shows the typed text once Preact has re-rendered; a real change (on blur) comes after.
    await waitFor(() => expect(never.value).toContain('detik.com'));
    fireEvent.change(never);
    await waitFor(() => expect((platform.stored as Settings).sites).toEqual({ never: ['detik.com', 'kompas.com'], always: [] }));
    expect(never.value).toBe('detik.com\nkompas.com');
  });

  it('speaks the stored language', async () => {
    render(<OptionsApp platform={fakePlatform({ stored: defaultSettings('id') })} />);
    expect(await screen.findByRole('heading', { name: 'Pengaturan Sorot' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Tokoh' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Pengaturan Sorot'));
  });

  it('shows a list changed in another view', async () => {
    const platform = fakePlatform({ stored: defaultSettings('en') });
    render(<OptionsApp platform={platform} />);
    const always = (await screen.findByRole('textbox', { name: /Always mark/ })) as HTMLTextAreaElement;
    await platform.saveSettings({ ...defaultSettings('en'), sites: { never: [], always: ['bbc.com', 'cnn.com'] } });
    await waitFor(() => expect(always.value).toBe('bbc.com\ncnn.com'));
  });

  it('offers every style for every kind, named in words, with a sample', async () => {
    render(<OptionsApp platform={fakePlatform({ stored: defaultSettings('en') })} />);
    const selects = (await screen.findAllByRole('combobox')) as HTMLSelectElement[];
    expect(selects.map((select) => select.getAttribute('aria-label'))).toEqual([
      'Style for People',
      'Style for Places',
      'Style for Organisations',
      'Style for Figures',
      'Style for Terms',
    ]);
    for (const select of selects) expect([...select.options].map((o) => o.value)).toEqual([...MARK_STYLES]);
    expect([...(selects[0] as HTMLSelectElement).options].map((o) => o.textContent)).toContain('Shading only');
    expect(selects.map((select) => select.value)).toEqual(Object.values(DEFAULT_MARK_STYLES));
    expect(document.querySelectorAll('.mark-sample')).toHaveLength(5);
  });

  it.each<[string, CardKind, MarkStyle, string]>([
    ['Style for Places', 'place', 'wavy', 'underline wavy'],
    ['Style for People', 'person', 'background', '/ .32)'],
    ['Style for Terms', 'term', 'dotted', 'underline dotted'],
  ])('saves the style chosen in %s and shows it in the sample', async (name, kind, style, css) => {
    const platform = fakePlatform({ stored: defaultSettings('en') });
    render(<OptionsApp platform={platform} />);
    await screen.findByRole('combobox', { name });
    expect(sampleRule(kind)).not.toBe('');
    expect(sampleRule(kind)).not.toContain(css);
    const select = await choose(name, style);
    await waitFor(() => expect(stored(platform).styles).toEqual({ ...DEFAULT_MARK_STYLES, [kind]: style }));
    expect(select.value).toBe(style);
    await waitFor(() => expect(sampleRule(kind)).toContain(css));
  });

  it('resets every setting after asking, keeping the language, and says so', async () => {
    const platform = fakePlatform({ stored: changed('en') });
    render(<OptionsApp platform={platform} />);
    const status = await screen.findByRole('status');
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings' }));
    // Asked first, in the page: nothing changed yet, and focus rests on the safe answer.
    const question = await screen.findByRole('group', { name: 'Reset all settings now? This cannot be undone.' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    expect(stored(platform)).toEqual(changed('en'));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect(stored(platform)).toEqual(defaultSettings('en')));
    expect(question.isConnected).toBe(false);
    expect(status.textContent).toBe('All settings are back to their defaults.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset all settings' })));
    expect((screen.getByRole('combobox', { name: 'Style for People' }) as HTMLSelectElement).value).toBe('solid');
    expect((screen.getByRole('checkbox', { name: 'Figures' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Never mark on these sites' }) as HTMLTextAreaElement).value).toBe('');
  });

  it('resets in Indonesian and stays in Indonesian', async () => {
    const platform = fakePlatform({ stored: changed('id') });
    render(<OptionsApp platform={platform} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Atur ulang semua pengaturan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ya, atur ulang' }));
    await waitFor(() => expect(stored(platform)).toEqual(defaultSettings('id')));
    expect(screen.getByRole('status').textContent).toBe('Semua pengaturan sudah kembali ke setelan awal.');
  });

  it.each<[string, () => void]>([
    ['Cancel', () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))],
    ['Escape', () => fireEvent.keyDown(screen.getByRole('button', { name: 'Yes, reset' }), { key: 'Escape' })],
  ])('changes nothing when the question is answered with %s', async (_name, answer) => {
    const platform = fakePlatform({ stored: changed('en') });
    render(<OptionsApp platform={platform} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset all settings' }));
    const question = await screen.findByRole('group', { name: /^Reset all settings now/ });
    answer();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset all settings' })));
    expect(question.isConnected).toBe(false);
    expect(stored(platform)).toEqual(changed('en'));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
