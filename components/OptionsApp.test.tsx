// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../lib/settings';
import { fakePlatform } from './fake-platform';
import { OptionsApp } from './OptionsApp';

afterEach(cleanup);

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
});
