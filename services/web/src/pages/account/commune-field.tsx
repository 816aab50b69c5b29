import { useQuery } from '@tanstack/preact-query';
import { api } from '../../api/client.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Field } from '../../ui/field.js';
import { COMMUNES_KEY, type Commune } from './api.js';

interface CommuneFieldProps {
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
}

/** The network's communes as a list to choose from (the API knows them by id). */
export function CommuneField({ value, onValue, error, hint }: CommuneFieldProps) {
  const { account, common } = useMessages();
  const communes = useQuery({
    queryKey: COMMUNES_KEY,
    queryFn: () => api<{ items: Commune[] }>('/api/communes'),
    staleTime: 10 * 60_000,
  });
  const items = communes.data?.items ?? [];
  return (
    <>
      <Field label={account.fields.commune} hint={hint} error={error}>
        {(wiring) => (
          <select
            {...wiring}
            value={value}
            required
            disabled={communes.isPending}
            onChange={(e) => onValue((e.target as HTMLSelectElement).value)}
          >
            <option value="">
              {communes.isPending ? account.communesLoading : account.chooseCommune}
            </option>
            {items.map((commune) => (
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
