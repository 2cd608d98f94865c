// The glossary: search as you type (case, diacritics, aliases and both
// languages), a kind filter, a sort, and the windowed list of cards.
import { useCallback, useMemo } from 'preact/hooks';
import { search, totalMentions, type SearchIndex, type SearchQuery, type SortBy } from '../../lib/search';
import { CARD_KINDS, type CardKind } from '../../lib/types';
import { CardRow } from './CardRow';
import { useMediaQuery } from './use-media-query';
import { KINDS_LABEL, useT } from '../shared/i18n';
import { VirtualList } from './VirtualList';

export type GlossaryFilter = Omit<SearchQuery, 'lang'>;

export const EMPTY_FILTER: GlossaryFilter = { text: '', kind: 'all', sort: 'mentions' };

export interface GlossaryPanelProps {
  index: SearchIndex;
  filter: GlossaryFilter;
  onFilter: (filter: GlossaryFilter) => void;
  onOpen: (id: string) => void;
  /** Card ids found on the current page. */
  onPage: ReadonlySet<string>;
  /** The card to show as active when coming back to the list. */
  activeId?: string | null;
  /** Put focus on the list when it appears (coming back from a card). */
  focusList?: boolean;
}

const ROW_REM = 3.5;
const LIST_REM = 22;
/**
 * A window this narrow (a small popup, or 200% zoom) gives each row three
 * lines: name; on-page and kind; mentions. The same width switches the row's
 * layout in styles.css (`.card-row`); keep the two in step.
 */
const NARROW_LIST = '(max-width: 20rem)';
const NARROW_ROW_REM = 4.75;

export function GlossaryPanel({ index, filter, onFilter, onOpen, onPage, activeId, focusList }: GlossaryPanelProps) {
  const { lang, t } = useT();
  const narrow = useMediaQuery(NARROW_LIST);
  const results = useMemo(() => search(index, { ...filter, lang }), [index, filter, lang]);
  const renderRow = useCallback(
    (i: number) => {
      const card = results[i]!;
      return <CardRow card={card} mentions={totalMentions(card)} onPage={onPage.has(card.id)} />;
    },
    [results, onPage],
  );
  const initialActive = activeId ? Math.max(0, results.findIndex((c) => c.id === activeId)) : 0;

  return (
    <div class="glossary">
      <form role="search" aria-label={t('glossary.searchLabel')} onSubmit={(e) => e.preventDefault()}>
        <input
          type="search"
          class="search-input"
          value={filter.text}
          placeholder={t('glossary.searchPlaceholder')}
          aria-label={t('glossary.searchLabel')}
          aria-controls="glossary-list"
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => onFilter({ ...filter, text: (e.currentTarget as HTMLInputElement).value })}
        />
        <div class="search-options">
          <label>
            <span>{t('glossary.kind')}</span>
            <select
              value={filter.kind}
              onChange={(e) => onFilter({ ...filter, kind: (e.currentTarget as HTMLSelectElement).value as CardKind | 'all' })}
            >
              <option value="all">{t('glossary.allKinds')}</option>
              {CARD_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KINDS_LABEL[kind](t)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('glossary.sort')}</span>
            <select
              value={filter.sort}
              onChange={(e) => onFilter({ ...filter, sort: (e.currentTarget as HTMLSelectElement).value as SortBy })}
            >
              <option value="mentions">{t('glossary.byMentions')}</option>
              <option value="name">{t('glossary.byName')}</option>
            </select>
          </label>
        </div>
      </form>
      <p class="result-count" role="status">
        {t('glossary.count', { count: results.length })}
      </p>
      {results.length === 0 ? (
        <p class="empty">{t('glossary.noMatch')}</p>
      ) : (
        <VirtualList
          id="glossary-list"
          label={t('glossary.listLabel')}
          count={results.length}
          rowRem={narrow ? NARROW_ROW_REM : ROW_REM}
          heightRem={LIST_REM}
          renderRow={renderRow}
          onActivate={(i) => onOpen(results[i]!.id)}
          initialActive={initialActive}
          autoFocus={focusList}
          resetKey={`${filter.text}|${filter.kind}|${filter.sort}|${lang}`}
        />
      )}
    </div>
  );
}
