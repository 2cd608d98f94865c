import { describe, expect, it } from 'vitest';
import { createI18n } from '../../lib/i18n';
import { cardStrings } from './card-strings';
import { CARD_KINDS } from '../../lib/types';

// The tiny lookup must say what i18next says for the same keys.
describe.each(['en', 'id'] as const)('cardStrings(%s)', (lang) => {
  const t = createI18n(lang).t;
  const s = cardStrings(lang);

  it.each([0, 1, 2, 1234567])('card.mentions with %i', (count) => {
    expect(s.card('mentions', count)).toBe(t('card.mentions', { count }));
  });

  it.each([1, 2, 40])('card.mentionsIn with %i mentions in 2 articles', (count) => {
    const articles = s.card('articles', 2);
    expect(articles).toBe(t('card.articles', { count: 2 }));
    expect(s.card('mentionsIn', count, { articles })).toBe(t('card.mentionsIn', { count, articles }));
  });

  it.each(['notInCorpus', 'figure', 'sentences'] as const)('card.%s', (key) => {
    expect(s.card(key)).toBe(t(`card.${key}`));
  });

  it.each(CARD_KINDS)('kind.%s', (kind) => {
    expect(s.kind(kind)).toBe(t(`kind.${kind}`));
  });

  it.each(['en', 'id'] as const)('language.%s', (code) => {
    expect(s.languageName(code)).toBe(t(`language.${code}`));
  });
});
