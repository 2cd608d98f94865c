// The current page: what Sorot made of it (language, war coverage, score and
// evidence, marks per kind), the per-site switches, and a plain statement when
// Sorot cannot run there, left the page alone, or has not read it.
import { markAnywayLanguage, marksUnasked } from '../../lib/coverage/page-verdict';
import type { PageStateReply, TabStatus } from '../../lib/messages';
import { normalizeHost, pageAccess, siteMode, type Settings } from '../../lib/settings';
import { CARD_KINDS, type Lang, type LanguageVerdict, TYPE_OF_KIND } from '../../lib/types';
import { formatPercent } from '../../lib/i18n/format';
import { KINDS_LABEL, LANGUAGE_LABEL, useT, type Translation } from '../shared/i18n';
import type { TabInfo } from '../shared/platform';

export type StatusState =
  | { kind: 'loading' }
  | {
      kind: 'ready';
      tab: TabInfo | null;
      /** What the background knows of the tab: null for a page the content script left alone. */
      status: TabStatus | null;
      /** What the page's content script says of itself, asked when `status` is null; null when none answered. */
      page?: PageStateReply | null;
    };

export interface PageStatusProps {
  state: StatusState;
  settings: Settings;
  /** True once "mark anyway" was asked for this tab. */
  markRequested: boolean;
  onMarkAnyway: () => void;
  onNever: (host: string, never: boolean) => void;
}

const MAX_EVIDENCE = 5;

