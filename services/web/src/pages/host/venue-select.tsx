import { useLocale } from '../../i18n/locale.js';
import { communeName } from '../../format/index.js';
import { Field } from '../../ui/field.js';
import { ListFailed } from '../../ui/list-failed.js';
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
  return (
    <>
      <Field label={label} hint={rest.hint} error={rest.error}>
        {(wiring) => (
          <select
            {...wiring}
            value={value}
            required={rest.required}
            disabled={venues.isPending}
            onChange={(e) => onValue((e.target as HTMLSelectElement).value)}
          >
            <option value="">{venues.isPending ? common.loading : placeholder}</option>
            {(venues.data ?? []).map((venue) => (
              <option key={venue.id} value={venue.id}>
                {host.form.venueOption(venue.name, communeName(venue.commune), venue.maxCapacity)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ListFailed query={venues} />
    </>
  );
}
