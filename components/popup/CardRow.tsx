// One line of the glossary list: the name in the interface language, the other
// language's name when it differs, the kind and how often the corpus mentions it.
import type { Card } from '../../lib/glossary/types';
import { KIND_LABEL, useT } from '../shared/i18n';

export function CardRow({ card, mentions, onPage }: { card: Card; mentions: number; onPage: boolean }) {
  const { lang, t } = useT();
  const other = lang === 'en' ? 'id' : 'en';
  const otherName = card.name[other] !== card.name[lang] ? card.name[other] : null;
  return (
    <div class="card-row">
      <div class="card-row-line">
        <span class="card-row-name">{card.name[lang]}</span>
        {onPage && <span class="badge badge-page">{t('card.onPageShort')}</span>}
        <span class="badge">{KIND_LABEL[card.kind](t)}</span>
      </div>
      <div class="card-row-line card-row-sub">
        <span class="card-row-other" lang={other}>
          {otherName ?? card.gloss[lang]}
        </span>
        <span class="card-row-count">{mentions > 0 ? t('card.mentions', { count: mentions }) : t('card.notInCorpusShort')}</span>
      </div>
    </div>
  );
}
