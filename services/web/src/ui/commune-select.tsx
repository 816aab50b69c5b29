import { useCommunes } from '../api/communes.js';
import { useMessages } from '../i18n/locale.js';
import { ListFailed } from './list-failed.js';
import { SelectField } from './select-field.js';

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
  const choices = [
    ...(communes.data ?? []).map((commune) => ({ value: commune.id, label: commune.name })),
    ...extra,
  ];
  return (
    <>
      <SelectField
        label={label}
        hint={rest.hint}
        error={rest.error}
        placeholder={communes.isPending ? (rest.loadingText ?? common.loading) : placeholder}
        choices={choices}
        value={value}
        onValue={onValue}
        required={rest.required}
        // The extra choices may be taken before the communes arrive.
        disabled={communes.isPending && extra.length === 0}
      />
      <ListFailed query={communes} />
    </>
  );
}
