import { useState } from 'preact/hooks';
import { Link, useLocation, useSearch } from 'wouter-preact';
import { useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { CatalogueFilters } from './catalogue-filters.js';
import { filtersHref, parseFilters, searchFor, type Filters, type View } from './filters.js';
import { SessionList } from './session-list.js';
import { WeekView } from './week-view.js';
import './catalogue.css';

function ViewSwitch({ filters }: { filters: Filters }) {
  const t = useMessages().catalogue.views;
  const link = (view: View) => (
    <Link
      href={filtersHref({ ...filters, view })}
      class={
        filters.view === view ? 'view-switch__link view-switch__link--current' : 'view-switch__link'
      }
      aria-current={filters.view === view ? 'true' : undefined}
    >
      {t[view]}
    </Link>
  );
  return (
    <nav class="view-switch" aria-label={t.label}>
      {link('list')}
      {link('week')}
    </nav>
  );
}

/** The home page: what Fabrique is, then the sessions, as a list or a week. */
export default function CataloguePage() {
  const t = useMessages().catalogue;
  const filters = parseFilters(useSearch());
  const [, navigate] = useLocation();
  // One "now" per visit, so that the search (and its cache key) stays the same while here.
  const [now] = useState(() => new Date());
  const search = searchFor(filters, now);
  return (
    <Page title={t.home.title}>
      <p class="catalogue-intro">{t.home.intro}</p>
      <CatalogueFilters filters={filters} onChange={(next) => navigate(filtersHref(next))} />
      <ViewSwitch filters={filters} />
      {filters.view === 'week' ? (
        <WeekView filters={filters} search={search} />
      ) : (
        <SessionList search={search} />
      )}
    </Page>
  );
}