export function PageStatus({ state, settings, markRequested, onMarkAnyway, onNever }: PageStatusProps) {
  const { lang, t, n } = useT();
  if (state.kind === 'loading') {
    return <p role="status">{t('page.loading')}</p>;
  }
  const { tab, status } = state;
  // Without the "tabs" permission a tab's address is known from the background's status or the page's own answer.
  const url = status?.url || tab?.url || state.page?.url;
  const host = url ? normalizeHost(url) : null;
  const access = pageAccess(url);

  if (!tab || access === 'closed') {
    return (
      <div class="page-closed" role="status">
        <p class="verdict">{t('page.cannotRun')}</p>
        <p>{t('page.cannotRunWhy')}</p>
      </div>
    );
  }

  const off = host !== null && siteMode(settings.sites, host) === 'never';
  const siteSwitch = host && (
    <button type="button" onClick={() => onNever(host, !off)}>
      {off ? t('page.backOn') : t('page.never')}
    </button>
  );

  // A page in a language Sorot marks only when asked (Malay) is named, and the rules it would be read by too.
  const language = status?.language ?? null;
  const asLanguage = language && !marksUnasked(language.code) ? language : null;
  const readAsIndonesian = asLanguage !== null && markAnywayLanguage(asLanguage.code) === 'id';
  const markButton = (
    <button type="button" onClick={onMarkAnyway} disabled={markRequested}>
      {markRequested ? t('page.marking') : readAsIndonesian ? t('page.markAsIndonesian') : t('page.markAnyway')}
    </button>
  );

  const page = state.page ?? null;
  // From the quick look to the last mark the page is being read: never "not war coverage" meanwhile.
  const reading = page?.state === 'reading';
  const readingWhy = page && reading ? readingProgress(page, status?.marks ?? 0, t, lang) : undefined;

  if (!status && page && !off) {
    const { verdict, why, markable } = leftAlone(page, t);
    return (
      <div class="page-left-alone">
        <p class="verdict" role="status">
          {verdict}
        </p>
        {(why ?? readingWhy) && <p>{why ?? readingWhy}</p>}
        <div class="actions">
          {markable && markButton}
          {siteSwitch}
        </div>
      </div>
    );
  }

  if (!status) {
    return (
      <div class="page-unknown" role="status">
        <p class="verdict">{off ? t('page.offHere', { host }) : t('page.notRead')}</p>
        {!off && <p>{t('page.notReadWhy')}</p>}
        {siteSwitch && <div class="actions">{siteSwitch}</div>}
      </div>
    );
  }

  const evidence = status.coverage?.evidence.slice(0, MAX_EVIDENCE) ?? [];
  const kinds = CARD_KINDS.map((kind) => ({ kind, count: status.marksByType?.[TYPE_OF_KIND[kind]] ?? 0 })).filter((k) => k.count > 0);

  return (
    <div class="page-status">
      <p class={`verdict ${status.war ? 'verdict-war' : ''}`} role="status">
        {reading ? t('page.reading') : status.war ? t('page.war') : asLanguage ? languageVerdict(asLanguage, status.marks, t) : t('page.notWar')}
      </p>
      {readingWhy && <p class="progress">{readingWhy}</p>}
      {!reading && !status.war && readAsIndonesian && <p>{t('page.readAsIndonesian')}</p>}
      {off && <p class="notice">{t('page.offHere', { host })}</p>}
      <dl class="facts">
        <dt>{t('page.language')}</dt>
        <dd>
          {language
            ? t('page.languageValue', { language: LANGUAGE_LABEL[language.code](t), confidence: formatPercent(language.confidence, lang) })
            : t('page.unknown')}
        </dd>
        {status.coverage && (
          <>
            <dt>{t('page.score')}</dt>
            <dd>{n(status.coverage.score)}</dd>
          </>
        )}
        <dt>{t('page.marks')}</dt>
        <dd>{t('page.marksValue', { count: status.marks })}</dd>
      </dl>
      {kinds.length > 0 && (
        <ul class="plain kind-counts" aria-label={t('page.marksByKind')}>
          {kinds.map(({ kind, count }) => (
            <li key={kind}>
              {/* Marks, i.e. mentions: "On this page" below counts names, and says so. */}
              {t('page.kindMarks', { kind: KINDS_LABEL[kind](t), count, value: n(count) })}
            </li>
          ))}
        </ul>
      )}
      {evidence.length > 0 && (
        <details>
          <summary>{t('page.evidence')}</summary>
          <ul class="evidence">
            {evidence.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </details>
      )}
      <div class="actions">
        {/* A page with marks (marked at the reader's request) has nothing left to mark anyway. */}
        {!status.war && !reading && !off && status.marks === 0 && markButton}
        {siteSwitch}
      </div>
    </div>
  );
}

/** Not war coverage by default because of its language: named, left alone or marked at the reader's request. */
function languageVerdict(language: LanguageVerdict, marks: number, t: Translation['t']): string {
  const name = LANGUAGE_LABEL[language.code](t);
  return marks > 0 ? t('page.languageMarked', { language: name }) : t('page.languageLeftAlone', { language: name });
}

interface LeftAlone {
  verdict: string;
  why?: string;
  /** Whether to offer "mark anyway". */
  markable: boolean;
}

/** A page the content script kept to itself, on a site that is on, in the reader's words. */
function leftAlone(page: PageStateReply, t: Translation['t']): LeftAlone {
  switch (page.state) {
    case 'idle':
      return { verdict: t('page.quickLook'), markable: true };
    case 'too-large':
      return {
        verdict: page.elements === undefined ? t('page.tooLarge') : t('page.tooLargeCount', { elements: page.elements }),
        markable: true,
      };
    case 'off':
      if (page.reason === 'language') return { verdict: t('page.notReading'), why: t('page.offLanguage'), markable: true };
      // Mark anyway is not offered: the reader's own toggle turned the marks off, and it turns them on.
      if (page.reason === 'toggled') return { verdict: t('page.notReading'), why: t('page.offToggled'), markable: false };
      return { verdict: t('page.notReading'), why: t('page.notReadingWhy'), markable: true };
    case 'reading':
    case 'war':
      // The background hears of a war page at once; this is the moment before.
      return { verdict: t('page.reading'), markable: false };
  }
}

/** Marks placed so far and, once the analysis has answered, the share of the page marked. */
function readingProgress(page: PageStateReply, reported: number, t: Translation['t'], lang: Lang): string {
  const count = Math.max(page.marks ?? 0, reported);
  const share = page.progress ?? 0;
  return share > 0 ? t('page.readingProgress', { count, percent: formatPercent(share, lang) }) : t('page.readingSoFar', { count });
}
