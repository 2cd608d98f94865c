// The popup: header with the language toggle, then two tabs, "This page" and
// "Glossary". All browser access goes through the Platform it is given.
// Popup() only lays out the parts; what each part keeps is a named hook:
// usePageStatus (the tab's state, "mark anyway", reveal), useGlossary (the
// cards and their search index), useCardTrail (cards opened one from another,
// Back) and TabList (the two tabs, arrow keys included).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Glossary } from '../../lib/glossary/types';
import type { PageEntity } from '../../lib/messages';
import { buildSearchIndex } from '../../lib/search';
import { setNever } from '../../lib/settings';
import { CardView } from './CardView';
import { EMPTY_FILTER, GlossaryPanel, type GlossaryFilter } from './GlossaryPanel';
import { I18nProvider, useT } from '../shared/i18n';
import { LanguageToggle } from '../shared/LanguageToggle';
import { PageEntities } from './PageEntities';
import { PageStatus, type StatusState } from './PageStatus';
import type { Platform } from '../shared/platform';
import { useSettings, type UpdateSettings } from '../shared/use-settings';
import type { Settings } from '../../lib/settings';

/** How long the page gets to mark itself after "mark anyway" before the status is asked again. */
const MARK_REFRESH_MS = 800;
/** How often the popup asks again while the page is being read. */
const READING_REFRESH_MS = 300;

export function PopupApp({ platform }: { platform: Platform }) {
  const [settings, update] = useSettings(platform);
  if (!settings) return null;
  return (
    <I18nProvider lang={settings.language}>
      <Popup platform={platform} settings={settings} update={update} />
    </I18nProvider>
  );
}

type Tab = 'page' | 'glossary';
type GlossaryState = { kind: 'loading' } | { kind: 'ready'; glossary: Glossary } | { kind: 'missing' };

/** The current tab's state from the background, or from the page itself when the background knows nothing of it. */
function usePageStatus(platform: Platform) {
  const [status, setStatus] = useState<StatusState>({ kind: 'loading' });
  const [markRequested, setMarkRequested] = useState(false);

  const load = async () => {
    const current = await platform.currentTab();
    // The background knows the verdict and the counts reported; the page knows whether it is still reading
    // (and, for a page it left alone, why: it told the background nothing).
    const [tabStatus, page] = current ? await Promise.all([platform.tabStatus(current.id), platform.pageState(current.id)]) : [null, null];
    setStatus({ kind: 'ready', tab: current, status: tabStatus, page });
  };

  // While the page is being read, its counts grow: ask again until the last mark lands.
  const stillReading = status.kind === 'ready' && (status.page?.state === 'reading' || status.page?.busy === true);
  useEffect(() => {
    if (!stillReading) return;
    const timer = setTimeout(() => void load(), READING_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    void load();
  }, [platform]);

  const tabId = status.kind === 'ready' ? status.tab?.id : undefined;

  const markAnyway = async () => {
    if (tabId === undefined) return;
    setMarkRequested(true);
    await platform.markAnyway(tabId);
    setTimeout(() => void load(), MARK_REFRESH_MS);
  };

  const reveal = (entity: PageEntity, occurrence: number) => {
    if (tabId === undefined) return Promise.resolve(false);
    return platform.reveal(tabId, { type: 'reveal', id: entity.id, text: entity.text, occurrence });
  };

  return { status, pageStatus: status.kind === 'ready' ? status.status : null, markRequested, markAnyway, reveal };
}

/** The shipped glossary and its search index, loaded once. */
function useGlossary(platform: Platform) {
  const [glossaryState, setGlossaryState] = useState<GlossaryState>({ kind: 'loading' });
  useEffect(() => {
    void platform.loadGlossary().then(
      (glossary) => setGlossaryState(glossary ? { kind: 'ready', glossary } : { kind: 'missing' }),
      () => setGlossaryState({ kind: 'missing' }),
    );
  }, [platform]);
  const glossary = glossaryState.kind === 'ready' ? glossaryState.glossary : null;
  const index = useMemo(() => (glossary ? buildSearchIndex(glossary) : null), [glossary]);
  return { glossaryState, glossary, index };
}

/** Cards opened one from another, so Back retraces the path; opening one shows the glossary tab. */
function useCardTrail(showGlossary: () => void) {
  const [trail, setTrail] = useState<string[]>([]);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  // Back from the last card puts focus on the list again, not on the page's body.
  const [focusList, setFocusList] = useState(false);

  const open = (id: string, from: 'list' | 'card' | 'page') => {
    showGlossary();
    setTrail((trail) => (from === 'card' ? [...trail, id] : [id]));
    setLastOpened(id);
    setFocusList(false);
  };
  const back = () => {
    setFocusList(trail.length <= 1);
    setTrail(trail.slice(0, -1));
  };
  return { openId: trail[trail.length - 1], lastOpened, focusList, open, back };
}

/** The two tabs; arrow keys, Home and End move between them, as in any tab list. */
function TabList({ tab, onTab, labels, label }: { tab: Tab; onTab: (tab: Tab) => void; labels: Record<Tab, string>; label: string }) {
  const buttons = { page: useRef<HTMLButtonElement>(null), glossary: useRef<HTMLButtonElement>(null) };

  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next: Tab = tab === 'page' ? 'glossary' : 'page';
    const target = event.key === 'Home' ? 'page' : event.key === 'End' ? 'glossary' : next;
    onTab(target);
    buttons[target].current?.focus();
  };

  const button = (id: Tab) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      ref={buttons[id]}
      aria-selected={tab === id}
      aria-controls={`panel-${id}`}
      tabIndex={tab === id ? 0 : -1}
      onClick={() => onTab(id)}
      onKeyDown={onKey}
    >
      {labels[id]}
    </button>
  );

  return (
    <div class="tabs" role="tablist" aria-label={label}>
      {button('page')}
      {button('glossary')}
    </div>
  );
}

