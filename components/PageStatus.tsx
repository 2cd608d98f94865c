// The current page: what Sorot made of it (language, war coverage, score and
// evidence, marks per kind), the per-site switches, and a plain statement when
// Sorot cannot run there or has not read it.
import type { TabStatus } from '../lib/messages';
import { normalizeHost, pageAccess, siteMode, type Settings } from '../lib/settings';
import { CARD_KINDS } from '../lib/settings/schema';
import { TYPE_OF_KIND } from '../lib/types';
import { formatPercent } from '../lib/i18n/format';
import { KINDS_LABEL, LANGUAGE_LABEL, useT } from './i18n';
import type { TabInfo } from './platform';

export type StatusState = { kind: 'loading' } | { kind: 'ready'; tab: TabInfo | null; status: TabStatus | null };

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
  const url = status?.url || tab?.url;
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

  if (!status) {
    return (
      <div class="page-unknown" role="status">
        <p class="verdict">{off ? t('page.offHere', { host }) : t('page.notRead')}</p>
        {!off && <p>{t('page.notReadWhy')}</p>}
        {siteSwitch && <div class="actions">{siteSwitch}</div>}
      </div>
    );
  }

  const language = status.language;
  const evidence = status.coverage?.evidence.slice(0, MAX_EVIDENCE) ?? [];
  const kinds = CARD_KINDS.map((kind) => ({ kind, count: status.kinds?.[TYPE_OF_KIND[kind]] ?? 0 })).filter((k) => k.count > 0);

  return (
    <div class="page-status">
      <p class={`verdict ${status.war ? 'verdict-war' : ''}`} role="status">
        {status.war ? t('page.war') : t('page.notWar')}
      </p>
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
              {t('page.kindCount', { kind: KINDS_LABEL[kind](t), value: n(count) })}
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
        {!status.war && !off && (
          <button type="button" onClick={onMarkAnyway} disabled={markRequested}>
            {markRequested ? t('page.marking') : t('page.markAnyway')}
          </button>
        )}
        {siteSwitch}
      </div>
    </div>
  );
}
