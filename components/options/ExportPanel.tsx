// The options page's export: which cards (the whole glossary, or only those
// met on visited pages), which format (CSV, or Anki notes one way or the
// other), and a button that saves the file. The file is built by lib/export
// and handed to the browser's downloads; nothing is sent anywhere.
import { useEffect, useState } from 'preact/hooks';
import { cardsInScope, EXPORT_FORMATS, EXPORT_SCOPES, exportFile, type ExportFormat, type ExportScope } from '../../lib/export';
import type { Glossary } from '../../lib/glossary/types';
import type { History } from '../../lib/history';
import type { TFunction } from '../../lib/i18n';
import { useT } from '../shared/i18n';
import type { ExportStore } from '../shared/platform';

// Labels chosen by data go through tables, so every key stays a literal the key-coverage test can see.
const SCOPE_LABEL: Record<ExportScope, (t: TFunction, count: number) => string> = {
  all: (t, count) => t('export.all', { count }),
  seen: (t, count) => t('export.seen', { count }),
};

const FORMAT_LABEL: Record<ExportFormat, (t: TFunction) => string> = {
  csv: (t) => t('export.csv'),
  'anki-en-id': (t) => t('export.ankiEnId'),
  'anki-id-en': (t) => t('export.ankiIdEn'),
};

interface Loaded {
  /** Null when this build has no glossary. */
  glossary: Glossary | null;
  history: History;
}

type Outcome = { count: number; name: string } | { failed: true };

export function ExportPanel({ store }: { store: ExportStore }) {
  const { lang, t } = useT();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [scope, setScope] = useState<ExportScope>('all');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([store.loadGlossary().catch(() => null), store.loadHistory()]).then(([glossary, history]) => {
      if (live) setLoaded({ glossary, history });
    });
    return () => {
      live = false;
    };
  }, [store]);

  if (!loaded) return <p class="hint">{t('glossary.loading')}</p>;
  const { glossary } = loaded;
  if (!glossary) return <p class="notice">{t('glossary.missing')}</p>;

  const counts: Record<ExportScope, number> = {
    all: glossary.cards.length,
    seen: cardsInScope(glossary, 'seen', loaded.history).length,
  };

  async function save(glossary: Glossary) {
    try {
      // Read again: pages visited since the panel opened count too.
      const history = await store.loadHistory();
      setLoaded({ glossary, history });
      const file = exportFile(cardsInScope(glossary, scope, history), glossary, format, scope, lang);
      store.download(file);
      setOutcome({ count: file.count, name: file.name });
    } catch {
      setOutcome({ failed: true });
    }
  }

  // A new choice makes the last export's line stale.
  const choose = (change: () => void) => {
    change();
    setOutcome(null);
  };

  const nothing = counts[scope] === 0;
  return (
    <>
      <p id="export-hint" class="hint">
        {t('export.hint')}
      </p>
      <fieldset class="choices">
        <legend>{t('export.cards')}</legend>
        {EXPORT_SCOPES.map((option) => (
          <label key={option} class="check">
            <input type="radio" name="export-scope" checked={scope === option} onChange={() => choose(() => setScope(option))} />
            {SCOPE_LABEL[option](t, counts[option])}
          </label>
        ))}
      </fieldset>
      <fieldset class="choices">
        <legend>{t('export.format')}</legend>
        {EXPORT_FORMATS.map((option) => (
          <label key={option} class="check">
            <input type="radio" name="export-format" checked={format === option} onChange={() => choose(() => setFormat(option))} />
            {FORMAT_LABEL[option](t)}
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="button" disabled={nothing} aria-describedby="export-hint" onClick={() => void save(glossary)}>
          {t('export.download')}
        </button>
      </div>
      <p role="status" class="hint">
        {nothing && scope === 'seen'
          ? t('export.noneSeen')
          : outcome && ('failed' in outcome ? t('export.failed') : t('export.done', { count: outcome.count, name: outcome.name }))}
      </p>
    </>
  );
}
