import { useQuery } from '@tanstack/preact-query';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Field } from '../../ui/field.js';
import { fetchCommunes, KEYS } from './api.js';

interface CommuneSelectProps {
  label: string;
  /** The first option's text: "choose one" when required, "none" when optional. */
  placeholder: string;
  value: string;
  onValue: (value: string) => void;
  required?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
}

/** The network's communes to choose from (the API knows them by id). */
export function CommuneSelect({ label, placeholder, value, onValue, ...rest }: CommuneSelectProps) {
  const { common } = useMessages();
  const communes = useQuery({ queryKey: KEYS.communes, queryFn: fetchCommunes });
  return (
    <>
      <Field label={label} hint={rest.hint} error={rest.error}>
        {(wiring) => (
          <select
            {...wiring}
            value={value}
            required={rest.required}
            disabled={communes.isPending}
            onChange={(e) => onValue((e.target as HTMLSelectElement).value)}
          >
            <option value="">{communes.isPending ? common.loading : placeholder}</option>
            {(communes.data?.items ?? []).map((commune) => (
              <option key={commune.id} value={commune.id}>
                {commune.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {communes.isError && (
        <div class="state-error">
          <ErrorMessage error={communes.error} />
          <Button variant="secondary" onClick={() => void communes.refetch()}>
            {common.retry}
          </Button>
        </div>
      )}
    </>
  );
}
