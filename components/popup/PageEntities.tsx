// "On this page": the entities the page mentions, grouped by kind, with a map
// of its places above them. Choosing one (in the list or on the map) asks the
// page to scroll to its next mention and flash it; each press moves on to the
// following mention, wrapping at the end.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Card } from '../../lib/glossary/types';
import type { PageEntity } from '../../lib/messages';
import { CARD_KINDS, KIND_OF_TYPE } from '../../lib/types';
import { KINDS_LABEL, useT } from '../shared/i18n';
import { mapDots, PageMap } from './PageMap';

export interface PageEntitiesProps {
  entities: readonly PageEntity[];
  byId: ReadonlyMap<string, Card>;
  /** Shows the `occurrence`-th mention; resolves false when the page did not answer. */
  onReveal: (entity: PageEntity, occurrence: number) => Promise<boolean>;
  onOpenCard: (id: string) => void;
}

const entityKey = (e: PageEntity) => `${e.type}:${e.id ?? `text:${e.text}`}`;

export function PageEntities({ entities, byId, onReveal, onOpenCard }: PageEntitiesProps) {
  const { lang, t, n } = useT();
  const next = useRef(new Map<string, number>());
  const [unreachable, setUnreachable] = useState(false);
  // The place lit on the map and in the list together (hover or focus on either).
  const [active, setActive] = useState<string | null>(null);
  const nameOf = (entity: PageEntity, card: Card | undefined) => (card ? card.name[lang] : entity.text);
  const places = useMemo(
    () =>
      entities
        .filter((e) => e.type === 'PLACE')
        .map((entity) => {
          const card = entity.id ? byId.get(entity.id) : undefined;
          return { key: entityKey(entity), entity, card, name: nameOf(entity, card) };
        }),
    [entities, byId, lang],
  );
  const dots = useMemo(() => mapDots(places), [places]);

  const reveal = async (entity: PageEntity) => {
    const key = entityKey(entity);
    const occurrence = next.current.get(key) ?? 0;
    next.current.set(key, entity.count > 0 ? (occurrence + 1) % entity.count : 0);
    setUnreachable(!(await onReveal(entity, occurrence)));
  };

  const groups = CARD_KINDS.map((kind) => ({
    kind,
    items: entities.filter((e) => KIND_OF_TYPE[e.type] === kind),
  })).filter((g) => g.items.length > 0);

  return (
    <section class="page-entities" aria-labelledby="on-page-heading">
      <span id="reveal-hint" class="visually-hidden">
        {t('page.revealHint')}
      </span>
      <h2 id="on-page-heading">{t('page.onThisPage')}</h2>
      {groups.length === 0 && <p>{t('page.nothingMarked')}</p>}
      {dots.length > 0 && (
        <PageMap dots={dots} elsewhere={places.length - dots.length} active={active} onActive={setActive} onReveal={(e) => void reveal(e)} />
      )}
      {unreachable && (
        <p class="notice" role="alert">
          {t('page.unreachable')}
        </p>
      )}
      {groups.map(({ kind, items }) => (
        <section key={kind} aria-labelledby={`on-page-${kind}`}>
          <h3 id={`on-page-${kind}`}>
            {KINDS_LABEL[kind](t)} <span class="count">({t('page.kindNames', { count: items.length, value: n(items.length) })})</span>
          </h3>
          <ul class="plain entity-list">
            {items.map((entity) => {
              const card = entity.id ? byId.get(entity.id) : undefined;
              const name = nameOf(entity, card);
              const key = entityKey(entity);
              const light = { onMouseEnter: () => setActive(key), onMouseLeave: () => setActive(null), onFocus: () => setActive(key), onBlur: () => setActive(null) };
              return (
                <li key={key} class={key === active ? 'entity active' : 'entity'} data-key={key}>
                  <button
                    type="button"
                    class="entity-reveal"
                    aria-describedby="reveal-hint"
                    onClick={() => void reveal(entity)}
                    {...(kind === 'place' ? light : {})}
                  >
                    <span class="entity-name">{name}</span>{' '}
                    <span class="count">
                      {t('page.times', { value: n(entity.count) })}
                    </span>
                  </button>
                  {card && (
                    <button
                      type="button"
                      class="link"
                      aria-label={t('page.openCardLabel', { name })}
                      onClick={() => onOpenCard(card.id)}
                    >
                      {t('page.openCard')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
