// The page's framing as evidence: every text of the labelled framing set gets
// its label when read with its framing, and the framing rule on its own terms.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { splitFraming } from './framing';

const DIR = join(import.meta.dirname, '../../tests/fixtures/coverage/framing');
const texts = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f, readFileSync(join(DIR, f), 'utf8'), f.startsWith('war-')] as const);

describe('the framing set', () => {
  it('holds at least 30 texts, war and not, in both languages', () => {
    expect(texts.length).toBeGreaterThanOrEqual(30);
    for (const prefix of ['war-en-', 'war-id-', 'other-en-', 'other-id-']) expect(texts.filter(([f]) => f.startsWith(prefix)).length).toBeGreaterThanOrEqual(6);
  });

  it.each(texts)('%s', (_name, text, war) => {
    const { coverage } = analyze(text, { headline: splitFraming(text).headline });
    expect(coverage.war, coverage.evidence.join('; ')).toBe(war);
  });
});

describe('framing', () => {
  const neutral = 'The council met on Tuesday to discuss the budget for schools and roads. '.repeat(40);
  const passing = 'Kyiv says Russian troops shelled Kharkiv; Zelensky asked allies for help. ';
  const impeachment =
    'Ukraine aid was held up while Zelensky waited; Russia annexed Crimea in 2014, the intelligence committee heard. ' +
    'The envoy said Kyiv was told the security aid for Ukraine depended on the inquiry, and Zelensky was asked to announce it. ';
  // Ukraine's side only, war terms and all, Russia never named: where the aid goes, who runs the Ramstein group.
  const ukraineSide = 'Kyiv will get more artillery shells and air defence for its troops, Ukraine\'s defence ministry said. '.repeat(3);
  // Ukrainians abroad: Russia named once, in the war's own name.
  const refugees =
    'Ukrainians who fled Russia\'s full-scale invasion can stay in Sweden until March 2026, the agency said. ' +
    'Families from Kharkiv and Zaporizhzhia said they could not yet go home to Ukraine, where the shelling goes on. ' +
    'Officials in Kyiv asked the EU to keep the protection for its citizens while the invasion lasts. ';
  it.each([
    ['a war headline over a body that names the war a handful of times', 'Zelensky: we will not give up land to Russia', neutral + passing, true],
    ['the same body without the headline', '', neutral + passing, false],
    ['a war headline over a body that never names it', 'Zelensky: we will not give up land to Russia', neutral, false],
    ['a headline naming Ukraine alone (impeachment news)', 'Trump impeachment: envoy testifies on Ukraine', neutral + passing, false],
    ['a headline about another war', 'Israel-Gaza war: Hamas and Israel resume talks; Ukraine aid debated', neutral + passing, false],
    ['the word war beside a Ukrainian name', 'Kuleba on the war and the elections', neutral + passing, true],
    ['the peace that would end it beside a Ukrainian name', 'Australia should be ready to keep the peace in Ukraine', neutral + passing, true],
    ['the same, in Indonesian', 'Prabowo: perdamaian di Ukraina harus dirundingkan', neutral + passing, true],
    ['impeachment prose, read alone', '', impeachment, true],
    ['Ukrainians abroad, Russia named once as the invader, under a headline on their papers', 'What the EU\'s protection extension means for Ukrainians in Sweden', refugees, true],
    ['the same under its impeachment headline: Russia only in passing', 'Trump impeachment: envoy testifies on Ukraine aid', impeachment, false],
    ['a war headline over a body on the Ukrainian side only', 'Ukraine\'s allies meet at Ramstein as the war enters its fourth year', ukraineSide, true],
    ['the same body without the headline', '', ukraineSide, false],
    ['the same under a headline that frames something else', 'Trump impeachment: envoy testifies on Ukraine aid', ukraineSide, false],
    ['this war named outright, Ukraine not in the headline', 'How long can Russia\'s war economy keep running?', neutral + passing, true],
    ['the same in Indonesian', 'Ekonomi perang Rusia mulai goyah', neutral + passing, true],
    ['Russia and the word war, not this war named', 'Russia at war with its own oligarchs', neutral + passing, false],
    ['this war named beside another conflict', 'Russia\'s war and Syria: what Moscow learned', neutral + passing, false],
    ['a war headline over a body on the Ukrainian side, too thin to read as war', 'Ukraine\'s allies meet at Ramstein as the war enters its fourth year', neutral + ukraineSide, false],
  ])('%s -> %s', (_name, headline, text, expected) => {
    expect(analyze(text, headline ? { headline } : {}).coverage.war).toBe(expected);
  });

  it('splits a framed file: the lines before the first blank line', () => {
    expect(splitFraming('Title\nSection\n\nBody one.\n\nBody two.')).toEqual({ headline: 'Title\nSection', body: 'Body one.\n\nBody two.' });
    expect(splitFraming('No framing here')).toEqual({ headline: '', body: 'No framing here' });
  });
});
