import { useMessages } from '../../i18n/locale.js';
import { Field } from '../../ui/field.js';
import type { AccountLocale } from './api.js';

const LOCALES: AccountLocale[] = ['fr', 'en'];

/** The language of the site and of the emails (each option named in its own language). */
export function LanguageField({
  value,
  onValue,
}: {
  value: AccountLocale;
  onValue: (value: AccountLocale) => void;
}) {
  const { account, common } = useMessages();
  return (
    <Field label={account.fields.language} hint={account.hints.language}>
      {(wiring) => (
        <select
          {...wiring}
          value={value}
          onChange={(e) => onValue((e.target as HTMLSelectElement).value as AccountLocale)}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {common.language[locale]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