function Popup({ platform, settings, update }: { platform: Platform; settings: Settings; update: UpdateSettings }) {
  const { lang, t } = useT();
  const [tab, setTab] = useState<Tab>('page');
  const [filter, setFilter] = useState<GlossaryFilter>(EMPTY_FILTER);
  const { status, pageStatus, markRequested, markAnyway, reveal } = usePageStatus(platform);
  const { glossaryState, glossary, index } = useGlossary(platform);
  const cards = useCardTrail(() => setTab('glossary'));

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const onPage = useMemo(
    () => new Set((pageStatus?.entities ?? []).map((e) => e.id).filter((id): id is string => id !== null)),
    [pageStatus],
  );
  const openedCard = cards.openId && index ? index.byId.get(cards.openId) : undefined;

  return (
    <div class="app">
      <header class="header">
        <h1 class="brand">
          {/* The toolbar's icon beside the name: the reader sees where the popup came from. Decorative, so no alt text. */}
          <img class="brand-icon" src="/icon/48.png" alt="" width="24" height="24" />
          {t('app.name')}
        </h1>
        <LanguageToggle onChange={(language) => update((s) => ({ ...s, language }))} />
      </header>
      <TabList tab={tab} onTab={setTab} labels={{ page: t('tabs.page'), glossary: t('tabs.glossary') }} label={t('app.sections')} />

      <main>
        <section id="panel-page" role="tabpanel" aria-labelledby="tab-page" hidden={tab !== 'page'}>
          <PageStatus
            state={status}
            settings={settings}
            markRequested={markRequested}
            onMarkAnyway={() => void markAnyway()}
            onNever={(host, never) => update((s) => setNever(s, host, never))}
          />
          {pageStatus?.entities && (
            <PageEntities
              entities={pageStatus.entities}
              byId={index?.byId ?? new Map()}
              onReveal={reveal}
              onOpenCard={(id) => cards.open(id, 'page')}
            />
          )}
        </section>

        <section id="panel-glossary" role="tabpanel" aria-labelledby="tab-glossary" hidden={tab !== 'glossary'}>
          {glossaryState.kind === 'loading' && <p role="status">{t('glossary.loading')}</p>}
          {glossaryState.kind === 'missing' && <p role="status">{t('glossary.missing')}</p>}
          {glossary && index && openedCard && (
            <CardView
              card={openedCard}
              glossary={glossary}
              byId={index.byId}
              onPage={onPage.has(openedCard.id)}
              onOpen={(id) => cards.open(id, 'card')}
              onBack={cards.back}
            />
          )}
          {index && !openedCard && tab === 'glossary' && (
            <GlossaryPanel
              index={index}
              filter={filter}
              onFilter={setFilter}
              onOpen={(id) => cards.open(id, 'list')}
              onPage={onPage}
              activeId={cards.lastOpened}
              focusList={cards.focusList}
            />
          )}
        </section>
      </main>
    </div>
  );
}
