// A whole card: both names, kind, gloss, where the corpus mentions it, up to
// three sentences from the corpus, related cards, and for figures the value
// written the English and the Indonesian way. What it says is
// lib/cards/card-view-model.ts, shared with the in-page card.
import { useEffect, useRef } from 'preact/hooks';
import { cardViewModel } from '../../lib/cards/card-view-model';
import type { Card, Glossary } from '../../lib/glossary/types';
import { KIND_LABEL, LANGUAGE_LABEL, useT } from '../shared/i18n';

export interface CardViewProps {
  card: Card;
  glossary: Pick<Glossary, 'articles'>;
  byId: ReadonlyMap<string, Card>;
  onPage: boolean;
  onOpen: (id: string) => void;
  onBack: () => void;
}

const MAX_SENTENCES = 3;

export function CardView({ card, glossary, byId, onPage, onOpen, onBack }: CardViewProps) {
  const { lang, t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a card (or following a related link) moves focus to its name, so
  // a keyboard or screen-reader user lands on what just opened.
  useEffect(() => heading.current?.focus(), [card.id]);

  const view = cardViewModel(card, { kind: card.kind, text: card.name[lang] }, lang);
  const related = card.related.map((id) => byId.get(id)).filter((c): c is Card => c !== undefined);
  const title = (article: number) => glossary.articles[article]?.title ?? '';

  return (
    <article class="card" aria-labelledby={`card-${card.id}`}>
      <button type="button" class="link back" onClick={onBack}>
        {t('card.back')}
      </button>
      <h2 id={`card-${card.id}`} tabIndex={-1} ref={heading}>
        {view.name}
      </h2>
      <p class="card-meta">
        <span class="badge">{KIND_LABEL[view.kind](t)}</span>
        {onPage && <span class="badge badge-page">{t('card.onPage')}</span>}
        {/* Made from the corpus alone: its gloss is the articles' words, not a curated line. */}
        {view.fromCorpus && <span class="from-corpus">{t('card.fromCorpus')}</span>}
      </p>
      <dl class="card-names">
        <dt>{t('toggle.en')}</dt>
        <dd lang="en">{card.name.en}</dd>
        <dt>{t('toggle.id')}</dt>
        <dd lang="id">{card.name.id}</dd>
      </dl>
      {view.gloss && <p class="gloss">{view.gloss}</p>}

      {view.figure && (
        <section>
          <h3>{t('card.figure')}</h3>
          <dl class="card-names">
            <dt>{t('toggle.en')}</dt>
            <dd lang="en">{view.figure.en}</dd>
            <dt>{t('toggle.id')}</dt>
            <dd lang="id">{view.figure.id}</dd>
          </dl>
        </section>
      )}

      <section>
        <h3>{t('card.corpus')}</h3>
        {view.mentions.total === 0 ? (
          <p>{t('card.notInCorpus')}</p>
        ) : (
          <>
            <p>{t('card.mentionsIn', { count: view.mentions.total, articles: t('card.articles', { count: view.mentions.articles }) })}</p>
            <ul class="plain">
              {card.mentions.map((m) => (
                <li key={m.article}>
                  {t('card.articleMentions', { title: title(m.article), count: m.count })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {view.sentences.length > 0 && (
        <section>
          <h3>{t('card.sentences')}</h3>
          {view.sentences.slice(0, MAX_SENTENCES).map((s, i) => (
            <figure key={i} class="quote">
              <blockquote lang={s.language === 'id' || s.language === 'en' ? s.language : undefined}>{s.text}</blockquote>
              <figcaption>
                {t('card.source', { title: title(s.article), language: LANGUAGE_LABEL[s.language](t) })}
              </figcaption>
            </figure>
          ))}
        </section>
      )}

      {related.length > 0 && (
        <section>
          <h3>{t('card.related')}</h3>
          <ul class="plain related">
            {related.map((r) => (
              <li key={r.id}>
                <button type="button" class="link" onClick={() => onOpen(r.id)}>
                  {r.name[lang]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {card.aliases.length > 0 && (
        <p class="aliases">{t('card.aliases', { aliases: card.aliases.join(', ') })}</p>
      )}
    </article>
  );
}
