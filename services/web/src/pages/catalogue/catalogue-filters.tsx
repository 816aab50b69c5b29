import { useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { useCommunes } from '../../api/communes.js';
import { useMessages } from '../../i18n/locale.js';
import { Field, TextField } from '../../ui/field.js';
import { filtersHref, todayInParis, type Filters } from './filters.js';
import { useKinds } from './reference.js';

interface FiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

function KindAndCommune({ filters, onChange }: FiltersProps) {
  const t = useMessages().catalogue.filters;
  const kinds = useKinds().data?.items ?? [];
  const communes = useCommunes().data ?? [];
  const kindNames = useMessages().catalogue.kinds;
  const select = (key: 'kind' | 'commune') => (e: Event) =>
    onChange({ ...filters, [key]: (e.target as HTMLSelectElement).value });
  return (
    <>
      <Field label={t.kind}>
        {(wiring) => (
          <select {...wiring} value={filters.kind} onChange={select('kind')}>
            <option value="">{t.anyKind}</option>
            {kinds.map((kind) => (
              <option key={kind.id} value={kind.id}>
                {kindNames[kind.id] ?? kind.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.commune}>
        {(wiring) => (
          <select {...wiring} value={filters.commune} onChange={select('commune')}>
            <option value="">{t.anyCommune}</option>
            {communes.map((commune) => (
              <option key={commune.id} value={commune.id}>
                {commune.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

/** Choices apply at once; the words apply when the form is sent (Enter or the button). */
export function CatalogueFilters({ filters, onChange }: FiltersProps) {
  const t = useMessages().catalogue.filters;
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  const anySet = filters.kind || filters.commune || filters.date || filters.q || filters.available;
  return (
    <form
      class="catalogue-filters"
      role="search"
      aria-label={t.title}
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ ...filters, q });
      }}
    >
      <div class="filters">
        <TextField label={t.q} hint={t.qHint} type="search" value={q} onValue={setQ} />
        <KindAndCommune filters={filters} onChange={onChange} />
        <TextField
          label={filters.view === 'week' ? t.weekDate : t.date}
          type="date"
          min={todayInParis()}
          value={filters.date}
          onValue={(date) => onChange({ ...filters, date })}
        />
      </div>
      <div class="field catalogue-filters__check">
        <input
          id="catalogue-available"
          type="checkbox"
          checked={filters.available}
          onChange={(e) =>
            onChange({ ...filters, available: (e.target as HTMLInputElement).checked })
          }
        />
        <label for="catalogue-available">{t.available}</label>
      </div>
      <div class="actions">
        <button type="submit" class="button button--primary">
          {t.submit}
        </button>
        {anySet && (
          <Link
            href={filtersHref({
              ...filters,
              kind: '',
              commune: '',
              date: '',
              q: '',
              available: false,
            })}
          >
            {t.reset}
          </Link>
        )}
      </div>
    </form>
  );
}
