// The options page: interface language, which kinds are marked and how each
// looks, the site lists, the export of cards, and a reset. Every change is
// saved at once (site lists when the field is left).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TFunction } from '../../lib/i18n';
import { parseSiteList, resetSettings, type Settings, type SiteLists } from '../../lib/settings';
import { MARK_STYLES, type MarkStyle } from '../../lib/settings/schema';
import { CARD_KINDS, type CardKind } from '../../lib/types';
import { marksCss } from '../../lib/marks/marks-css';
import { AboutSection } from './AboutSection';
import { ExportPanel } from './ExportPanel';
import { I18nProvider, KINDS_LABEL, useT } from '../shared/i18n';
import { LanguageToggle } from '../shared/LanguageToggle';
import type { ExportStore } from '../shared/platform';
import { useSettings, type SettingsStore, type UpdateSettings } from '../shared/use-settings';

// Labels chosen by data go through tables, so every key stays a literal the key-coverage test can see.
const STYLE_LABEL: Record<MarkStyle, (t: TFunction) => string> = {
  solid: (t) => t('options.style.solid'),
  double: (t) => t('options.style.double'),
  dotted: (t) => t('options.style.dotted'),
  dashed: (t) => t('options.style.dashed'),
  wavy: (t) => t('options.style.wavy'),
  background: (t) => t('options.style.background'),
};

const SAMPLE: Record<CardKind, (t: TFunction) => string> = {
  person: (t) => t('options.sample.person'),
  place: (t) => t('options.sample.place'),
  organisation: (t) => t('options.sample.organisation'),
  figure: (t) => t('options.sample.figure'),
  term: (t) => t('options.sample.term'),
};

/** The samples wear the very CSS the pages get, so what is seen here is what marks look like there (light or dark). */
const sampleSelector = (kind: CardKind) => `.mark-sample[data-kind="${kind}"]`;

/** The export section shows only with a platform that can read the history and download (the browser's can). */
type OptionsPlatform = SettingsStore & Partial<ExportStore>;

const canExport = (platform: OptionsPlatform): platform is SettingsStore & ExportStore =>
  typeof platform.loadGlossary === 'function' && typeof platform.loadHistory === 'function' && typeof platform.download === 'function';

export function OptionsApp({ platform }: { platform: OptionsPlatform }) {
  const [settings, update] = useSettings(platform);
  if (!settings) return null;
  return (
    <I18nProvider lang={settings.language}>
      <Options settings={settings} update={update} exporter={canExport(platform) ? platform : null} />
    </I18nProvider>
  );
}

function SiteListField({ list, settings, update }: { list: keyof SiteLists; settings: Settings; update: UpdateSettings }) {
  const { t } = useT();
  const stored = settings.sites[list].join('\n');
  const [text, setText] = useState(stored);
  // When the stored list changes (here or in another view), show it; checked
  // during render so a late effect can never overwrite what is being typed.
  const [shown, setShown] = useState(stored);
  if (shown !== stored) {
    setShown(stored);
    setText(stored);
  }
  const id = `sites-${list}`;
  return (
    <div class="field">
      <label for={id}>{list === 'never' ? t('options.never') : t('options.always')}</label>
      <textarea
        id={id}
        rows={4}
        value={text}
        aria-describedby="sites-hint"
        spellcheck={false}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        onChange={(e) => {
          const hosts = parseSiteList((e.currentTarget as HTMLTextAreaElement).value);
          update((s) => {
            const other = list === 'never' ? 'always' : 'never';
            // A host moved onto one list leaves the other.
            const sites = { ...s.sites, [list]: hosts, [other]: s.sites[other].filter((h) => !hosts.includes(h)) } as SiteLists;
            return { ...s, sites };
          });
          setText(hosts.join('\n'));
        }}
      />
    </div>
  );
}

/** One kind: marked or not, its style, and a sample of how it will look. */
function KindRow({ kind, settings, update }: { kind: CardKind; settings: Settings; update: UpdateSettings }) {
  const { t } = useT();
  const label = KINDS_LABEL[kind](t);
  return (
    <div class="kind-row">
      <label class="check">
        <input
          type="checkbox"
          checked={settings.kinds[kind]}
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            update((s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } }));
          }}
        />
        {label}
      </label>
      <select
        aria-label={t('options.styleFor', { kind: label })}
        value={settings.styles[kind]}
        onChange={(e) => {
          const style = (e.currentTarget as HTMLSelectElement).value as MarkStyle;
          update((s) => ({ ...s, styles: { ...s.styles, [kind]: style } }));
        }}
      >
        {MARK_STYLES.map((style) => (
          <option key={style} value={style}>
            {STYLE_LABEL[style](t)}
          </option>
        ))}
      </select>
      {/* Decoration only: the select says the style in words. */}
      <span class="kind-sample" aria-hidden="true">
        <span class="mark-sample" data-kind={kind}>
          {SAMPLE[kind](t)}
        </span>
      </span>
    </div>
  );
}

/**
 * "Reset all settings", asked twice: the button opens a question in the page
 * (no browser dialog), and only its "Yes" resets. The interface language
 * stays (see resetSettings). Focus goes to the safe answer, and back to the
 * button after; the outcome is announced politely.
 */
function ResetSettings({ update }: { update: UpdateSettings }) {
  const { t } = useT();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // Focus moves only after the user opened or closed the question, not on the first render.
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    (asking ? cancel : opener).current?.focus();
  }, [asking]);

  const ask = (open: boolean) => {
    moved.current = true;
    setAsking(open);
  };

  return (
    <fieldset>
      <legend>{t('options.reset')}</legend>
      <p class="hint" id="reset-hint">
        {t('options.resetHint')}
      </p>
      {asking ? (
        <div
          class="confirm"
          role="group"
          aria-labelledby="reset-question"
          onKeyDown={(e) => {
            if (e.key === 'Escape') ask(false);
          }}
        >
          <p id="reset-question">{t('options.resetQuestion')}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={() => {
                update(resetSettings);
                setDone(true);
                ask(false);
              }}
            >
              {t('options.resetConfirm')}
            </button>
            <button type="button" ref={cancel} onClick={() => ask(false)}>
              {t('options.resetCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={opener}
          aria-describedby="reset-hint"
          onClick={() => {
            setDone(false);
            ask(true);
          }}
        >
          {t('options.resetButton')}
        </button>
      )}
      <p role="status" class="hint">
        {done ? t('options.resetDone') : ''}
      </p>
    </fieldset>
  );
}

function Options({ settings, update, exporter }: { settings: Settings; update: UpdateSettings; exporter: ExportStore | null }) {
  const { lang, t } = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options.title');
  }, [lang, t]);

  return (
    <main class="options">
      <header class="header">
        <h1>{t('options.title')}</h1>
        <LanguageToggle onChange={(language) => update((s) => ({ ...s, language }))} />
      </header>
      <fieldset>
        <legend>{t('options.kinds')}</legend>
        <p class="hint">{t('options.kindsHint')}</p>
        <style>{marksCss(sampleSelector, settings.styles)}</style>
        {CARD_KINDS.map((kind) => (
          <KindRow key={kind} kind={kind} settings={settings} update={update} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options.sites')}</legend>
        <p id="sites-hint" class="hint">
          {t('options.sitesHint')}
        </p>
        <SiteListField list="never" settings={settings} update={update} />
        <SiteListField list="always" settings={settings} update={update} />
      </fieldset>
      {exporter && (
        <fieldset>
          <legend>{t('export.title')}</legend>
          <ExportPanel store={exporter} />
        </fieldset>
      )}
      <ResetSettings update={update} />
      <AboutSection />
    </main>
  );
}
