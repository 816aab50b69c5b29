import { useLocale } from '../../i18n/locale.js';
import { communeName } from '../../format/index.js';
import { ListFailed } from '../../ui/list-failed.js';
import { SelectField } from '../../ui/select-field.js';
import { useVenues } from './reference.js';

interface VenueSelectProps {
  label: string;
  /** The first option's text: "choose one" when required, "none" when optional. */
  placeholder: string;
  value: string;
  onValue: (value: string) => void;
  required?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
}

/** The network's active venues, with their commune and how many people they hold. */
export function VenueSelect({ label, placeholder, value, onValue, ...rest }: VenueSelectProps) {
  const { common, host } = useLocale().m;
  const venues = useVenues();
  const choices = (venues.data ?? []).map((venue) => ({
    value: venue.id,
    label: host.form.venueOption(venue.name, communeName(venue.commune), venue.maxCapacity),
  }));
  return (
    <>
      <SelectField
        label={label}
        hint={rest.hint}
        error={rest.error}
        placeholder={venues.isPending ? common.loading : placeholder}
        choices={choices}
        value={value}
        onValue={onValue}
        required={rest.required}
        disabled={venues.isPending}
      />
      <ListFailed query={venues} />
    </>
  );
}
