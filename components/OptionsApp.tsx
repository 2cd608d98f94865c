// The options page: interface language, which kinds are marked, the site
// lists, and the export of cards. Every change is saved at once (site lists
// when the field is left).
import { useEffect, useState } from 'preact/hooks';
import { parseSiteList, type Settings, type SiteLists } from '../lib/settings';
import { CARD_KINDS } from '../lib/settings/schema';
import { ExportPanel } from './ExportPanel';
import { I18nProvider, KINDS_LABEL, useT } from './i18n';
import { LanguageToggle } from './LanguageToggle';
import type { ExportStore } from './platform';
import { useSettings, type SettingsStore, type UpdateSettings } from './use-settings';

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
        {CARD_KINDS.map((kind) => (
          <label key={kind} class="check">
            <input
              type="checkbox"
              checked={settings.kinds[kind]}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                update((s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } }));
              }}
            />
            {KINDS_LABEL[kind](t)}
          </label>
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
    </main>
  );
}
