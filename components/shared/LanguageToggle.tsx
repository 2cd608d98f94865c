// EN | ID: one control in the header that switches the whole interface.
import { useT } from './i18n';
import type { Lang } from '../../lib/types';

export function LanguageToggle({ onChange }: { onChange: (lang: Lang) => void }) {
  const { lang, t } = useT();
  const option = (value: Lang, short: string, name: string) => (
    <button
      type="button"
      class="toggle-option"
      lang={value}
      aria-pressed={lang === value}
      title={name}
      onClick={() => onChange(value)}
    >
      {/* The accessible name starts with what is seen (axe: label-content-name-mismatch). */}
      {short}
      <span class="visually-hidden"> – {name}</span>
    </button>
  );
  return (
    <div class="toggle" role="group" aria-label={t('toggle.label')}>
      {option('en', t('toggle.enShort'), t('toggle.en'))}
      {option('id', t('toggle.idShort'), t('toggle.id'))}
    </div>
  );
}
