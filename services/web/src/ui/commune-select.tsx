import { useCommunes } from '../api/communes.js';
import { useMessages } from '../i18n/locale.js';
import { Field } from './field.js';
import { ListFailed } from './list-failed.js';

export interface ExtraOption {
  value: string;
  label: string;
}

interface CommuneSelectProps {
  label: string;
  /** The first option's text: "choose one" when required, "none" when optional. */
  placeholder: string;
  /** The first option's text while the list loads (the common "loading" otherwise). */
  loadingText?: string | undefined;
  value: string;
  onValue: (value: string) => void;
  required?: boolean | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  /** Choices offered after the communes (e.g. someone from outside the network). */
  extraOptions?: readonly ExtraOption[] | undefined;
}

/** The network's communes to choose from (the API knows them by id). */
export function CommuneSelect({ label, placeholder, value, onValue, ...rest }: CommuneSelectProps) {
  const { common } = useMessages();
  const communes = useCommunes();
  const extra = rest.extraOptions ?? [];
  return (
    <>
      <Field label={label} hint={rest.hint} error={rest.error}>
        {(wiring) => (
          <select
            {...wiring}
            value={value}
            required={rest.required}
            // The extra choices may be taken before the communes arrive.
            disabled={communes.isPending && extra.length === 0}
            onChange={(e) => onValue((e.target as HTMLSelectElement).value)}
          >
            <option value="">
              {communes.isPending ? (rest.loadingText ?? common.loading) : placeholder}
            </option>
            {(communes.data ?? []).map((commune) => (
              <option key={commune.id} value={commune.id}>
                {commune.name}
              </option>
            ))}
            {extra.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ListFailed query={communes} />
    </>
  );
}
