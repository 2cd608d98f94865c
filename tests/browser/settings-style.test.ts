// Each kind's mark style, end to end in Chromium with the built extension: a
// style chosen in the options page shows at once on a seed page that is
// already open (the marks stay, only their sheet is swapped), the options
// page's sample wears the same look, and "Reset all settings", confirmed in
// the page, brings the defaults back in both. What is checked is what the
// browser computes for the `::highlight()` of a real mark, and the pixels of
// that mark. Screenshots of the options page (EN, ID, dark, the reset
// question) go to test-artifacts/; axe-core finds no serious or critical
// problem in the options page in English, in Indonesian and dark, or with the
// reset question open.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ARTIFACTS, axeProblems, browserSuite, collectExtensionErrors, countMarks, markToHover, waitForMarks } from './harness';

/** An English seed article with people, places and terms. */
const SEED = '001_63ac3d2bfe42d99d';

interface Look {
  line: string;
  style: string;
  background: string;
}

/** What the browser computes for the highlight over the first mark of `kind` on the page. */
function markLook(page: Page, kind: string): Promise<Look> {
  return page.evaluate((k) => {
    const range = [...(CSS.highlights.get(`sorot-${k}`) as unknown as Iterable<AbstractRange>)][0]!;
    const style = getComputedStyle(range.startContainer.parentElement as Element, `::highlight(sorot-${k})`);
    return { line: style.textDecorationLine, style: style.textDecorationStyle, background: style.backgroundColor };
  }, kind);
}

/** What the browser computes for the options page's sample of `kind`. */
function sampleLook(options: Page, kind: string): Promise<Look> {
  return options.locator(`.mark-sample[data-kind="${kind}"]`).evaluate((el) => {
    const style = getComputedStyle(el);
    return { line: style.textDecorationLine, style: style.textDecorationStyle, background: style.backgroundColor };
  });
}

/** A picture of the first person mark on the page (scrolled into view), to compare pixels. */
async function personPixels(page: Page): Promise<Buffer> {
  const { rect } = await markToHover(page, 'person');
  const box = { x: rect.left - 2, y: rect.top - 2, width: rect.width + 4, height: rect.height + 6 };
  return page.screenshot({ clip: box });
}

const DEFAULT_PERSON: Look = { line: 'underline', style: 'solid', background: 'rgba(176, 92, 0, 0.16)' };
const SHADED_PERSON: Look = { line: 'none', style: 'solid', background: 'rgba(176, 92, 0, 0.32)' };

browserSuite('mark styles chosen in the options page', {}, (suite) => {
  it('restyles an open page live, and reset brings the defaults back', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.site.origin}/seed/${SEED}.html`);
    const marks = await waitForMarks(page, { min: 5 });
    const errors = collectExtensionErrors(page, suite.browser);
    expect(await markLook(page, 'person')).toEqual(DEFAULT_PERSON);
    const placeBefore = await markLook(page, 'place');
    expect(placeBefore.style).toBe('double');
    // Kept in the page's world: a restarted page would register new highlights.
    await page.evaluate(() => {
      (window as unknown as { before: unknown }).before = CSS.highlights.get('sorot-person');
    });
    const sameHighlight = () => page.evaluate(() => CSS.highlights.get('sorot-person') === (window as unknown as { before: unknown }).before);
    const pixelsBefore = await personPixels(page);

    const options = await suite.browser.context.newPage();
    errors.push(...collectExtensionErrors(options, suite.browser));
    await options.setViewportSize({ width: 900, height: 1100 });
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    const people = options.getByRole('combobox', { name: 'Style for People' });
    await people.waitFor();
    expect(await people.inputValue()).toBe('solid');
    expect(await sampleLook(options, 'person')).toEqual(DEFAULT_PERSON);
    await options.screenshot({ path: join(ARTIFACTS, 'options-styles-en.png'), fullPage: true });
    const problems = (await axeProblems(options)).map((p) => `en light: ${p}`);

    // People: shading only. The open page follows without a reload or a restart.
    await people.selectOption('background');
    await expect.poll(() => markLook(page, 'person'), { timeout: 3000 }).toEqual(SHADED_PERSON);
    expect(await sampleLook(options, 'person')).toEqual(SHADED_PERSON);
    expect(await markLook(page, 'place')).toEqual(placeBefore);
    expect(await sameHighlight()).toBe(true);
    expect(await countMarks(page)).toBe(marks);
    expect((await personPixels(page)).equals(pixelsBefore)).toBe(false);

    // The same controls in Indonesian, and in the dark: the sample takes the dark colour.
    await options.locator('.toggle-option[lang="id"]').click();
    await options.waitForFunction(() => document.documentElement.lang === 'id');
    const tokoh = options.getByRole('combobox', { name: 'Gaya tanda untuk Tokoh' });
    expect(await tokoh.inputValue()).toBe('background');
    await options.screenshot({ path: join(ARTIFACTS, 'options-styles-id.png'), fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => sampleLook(options, 'person')).toEqual({ ...SHADED_PERSON, background: 'rgba(255, 190, 90, 0.32)' });
    await options.screenshot({ path: join(ARTIFACTS, 'options-styles-id-dark.png'), fullPage: true });
    problems.push(...(await axeProblems(options)).map((p) => `id dark: ${p}`));
    await options.emulateMedia({ colorScheme: 'light' });

    // Reset, from the keyboard, asked in the page first: focus rests on "Cancel",
    // one step back is "Yes". The language stays Indonesian.
    const focused = () => options.evaluate(() => document.activeElement?.textContent);
    await options.getByRole('button', { name: 'Atur ulang semua pengaturan' }).focus();
    await options.keyboard.press('Enter');
    await options.getByRole('button', { name: 'Ya, atur ulang' }).waitFor();
    // Focus moves in an effect after the question renders: wait for it.
    await expect.poll(focused).toBe('Batal');
    await options.locator('.confirm').screenshot({ path: join(ARTIFACTS, 'options-reset-id.png') });
    problems.push(...(await axeProblems(options)).map((p) => `id, reset question open: ${p}`));
    expect(problems).toEqual([]);
    expect(await markLook(page, 'person')).toEqual(SHADED_PERSON);
    await options.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Ya, atur ulang');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByRole('status').last().textContent()).toBe('Semua pengaturan sudah kembali ke setelan awal.');
    expect(await tokoh.inputValue()).toBe('solid');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(await sampleLook(options, 'person')).toEqual(DEFAULT_PERSON);
    await expect.poll(() => markLook(page, 'person'), { timeout: 3000 }).toEqual(DEFAULT_PERSON);
    expect(await sameHighlight()).toBe(true);
    expect(await countMarks(page)).toBe(marks);
    expect((await personPixels(page)).equals(pixelsBefore)).toBe(true);
    expect(await focused()).toBe('Atur ulang semua pengaturan');
    expect(errors).toEqual([]);
    await options.close();
    await page.close();
  });
});
